import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { freePort } from '@recovery-circles/vitest-config/net';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built product as `npm start` runs it — the API serving the built web and admin
 * apps on a fresh embedded database — and waits until it is ready.
 */
export async function startProduct(): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rc-e2e-'));
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [join(packageDir('@recovery-circles/api'), 'dist', 'server.js')],
    {
      env: {
        ...process.env,
        NODE_ENV: 'production',
        PORT: String(port),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
        WEB_DIST_DIR: join(packageDir('@recovery-circles/web'), 'dist'),
        ADMIN_DIST_DIR: join(packageDir('@recovery-circles/admin'), 'dist'),
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    async stop() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
