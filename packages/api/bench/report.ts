import type { LoadResult } from './load-worker.js';

/** One load test in the report. */
export interface ScenarioReport extends LoadResult {
  name: string;
  /** Requests per second as a share of the hello-world baseline. */
  ratioToBaseline: number;
  /** Mean response body size over the rotation, in bytes. */
  meanResponseBytes: number;
}

/** A target and whether the run met it. */
export interface TargetCheck {
  what: string;
  target: string;
  actual: string;
  met: boolean;
}

function pad(cells: readonly string[], widths: readonly number[]): string {
  return cells
    .map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
    .join('  ');
}

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [pad(header, widths), rule, ...rows.map((r) => pad(r, widths))].join('\n');
}

/** The load tests as a table. */
export function scenarioTable(scenarios: readonly ScenarioReport[]): string {
  return table(
    [
      'scenario',
      'req/s',
      'vs hello',
      'p50 ms',
      'p90 ms',
      'p99 ms',
      'max ms',
      'requests',
      'errors',
      'non-2xx',
      'body B',
    ],
    scenarios.map((s) => [
      s.name,
      s.requestsPerSecond.toFixed(0),
      `${(s.ratioToBaseline * 100).toFixed(1)}%`,
      s.latencyMs.p50.toFixed(2),
      s.latencyMs.p90.toFixed(2),
      s.latencyMs.p99.toFixed(2),
      s.latencyMs.max.toFixed(1),
      String(s.requests),
      String(s.errors),
      String(s.non2xx),
      String(s.meanResponseBytes),
    ]),
  );
}

/** The targets as a table. */
export function targetTable(checks: readonly TargetCheck[]): string {
  return table(
    ['target', 'wanted', 'measured', 'met'],
    checks.map((c) => [c.what, c.target, c.actual, c.met ? 'yes' : 'NO']),
  );
}
