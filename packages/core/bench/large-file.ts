/**
 * Memory of a large import: a Meeting Guide feed of about 50 MB, made of the real aasepia
 * meetings repeated with fresh slugs, imported in a child process that reports its peak
 * resident memory, two ways: `whole` reads the file into one string for `importMeetingGuide`;
 * `stream` reads it with `createReadStream` through `importMeetingGuideStream`, counting each
 * batch of meetings and letting it go (as the API importer writes it to the database). For
 * each: the time, records a second, the peak above the process's own start and how many times
 * the file size that is; then the smallest V8 heap (to 4 MiB, found by bisection) the import
 * succeeds in, which is what it holds at once, garbage aside. Run from packages/core:
 *   pnpm exec tsx --conditions=@recovery-circles/source bench/large-file.ts [megabytes]
 * Writes bench/results/large-file.json.
 */
import { spawnSync } from 'node:child_process';
import {
  createReadStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFixture } from '@recovery-circles/fixtures';
import { importMeetingGuide, importMeetingGuideStream } from '../src/formats/meeting-guide/index.js';

const here = dirname(fileURLToPath(import.meta.url));

const OPTIONS = {
  timeZone: 'America/New_York',
  source: { name: 'aasepia.org' },
  now: new Date('2026-01-01T00:00:00Z'),
};

/** The two ways a file is imported. */
type Mode = 'whole' | 'stream';

/** The child: reads the file, imports it one way, and prints its figures as JSON. */
async function child(mode: Mode, file: string): Promise<void> {
  const kib = () => process.resourceUsage().maxRSS;
  const startPeakKiB = kib();
  const start = performance.now();
  let records: number;
  let imported = 0;
  if (mode === 'whole') {
    const text = readFileSync(file, 'utf8');
    const { resources, report } = importMeetingGuide(text, OPTIONS);
    records = report.counts.records;
    imported = resources.length;
  } else {
    const report = await importMeetingGuideStream(() => createReadStream(file), {
      ...OPTIONS,
      onBatch: (meetings) => {
        imported += meetings.length;
      },
    });
    records = report.counts.records;
  }
  const ms = performance.now() - start;
  console.log(
    JSON.stringify({
      records,
      imported,
      ms: Math.round(ms),
      startPeakMiB: Math.round(startPeakKiB / 1024),
      peakMiB: Math.round(kib() / 1024),
    }),
  );
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] === 'stream' ? 'stream' : 'whole', process.argv[4] ?? '');
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
  feed.length = 0;
  const fileMiB = statSync(file).size / 1024 / 1024;
  const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
  /** One import in a child process, with V8's old space capped at `heapMiB` when given. */
  const importOnce = (mode: Mode, heapMiB?: number) =>
    spawnSync(
      process.execPath,
      [
        tsxCli,
        '--conditions=@recovery-circles/source',
        fileURLToPath(import.meta.url),
        '--child',
        mode,
        file,
      ],
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
  const measure = (mode: Mode) => {
    const run = importOnce(mode);
    if (run.status !== 0) {
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`the ${mode} import failed: ${run.stderr}`);
    }
    // The smallest heap the import fits in, to 4 MiB: what it must hold at once, garbage aside.
    let fits = 2048;
    let fails = 4;
    while (fits - fails > 4) {
      const middle = Math.round((fits + fails) / 2);
      if (importOnce(mode, middle).status === 0) fits = middle;
      else fails = middle;
    }
    const figures = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as {
      records: number;
      imported: number;
      ms: number;
      startPeakMiB: number;
      peakMiB: number;
    };
    const aboveStart = figures.peakMiB - figures.startPeakMiB;
    return {
      ...figures,
      recordsPerSecond: Math.round(figures.records / (figures.ms / 1000)),
      peakAboveStartMiB: aboveStart,
      peakOverFileSize: Math.round((aboveStart / fileMiB) * 10) / 10,
      smallestHeapMiB: fits,
      smallestHeapOverFileSize: Math.round((fits / fileMiB) * 10) / 10,
    };
  };
  const whole = measure('whole');
  const stream = measure('stream');
  rmSync(dir, { recursive: true, force: true });
  const report = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    fileMiB: Math.round(fileMiB * 10) / 10,
    whole,
    stream,
  };
  for (const [mode, figures] of [
    ['whole string', whole],
    ['stream', stream],
  ] as const) {
    console.log(
      `${mode}: Meeting Guide feed of ${report.fileMiB} MiB (${figures.records.toLocaleString('en-US')} records, ${figures.imported.toLocaleString('en-US')} imported) in ${figures.ms} ms, ${figures.recordsPerSecond.toLocaleString('en-US')} records/s; ` +
        `peak memory ${figures.peakAboveStartMiB} MiB above the process's start = ${figures.peakOverFileSize}× the file size; ` +
        `the smallest heap it imports in: ${figures.smallestHeapMiB} MiB = ${figures.smallestHeapOverFileSize}× the file size`,
    );
  }
  const out = join(here, 'results', 'large-file.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}
