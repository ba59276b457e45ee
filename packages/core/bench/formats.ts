/**
 * Benchmark of the HSDS, SAMHSA and curator CSV importers on the real fixtures, repeated
 * for a median. Run from packages/core:
 *   pnpm exec tsx --conditions=@recovery-circles/source bench/formats.ts [runs]
 * Prints records per second and writes them to bench/results/formats.json.
 * The curator CSV case imports the aasepia Meeting Guide feed's 2,000+ meetings after
 * writing them out as a curator spreadsheet, so it measures real rows.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixturePath, readFixture } from '@recovery-circles/fixtures';
import { exportCuratorCsv, importCuratorCsv } from '../src/formats/csv/index.js';
import { importHsdsCsvPackage, importHsdsJson } from '../src/formats/hsds/index.js';
import { importMeetingGuide } from '../src/formats/meeting-guide/index.js';
import { importSamhsaDirectory, importSamhsaOtp } from '../src/formats/samhsa/index.js';

const WARMUP_RUNS = 3;
const runs = Number(process.argv[2] ?? 15);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`runs must be a positive whole number, not ${process.argv[2]}`);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? 0)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

function csvTables(...dir: string[]): Record<string, string> {
  return Object.fromEntries(
    readdirSync(fixturePath(...dir))
      .filter((file) => file.endsWith('.csv'))
      .map((file) => [file, readFixture(...dir, file)]),
  );
}

interface Case {
  readonly name: string;
  readonly input: string;
  /** Imports once and returns how many records came out. */
  readonly run: () => number;
}

const hsdsJsonDocs = [
  'service_full',
  'service_list',
  'organization_full',
  'service_at_location_full',
  'service_at_location_list',
].map((name) => readFixture('hsds', 'spec-3.0', 'examples', `${name}.json`));
const hsds11 = csvTables('hsds', 'sample-data-hsds-1.1');
const hsds30 = csvTables('hsds', 'spec-3.0', 'examples', 'csv');
const otpBytes = new Uint8Array(
  readFileSync(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv')),
);
const directoryText = readFixture('treatment', 'meth-2017.csv');
const codeKey: Record<string, string> = JSON.parse(readFixture('treatment', 'samhsa_service_code_key.json'));
const meetings = importMeetingGuide(readFixture('meeting-guide', 'feeds', 'aasepia.json'), {
  timeZone: 'America/New_York',
  source: { name: 'aasepia.org' },
}).resources;
const curatorText = exportCuratorCsv(meetings, 'meetings');

const cases: Case[] = [
  {
    name: 'HSDS 3.0 JSON import',
    input: 'spec-3.0 examples: service, service list, organization, service-at-location (+ list)',
    run: () => hsdsJsonDocs.reduce((sum, text) => sum + importHsdsJson(text).resources.length, 0),
  },
  {
    name: 'HSDS CSV import',
    input: 'HSDS 1.1 sample package + 3.0 example data package',
    run: () => importHsdsCsvPackage(hsds11).resources.length + importHsdsCsvPackage(hsds30).resources.length,
  },
  {
    name: 'SAMHSA OTP import',
    input: 'Opioid_Treatment_Directory_Geocoded.csv',
    run: () => importSamhsaOtp(otpBytes).resources.length,
  },
  {
    name: 'SAMHSA directory import',
    input: 'meth-2017.csv with samhsa_service_code_key.json',
    run: () => importSamhsaDirectory(directoryText, codeKey).resources.length,
  },
  {
    name: 'curator CSV import',
    input: `aasepia meetings as a curator spreadsheet (${curatorText.split('\r\n').length - 2} rows)`,
    run: () => importCuratorCsv(curatorText, 'meetings').resources.length,
  },
];

const results = cases.map((benchCase) => {
  let records = 0;
  for (let i = 0; i < WARMUP_RUNS; i++) records = benchCase.run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    records = benchCase.run();
    times.push(performance.now() - start);
  }
  const ms = median(times);
  return {
    name: benchCase.name,
    input: benchCase.input,
    records,
    medianMs: Number(ms.toFixed(3)),
    recordsPerSecond: Math.round(records / (ms / 1000)),
  };
});

for (const result of results) {
  console.log(
    `${result.name.padEnd(26)} ${String(result.records).padStart(6)} records  ${result.medianMs.toFixed(2).padStart(9)} ms  ${result.recordsPerSecond.toLocaleString('en-US').padStart(10)} records/s`,
  );
}
const out = join(dirname(fileURLToPath(import.meta.url)), 'results', 'formats.json');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, runs, results }, null, 2)}\n`,
);
console.log(`written to ${out}`);
