import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePath } from '@recovery-circles/fixtures';
import { freePort } from '@recovery-circles/vitest-config/net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabaseUrl } from './backends.js';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '..');
// Run the TypeScript entries as they are, with workspace packages from source.
const runTs = ['--import', 'tsx', '--conditions=@recovery-circles/source'];

async function waitUntil(check: () => Promise<boolean>, timeoutMs: number, everyMs = 25): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await check().catch(() => false)) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

describe('scale-out: two API replicas on one PostgreSQL', () => {
  let databaseUrl: string;
  const replicas: { process: ChildProcess; url: string }[] = [];

  beforeAll(async () => {
    databaseUrl = await freshDatabaseUrl();
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      const child = spawn(process.execPath, [...runTs, 'src/server.ts'], {
        cwd: apiDir,
        env: {
          ...process.env,
          DATABASE_URL: databaseUrl,
          PORT: String(port),
          LOG_LEVEL: 'warn',
          NODE_ENV: 'production',
        },
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      replicas.push({ process: child, url: `http://127.0.0.1:${port}` });
    }
    // Both start together: migrations and the starter data race on purpose.
    for (const replica of replicas) {
      await waitUntil(async () => (await fetch(`${replica.url}/readyz`)).ok, 60_000, 100);
    }
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      replicas.map(
        (replica) =>
          new Promise((resolveExit) => {
            replica.process.once('exit', resolveExit);
            replica.process.kill('SIGTERM');
          }),
      ),
    );
  });

  const treatmentNear19103 = async (url: string) => {
    const response = await fetch(`${url}/v1/resources?zip=19103&kind=provider&radius=10`);
    const body = (await response.json()) as { total: number };
    return body.total > 0;
  };

  it('migrated once and loaded the starter data once, though both started together', async () => {
    const counts = await Promise.all(
      replicas.map(
        async (r) =>
          ((await (await fetch(`${r.url}/v1/resources?kind=hotline&limit=100`)).json()) as { total: number })
            .total,
      ),
    );
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
    for (const replica of replicas) expect(await treatmentNear19103(replica.url)).toBe(false);
  });

  it('both replicas answer with data imported by the CLI within 1 second', async () => {
    const file = fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv');
    const cli = spawn(process.execPath, [...runTs, 'src/cli.ts', 'import', file], {
      cwd: apiDir,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    cli.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const code = await new Promise((resolveExit) => cli.once('exit', resolveExit));
    expect(code).toBe(0);
    expect(output).toContain('added: 1831');
    const delays = await Promise.all(replicas.map((r) => waitUntil(() => treatmentNear19103(r.url), 5_000)));
    for (const delay of delays) expect(delay).toBeLessThanOrEqual(1_000);
  }, 120_000);
});
