/**
 * Runs every benchmark script in this folder (bench/*.ts other than this one), one after
 * another, each in its own process so one's memory and JIT state do not skew the next.
 * `pnpm bench` from packages/core.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const scripts = readdirSync(here)
  .filter((name) => name.endsWith('.ts') && name !== 'run.ts' && !name.endsWith('.d.ts'))
  .sort();

let failed = 0;
for (const script of scripts) {
  console.log(`\n▶ bench/${script}`);
  const run = spawnSync(
    process.execPath,
    [tsxCli, '--conditions=@recovery-circles/source', join(here, script)],
    {
      stdio: 'inherit',
      cwd: join(here, '..'),
    },
  );
  if (run.status !== 0) {
    failed++;
    console.error(`✗ bench/${script} exited with ${run.status ?? run.signal}`);
  }
}
console.log(`\n${scripts.length - failed} of ${scripts.length} benchmarks ran.`);
process.exitCode = failed > 0 ? 1 : 0;
