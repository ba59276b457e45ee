import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';

export interface AppDirs {
  /** The public web app's build (its index.html is the prerendered home page). */
  web: string;
  /** The admin app's build, served under /admin/. */
  admin: string;
}

function assertBuilt(dir: string, name: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `The ${name} app is not built in ${dir}: run \`pnpm turbo run build\` (npm start does this).`,
    );
  }
}

/**
 * Serves the built public web app at / and the admin app at /admin/. Pages are prerendered
 * HTML, so crisis lines show even with JavaScript off.
 */
export async function serveApps(app: FastifyInstance, dirs: AppDirs): Promise<void> {
  assertBuilt(dirs.web, 'web');
  assertBuilt(dirs.admin, 'admin');
  const cacheHeaders = (reply: FastifyReply, path: string) => {
    // Vite puts content-hashed files under assets/; pages must revalidate.
    const hashed = /[/\\]assets[/\\]/.test(path);
    void reply.header('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  await app.register(fastifyStatic, {
    root: dirs.web,
    prefix: '/',
    wildcard: false,
    index: ['index.html'],
    extensions: ['html'],
    cacheControl: false,
    setHeaders: cacheHeaders,
    // The builds write .br and .gz copies of every text file (scripts/precompress.mjs).
    preCompressed: true,
  });
  await app.register(fastifyStatic, {
    root: dirs.admin,
    prefix: '/admin/',
    decorateReply: false,
    wildcard: false,
    index: ['index.html'],
    cacheControl: false,
    setHeaders: cacheHeaders,
    // The builds write .br and .gz copies of every text file (scripts/precompress.mjs).
    preCompressed: true,
  });
}

/**
 * The hashes of the inline styles the web build put in its pages (`csp-hashes.json`), for the
 * Content-Security-Policy; none when the build wrote no such file.
 */
export function inlineStyleHashes(webDir: string): string[] {
  const file = join(webDir, 'csp-hashes.json');
  if (!existsSync(file)) return [];
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const hashes = (parsed as { 'style-src'?: unknown })['style-src'];
  if (
    !Array.isArray(hashes) ||
    !hashes.every((h) => typeof h === 'string' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(h))
  ) {
    throw new Error(`${file} must be {"style-src": ["'sha256-…'"]}`);
  }
  return hashes;
}

/** The web app's "page not found" in each language, chosen by path, for requests that are not API calls. */
export function notFoundPages(webDir: string): (path: string) => string | undefined {
  const read = (file: string) =>
    existsSync(join(webDir, file)) ? readFileSync(join(webDir, file), 'utf8') : undefined;
  const pages = { en: read('404.html'), es: read(join('es', '404.html')) };
  return (path) => {
    if (/^\/(v1|hsds|admin|openapi\.json|docs|metrics|healthz|readyz)(\/|$)/.test(path)) return undefined;
    return path.startsWith('/es/') ? (pages.es ?? pages.en) : pages.en;
  };
}
