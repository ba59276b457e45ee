/*
 * Test-only: validates HSDS 3.0 JSON against the official compiled schemas in the shared
 * fixtures. Not exported from the package (it reads files and needs ajv, a devDependency).
 */
import { readdirSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { fixturePath, readFixture } from '@recovery-circles/fixtures';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** The base the schemas are registered under; `.test` is reserved, so nothing resolves it on the network. */
export const HSDS_SCHEMA_BASE = 'https://hsds-3-0.test/schema/';

/** The HSDS documents the validator knows, by the schema that checks them. */
export type HsdsDocumentKind =
  | 'service'
  | 'service_list'
  | 'organization'
  | 'organization_list'
  | 'service_at_location'
  | 'service_at_location_list'
  | 'taxonomy'
  | 'taxonomy_list'
  | 'taxonomy_term'
  | 'taxonomy_term_list'
  | 'location';

/** The result of validating one document. */
export interface HsdsValidation {
  readonly valid: boolean;
  /** Readable errors: "/contents/0/url: must match format \"uri\"". */
  readonly errors: string[];
}

const pageSchema = {
  type: 'object',
  required: [
    'total_items',
    'total_pages',
    'page_number',
    'size',
    'first_page',
    'last_page',
    'empty',
    'contents',
  ],
  properties: {
    total_items: { type: 'integer', minimum: 0 },
    total_pages: { type: 'integer', minimum: 0 },
    page_number: { type: 'integer', minimum: 1 },
    size: { type: 'integer', minimum: 0 },
    first_page: { type: 'boolean' },
    last_page: { type: 'boolean' },
    empty: { type: 'boolean' },
    contents: { type: 'array' },
  },
};

function schemaDir(folder: 'compiled' | ''): string {
  return dirname(
    fixturePath('hsds', 'spec-3.0', 'schema', folder === '' ? 'service.json' : 'compiled/service.json'),
  );
}

function readJson(path: string[]): unknown {
  return JSON.parse(readFixture(...path));
}

/** Builds an ajv instance with every compiled HSDS 3.0 schema, and the modular ones they refer to. */
export function createHsdsValidator(): (kind: HsdsDocumentKind, document: unknown) => HsdsValidation {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  // Data-package column formats; not JSON Schema formats, so anything passes.
  ajv.addFormat('csv', true);
  for (const file of readdirSync(schemaDir(''))) {
    if (!file.endsWith('.json') || file.startsWith('openapi')) continue;
    const schema = readJson(['hsds', 'spec-3.0', 'schema', file]);
    if (typeof schema === 'object' && schema !== null) {
      ajv.addSchema({ ...schema, $id: `${HSDS_SCHEMA_BASE}${file}` });
    }
  }
  for (const file of readdirSync(schemaDir('compiled'))) {
    if (!file.endsWith('.json')) continue;
    const schema = readJson(['hsds', 'spec-3.0', 'schema', 'compiled', file]);
    // tabular.json refers to the modular schemas by relative name, so it sits beside them.
    const id =
      file === 'tabular.json' ? `${HSDS_SCHEMA_BASE}tabular.json` : `${HSDS_SCHEMA_BASE}compiled/${file}`;
    if (typeof schema === 'object' && schema !== null) ajv.addSchema({ ...schema, $id: id });
  }
  const compiled = (id: string): ValidateFunction => {
    const fn = ajv.getSchema(id);
    if (fn === undefined) throw new Error(`HSDS schema ${id} is not registered`);
    return fn;
  };
  const page = ajv.compile(pageSchema);
  const itemSchema: Record<HsdsDocumentKind, string> = {
    service: 'compiled/service.json',
    service_list: 'compiled/service_list.json',
    organization: 'compiled/organization.json',
    organization_list: 'compiled/organization_list.json',
    service_at_location: 'compiled/service_at_location.json',
    service_at_location_list: 'compiled/service_at_location_list.json',
    taxonomy: 'taxonomy.json',
    taxonomy_list: 'taxonomy.json',
    taxonomy_term: 'taxonomy_term.json',
    taxonomy_term_list: 'taxonomy_term.json',
    location: 'location.json',
  };
  const format = (errors: ErrorObject[] | null | undefined, prefix: string): string[] =>
    (errors ?? []).map((error) => `${prefix}${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
  return (kind, document) => {
    const validate = compiled(`${HSDS_SCHEMA_BASE}${itemSchema[kind]}`);
    if (!kind.endsWith('_list')) {
      const valid = validate(document) === true;
      return { valid, errors: format(validate.errors, '') };
    }
    const errors: string[] = [];
    if (page(document) !== true) errors.push(...format(page.errors, ''));
    const contents =
      typeof document === 'object' && document !== null && 'contents' in document
        ? document.contents
        : undefined;
    if (Array.isArray(contents)) {
      contents.forEach((item, index) => {
        if (validate(item) !== true) errors.push(...format(validate.errors, `/contents/${index}`));
      });
    }
    return { valid: errors.length === 0, errors };
  };
}

/** The document kind of an example or mock file by its name ("service_full.json" → "service"). */
export function documentKindOfFile(file: string): HsdsDocumentKind | undefined {
  const name = basename(file, '.json').replace(/_full$/, '');
  const kinds: readonly HsdsDocumentKind[] = [
    'service',
    'service_list',
    'organization',
    'organization_list',
    'service_at_location',
    'service_at_location_list',
    'taxonomy',
    'taxonomy_list',
    'taxonomy_term',
    'taxonomy_term_list',
    'location',
  ];
  return kinds.find((kind) => kind === name);
}
