/** Small helpers for the benchmark's printed tables and figures. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export const round = (value: number, digits = 0) => {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
};

export const ms = (value: number) =>
  Number.isNaN(value) ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`;
export const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
export const passFail = (ok: boolean) => (ok ? 'pass' : 'MISS');

/** A plain-text table: the first row is the header; cells that start with a figure are right-aligned. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) {
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, cell.length);
  }
  const numeric = /^[\d≤≥+]/;
  return rows
    .map((row, r) =>
      row
        .map((cell, i) =>
          r > 0 && numeric.test(cell) ? cell.padStart(widths[i] ?? 0) : cell.padEnd(widths[i] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

export function heading(text: string): void {
  console.log(`\n${text}\n${'─'.repeat(text.length)}`);
}
