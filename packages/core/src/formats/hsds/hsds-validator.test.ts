import { readdirSync } from 'node:fs';
import { fixturePath, readFixture } from '@recovery-circles/fixtures';
import { createHsdsValidator, documentKindOfFile } from '@recovery-circles/fixtures/hsds-validator';
import { describe, expect, it } from 'vitest';

const validate = createHsdsValidator();

function documents(...dir: string[]): [string, ReturnType<typeof documentKindOfFile>, unknown][] {
  return readdirSync(fixturePath(...dir))
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file, documentKindOfFile(file), JSON.parse(readFixture(...dir, file))]);
}

describe('HSDS 3.0 test validator', () => {
  it('accepts every official example it has a schema for', () => {
    const checked = documents('hsds', 'spec-3.0', 'examples').filter(([, kind]) => kind !== undefined);
    expect(checked.map(([file]) => file)).toContain('service_full.json');
    expect(checked.length).toBe(11);
    for (const [file, kind, document] of checked) {
      if (kind === undefined) continue;
      expect({ file, ...validate(kind, document) }).toEqual({ file, valid: true, errors: [] });
    }
  });

  it('accepts the ORUK default mocks', () => {
    const checked = documents('hsds', 'oruk-validator-mocks', 'V3.0-UK-Default').filter(
      ([, kind]) => kind !== undefined,
    );
    expect(checked.length).toBe(10);
    for (const [file, kind, document] of checked) {
      if (kind === undefined) continue;
      expect({ file, ...validate(kind, document) }).toEqual({ file, valid: true, errors: [] });
    }
  });

  it('rejects the ORUK failing mocks with readable errors', () => {
    const failing = Object.fromEntries(
      documents('hsds', 'oruk-validator-mocks', 'V3.0-UK-Fail').flatMap(([file, kind, document]) =>
        kind === undefined ? [] : [[file, validate(kind, document)]],
      ),
    );
    expect(failing['service_full.json']?.valid).toBe(false);
    expect(failing['service_full.json']?.errors).toEqual([
      '/url: must match format "uri"',
      '/email: must match format "email"',
    ]);
    expect(failing['service_list.json']?.errors).toContain(
      "/contents/0/: must have required property 'name'",
    );
    expect(failing['taxonomy_term.json']?.errors).toContain("/: must have required property 'description'");
    expect(failing['taxonomy_term.json']?.errors).toContain('/term_uri: must match format "uri"');
  });
});
