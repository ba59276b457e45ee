import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * Start-up as an operator sees it: `node dist/server.js` (what `npm start` runs) as its own
 * process, timed from spawning it to its first 200 from /readyz. Unlike the in-process
 * figures, this includes starting Node and loading the server's modules.
 */

const API = fileURLToPath(new URL('..', import.meta.url));
const CORE = join(API, '..', 'core');
const SERVER_JS = join(API, 'dist', 'server.js');

/** The newest modification time of the files under `dir` but tests (0 when it does not exist). */
function newest(dir: string): number {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || /\.test(-d)?\.tsx?$/.test(entry.name)) continue;
    latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Throws unless the built server and core exist and are newer than their sources. */
export function assertBuilt(): void {
  for (const pkg of [API, CORE]) {
    const built = newest(join(pkg, 'dist'));
    if (built === 0 || built < newest(join(pkg, 'src'))) {
      throw new Error(
        `${join(pkg, 'dist')} is missing or older than its sources: build first (pnpm build at the root, ` +
          'or pnpm bench there, which builds before benchmarking)',
      );
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address !== null
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

export interface ProcessStart {
  /** From spawning the process to its first 200 from /readyz. */
  readyMs: number;
  /** What /readyz said. */
  ready: unknown;
}

/**
 * Spawns the built server on `dataDir`, waits for /readyz to answer 200 (polling every 10 ms),
 * then stops it with SIGTERM and waits for it to exit (it writes its snapshot as it stops).
 */
export async function timeProcessStart(dataDir: string, timeoutMs = 120_000): Promise<ProcessStart> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [SERVER_JS], {
    env: { ...process.env, DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  try {
    for (;;) {
      if (done) throw new Error(`the server exited before it was ready:\n${stderr}`);
      if (performance.now() - started > timeoutMs)
        throw new Error(`the server was not ready in ${timeoutMs} ms`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/readyz`);
        const body: unknown = await response.json();
        if (response.status === 200)
          return { readyMs: Math.round((performance.now() - started) * 10) / 10, ready: body };
      } catch {
        // Not listening yet.
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  } finally {
    if (!done) child.kill('SIGTERM');
    await exited;
  }
}
