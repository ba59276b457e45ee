/**
 * Memory of a large import: a Meeting Guide feed of about 50 MB, made of the real aasepia
 * meetings repeated with fresh slugs, imported in a child process that reports its peak
 * resident memory. Prints the file size, the peak above the process's own start, how many
 * times the file size that is, and the time; then the smallest V8 heap (to 16 MiB, found by
 * bisection) the import succeeds in, which is what it holds at once, garbage aside. Run from packages/core:
 *   pnpm exec tsx --conditions=@recovery-circles/source bench/large-file.ts [megabytes]
 * Writes bench/results/large-file.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFixture } from '@recovery-circles/fixtures';
import { importMeetingGuide } from '../src/formats/meeting-guide/index.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The child: reads the file, imports it, and prints its figures as JSON. */
function child(file: string): void {
  const kib = () => process.resourceUsage().maxRSS;
  const startPeakKiB = kib();
  const start = performance.now();
  const text = readFileSync(file, 'utf8');
  const { resources, report } = importMeetingGuide(text, {
    timeZone: 'America/New_York',
    source: { name: 'aasepia.org' },
    now: new Date('2026-01-01T00:00:00Z'),
  });
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      records: report.counts.records,
      imported: resources.length,
      ms: Math.round(ms),
      startPeakMiB: Math.round(startPeakKiB / 1024),
      peakMiB: Math.round(kib() / 1024),
    }),
  );
}

if (process.argv[2] === '--child') {
  child(process.argv[3] ?? '');
} else {
  const megabytes = Number(process.argv[2] ?? 50);
  const meetings = JSON.parse(readFixture('meeting-guide', 'feeds', 'aasepia.json')) as Record<
    string,
    unknown
  >[];
  const one = Buffer.byteLength(JSON.stringify(meetings));
  const copies = Math.ceil((megabytes * 1024 * 1024) / one);
  const feed = Array.from({ length: copies }, (_, copy) =>
    meetings.map((m) => ({ ...m, slug: `${String(m.slug)}-${copy}` })),
  ).flat();
  const dir = mkdtempSync(join(tmpdir(), 'rc-large-'));
  const file = join(dir, 'large-feed.json');
  writeFileSync(file, JSON.stringify(feed));
  const fileMiB = statSync(file).size / 1024 / 1024;
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  /** One import in a child process, with V8's old space capped at `heapMiB` when given. */
  const importOnce = (heapMiB?: number) =>
    spawnSync(
      process.execPath,
      [tsxCli, '--conditions=@recovery-circles/source', fileURLToPath(import.meta.url), '--child', file],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 20,
        env: {
          ...process.env,
          NODE_OPTIONS: [process.env.NODE_OPTIONS, heapMiB ? `--max-old-space-size=${heapMiB}` : '']
            .filter(Boolean)
            .join(' '),
        },
      },
    );
  const run = importOnce();
  if (run.status !== 0) {
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`the import failed: ${run.stderr}`);
  }
  // The smallest heap the import fits in, to 16 MiB: what it must hold at once, garbage aside.
  let fits = 2048;
  let fails = 16;
  while (fits - fails > 16) {
    const middle = Math.round((fits + fails) / 2);
    if (importOnce(middle).status === 0) fits = middle;
    else fails = middle;
  }
  rmSync(dir, { recursive: true, force: true });
  const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
    records: number;
    imported: number;
    ms: number;
    startPeakMiB: number;
    peakMiB: number;
  };
  const aboveStart = figures.peakMiB - figures.startPeakMiB;
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    fileMiB: Math.round(fileMiB * 10) / 10,
    ...figures,
    peakAboveStartMiB: aboveStart,
    peakOverFileSize: Math.round((aboveStart / fileMiB) * 10) / 10,
    smallestHeapMiB: fits,
    smallestHeapOverFileSize: Math.round((fits / fileMiB) * 10) / 10,
    recordsPerSecond: Math.round(figures.records / (figures.ms / 1000)),
  };
  console.log(
    `Meeting Guide feed of ${report.fileMiB} MiB (${figures.records.toLocaleString('en-US')} records, ${figures.imported.toLocaleString('en-US')} imported) in ${figures.ms} ms, ${report.recordsPerSecond.toLocaleString('en-US')} records/s; ` +
      `peak memory ${aboveStart} MiB above the process's start = ${report.peakOverFileSize}× the file size; ` +
      `the smallest heap it imports in: ${fits} MiB = ${report.smallestHeapOverFileSize}× the file size`,
  );
  const out = join(here, 'results', 'large-file.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}
