import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fixturesDir } from '@recovery-circles/fixtures';
import { freePort } from '@recovery-circles/vitest-config/net';

const require = createRequire(import.meta.url);
const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

/** The built web app the benchmark measures. */
export const WEB_DIST = join(packageDir('@recovery-circles/web'), 'dist');

/**
 * A folder of links to the real data: every SAMHSA treatment file and every Meeting Guide
 * feed except the one made to be invalid. Links, not copies: the files stay in shared/fixtures.
 */
function linkRealData(into: string): string[] {
  const fixtures = fixturesDir();
  const treatment = join(fixtures, 'treatment');
  const feeds = join(fixtures, 'meeting-guide', 'feeds');
  const files = [
    ...readdirSync(treatment)
      .filter((name) => name.endsWith('.csv'))
      .map((name) => join(treatment, name)),
    ...readdirSync(feeds)
      .filter((name) => name.endsWith('.json') && name !== 'invalid.json')
      .map((name) => join(feeds, name)),
  ];
  for (const file of files) symlinkSync(file, join(into, file.split('/').at(-1) ?? file));
  return files.map((file) => file.split('/').at(-1) ?? file);
}

/** Meetings the synthetic feed adds: the real files hold about 7,900 resources, the target asks for 10,000+. */
export const SYNTHETIC_MEETINGS = 2_500;
/** The synthetic feed's file name in IMPORT_DIR (and so its source in the directory). */
export const SYNTHETIC_FEED = 'zz-bench-synthetic-meetings.json';

/** A rough US time zone by longitude (Alaska and Hawaii by their own ranges): enough for made-up meetings. */
function timeZoneAt(lat: number, lng: number): string {
  if (lng < -154) return 'Pacific/Honolulu';
  if (lat > 51 && lng < -129) return 'America/Anchorage';
  if (lng < -114.5) return 'America/Los_Angeles';
  if (lng < -101.5) return 'America/Denver';
  if (lng < -86.5) return 'America/Chicago';
  return 'America/New_York';
}

/**
 * A Meeting Guide feed of `count` made-up meetings at ZIP centroids spread across the country
 * (every n-th ZIP of the Census list in shared/fixtures/geo), so the directory holds more
 * resources than the real files alone. Deterministic: the same file every run.
 */
function writeSyntheticFeed(path: string, count: number): void {
  const zips = readFileSync(join(fixturesDir(), 'geo', 'us-zcta-2021-internal-points.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(','))
    .filter((cells) => cells.length === 3);
  const step = Math.max(1, Math.floor(zips.length / count));
  const types = [
    ['O', 'D'],
    ['C', 'B'],
    ['O', 'SP'],
    ['C', 'ST'],
    ['O', 'W'],
    ['C', 'M'],
  ];
  const meetings = Array.from({ length: count }, (_, i) => {
    const [zip = '00000', lat = '0', lng = '0'] = zips[(i * step) % zips.length] ?? [];
    const latitude = Number(lat);
    const longitude = Number(lng);
    const hour = 7 + (i % 14);
    return {
      name: `Benchmark Group ${i + 1}`,
      slug: `bench-${i + 1}`,
      day: i % 7,
      time: `${String(hour).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      end_time: `${String(hour + 1).padStart(2, '0')}:${i % 2 ? '30' : '00'}`,
      timezone: timeZoneAt(latitude, longitude),
      types: types[i % types.length],
      location: 'Community Hall',
      postal_code: zip,
      country: 'US',
      latitude,
      longitude,
      attendance_option: 'in_person',
    };
  });
  writeFileSync(path, JSON.stringify(meetings));
}

/** The running product and what it was started with. */
export interface Product {
  url: string;
  /** The data files imported at start. */
  imported: string[];
  /** Milliseconds from spawn to /readyz answering, import included. */
  startMs: number;
  stop(): Promise<void>;
}

/**
 * Starts the built product as `npm start` runs it (the API serving the built web and admin
 * apps on a fresh embedded database), with IMPORT_DIR holding the real data plus `synthetic`
 * made-up meetings (0 for the real data alone), and waits until it is ready.
 */
export async function startProduct({
  synthetic = SYNTHETIC_MEETINGS,
}: {
  synthetic?: number;
} = {}): Promise<Product> {
  const apiServer = join(packageDir('@recovery-circles/api'), 'dist', 'server.js');
  const adminDist = join(packageDir('@recovery-circles/admin'), 'dist');
  for (const needed of [apiServer, join(WEB_DIST, 'index.html'), join(adminDist, 'index.html')]) {
    if (!existsSync(needed)) throw new Error(`${needed} is missing: run \`pnpm build\` first.`);
  }
  const temp = mkdtempSync(join(tmpdir(), 'rc-web-bench-'));
  const dataDir = join(temp, 'data');
  const importDir = join(temp, 'import');
  mkdirSync(dataDir);
  mkdirSync(importDir);
  const imported = linkRealData(importDir);
  if (synthetic > 0) {
    writeSyntheticFeed(join(importDir, SYNTHETIC_FEED), synthetic);
    imported.push(SYNTHETIC_FEED);
  }
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, [apiServer], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATA_DIR: dataDir,
      IMPORT_DIR: importDir,
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: WEB_DIST,
      ADMIN_DIST_DIR: adminDist,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(temp, { recursive: true, force: true });
  };
  // The import of every file happens before the server listens.
  const deadline = Date.now() + 600_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the server exited with code ${child.exitCode}`);
    }
    const ready = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return { url, imported, startMs: performance.now() - started, stop };
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error('the server was not ready within 10 minutes');
}
