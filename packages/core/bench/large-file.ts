/**
 * Memory of a large import: a Meeting Guide feed of about 50 MB, made of the real aasepia
 * meetings repeated with fresh slugs, imported in a child process that reports its peak
 * resident memory. Prints the file size, the peak above the process's own start, how many
 * times the file size that is, and the time. Run from packages/core:
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
  const run = spawnSync(
    process.execPath,
    [tsxCli, '--conditions=@recovery-circles/source', fileURLToPath(import.meta.url), '--child', file],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`the import failed: ${run.stderr}`);
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
    recordsPerSecond: Math.round(figures.records / (figures.ms / 1000)),
  };
  console.log(
    `Meeting Guide feed of ${report.fileMiB} MiB (${figures.records.toLocaleString('en-US')} records, ${figures.imported.toLocaleString('en-US')} imported) in ${figures.ms} ms, ${report.recordsPerSecond.toLocaleString('en-US')} records/s; ` +
      `peak memory ${aboveStart} MiB above the process's start = ${report.peakOverFileSize}× the file size`,
  );
  const out = join(here, 'results', 'large-file.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}
