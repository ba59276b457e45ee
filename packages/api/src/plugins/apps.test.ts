import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshStorage } from '../../test/backends.js';
import { type AppInstance, buildApp } from '../app.js';
import type { Storage } from '../db/database.js';

/** A built app as the web and admin builds leave it: hashed assets with .br and .gz copies. */
const STYLE_HASH = "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='";

function builtApp(dir: string, title: string): string {
  const page = `<!doctype html><html lang="en"><title>${title}</title><a href="tel:988">988</a></html>`;
  const script = `console.log(${JSON.stringify('x'.repeat(4000))});`;
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), page);
  writeFileSync(join(dir, '404.html'), page);
  writeFileSync(join(dir, 'assets', 'app-abc123.js'), script);
  writeFileSync(join(dir, 'assets', 'app-abc123.js.br'), brotliCompressSync(script));
  writeFileSync(join(dir, 'assets', 'app-abc123.js.gz'), gzipSync(script));
  writeFileSync(join(dir, 'csp-hashes.json'), JSON.stringify({ 'style-src': [STYLE_HASH] }));
  return dir;
}

describe('the built apps', () => {
  let storage: Storage;
  let app: AppInstance;
  let root: string;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'rc-apps-'));
    storage = await freshStorage('pglite');
    app = await buildApp({
      storage,
      apps: { web: builtApp(join(root, 'web'), 'Web'), admin: builtApp(join(root, 'admin'), 'Admin') },
    });
  });

  afterAll(async () => {
    await app.close();
    await storage.close();
    rmSync(root, { recursive: true, force: true });
  });

  it('allows the inline stylesheet of the pages by its hash, and nothing else inline', async () => {
    const csp = (await app.inject('/')).headers['content-security-policy'];
    expect(csp).toContain(`style-src 'self' ${STYLE_HASH}`);
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
  });

  it('sends the Brotli copy of a script to a browser that accepts it, cached for a year', async () => {
    const response = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toContain('javascript');
    expect(response.headers.vary).toContain('accept-encoding');
    expect(response.headers['cache-control']).toContain('immutable');
    expect(brotliDecompressSync(response.rawPayload).toString()).toContain('console.log');
    expect(response.rawPayload.length).toBeLessThan(200);
  });

  it('sends gzip to a client that only takes gzip, and the file itself to one that takes neither', async () => {
    const gz = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await app.inject({
      url: '/assets/app-abc123.js',
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toContain('console.log');
  });

  it('serves the pages of both apps with crisis help in the HTML', async () => {
    const home = await app.inject('/');
    expect(home.statusCode).toBe(200);
    expect(home.body).toContain('tel:988');
    const admin = await app.inject('/admin/');
    expect(admin.statusCode).toBe(200);
    expect(admin.body).toContain('<title>Admin</title>');
    expect(admin.headers['cache-control']).toBe('no-cache');
  });
});
