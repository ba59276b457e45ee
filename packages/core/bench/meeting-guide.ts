/**
 * Benchmark of the Meeting Guide importer on the real 2,038-meeting aasepia feed: parse +
 * normalize, repeated for a median. Run from packages/core:
 *   pnpm exec tsx --conditions=@recovery-circles/source bench/meeting-guide.ts [runs]
 * Prints the figures and writes them to bench/results/meeting-guide.json.
 * Targets: the whole feed in at most 200 ms, at least 50,000 records a second.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFixture } from '@recovery-circles/fixtures';
import { importMeetingGuide } from '../src/formats/meeting-guide/index.js';

const TARGET_FEED_MS = 200;
const TARGET_RECORDS_PER_SECOND = 50_000;
const WARMUP_RUNS = 5;
const runs = Number(process.argv[2] ?? 30);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`runs must be a positive whole number, not ${process.argv[2]}`);

const text = readFixture('meeting-guide', 'feeds', 'aasepia.json');
const options = { timeZone: 'America/New_York', source: { name: 'aasepia.org' }, now: new Date() };

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function measure(validate: boolean, count: number): { times: number[]; records: number; imported: number } {
  let records = 0;
  let imported = 0;
  const times: number[] = [];
  for (let run = 0; run < count; run++) {
    const start = performance.now();
    const { report } = importMeetingGuide(text, { ...options, validate });
    times.push(performance.now() - start);
    records = report.counts.records;
    imported = report.counts.imported;
  }
  return { times, records, imported };
}

// The first runs pay for JIT compilation; they are timed apart.
const cold = measure(false, 1).times[0] ?? 0;
measure(false, WARMUP_RUNS);
const plain = measure(false, runs);
const validated = measure(true, Math.max(3, Math.ceil(runs / 5)));

const feedMs = median(plain.times);
const recordsPerSecond = Math.round(plain.records / (feedMs / 1000));
const validatedMs = median(validated.times);
const results = {
  feed: 'meeting-guide/feeds/aasepia.json',
  bytes: text.length,
  records: plain.records,
  imported: plain.imported,
  runs,
  coldMs: Number(cold.toFixed(2)),
  medianMs: Number(feedMs.toFixed(2)),
  minMs: Number(Math.min(...plain.times).toFixed(2)),
  maxMs: Number(Math.max(...plain.times).toFixed(2)),
  recordsPerSecond,
  withSchemaValidation: {
    runs: validated.times.length,
    medianMs: Number(validatedMs.toFixed(2)),
    recordsPerSecond: Math.round(validated.records / (validatedMs / 1000)),
  },
  targets: { feedMs: TARGET_FEED_MS, recordsPerSecond: TARGET_RECORDS_PER_SECOND },
  meetsTargets: feedMs <= TARGET_FEED_MS && recordsPerSecond >= TARGET_RECORDS_PER_SECOND,
  node: process.version,
  measuredAt: new Date().toISOString(),
};

console.log(`Meeting Guide import, ${results.feed} (${results.records} records, ${runs} runs)`);
console.log(`  first run:        ${results.coldMs} ms`);
console.log(
  `  median:           ${results.medianMs} ms (min ${results.minMs}, max ${results.maxMs}; target ≤ ${TARGET_FEED_MS} ms)`,
);
console.log(
  `  records/second:   ${recordsPerSecond.toLocaleString('en-US')} (target ≥ ${TARGET_RECORDS_PER_SECOND.toLocaleString('en-US')})`,
);
console.log(
  `  with validate:    ${results.withSchemaValidation.medianMs} ms, ${results.withSchemaValidation.recordsPerSecond.toLocaleString('en-US')} records/second`,
);
console.log(`  meets targets:    ${results.meetsTargets ? 'yes' : 'NO'}`);

const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'meeting-guide.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`  written to ${out}`);
