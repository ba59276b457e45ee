/* Test-only helpers that read the HSDS fixtures; not exported from the package. */
import { readdirSync } from 'node:fs';
import { fixturePath, readFixture } from '@recovery-circles/fixtures';

/** Every CSV file of a fixture folder, by file name, as `importHsdsCsvPackage` takes them. */
export function readCsvTables(...dir: string[]): Record<string, string> {
  return Object.fromEntries(
    readdirSync(fixturePath(...dir))
      .filter((file) => file.endsWith('.csv'))
      .map((file) => [file, readFixture(...dir, file)]),
  );
}

/** One official HSDS 3.0 example, parsed. */
export function readExample(name: string): unknown {
  return JSON.parse(readFixture('hsds', 'spec-3.0', 'examples', `${name}.json`));
}
