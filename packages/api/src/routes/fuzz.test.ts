import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../test/backends.js';
import { type AppInstance, buildApp } from '../app.js';
import type { Storage } from '../db/database.js';

/*
 * Property-based fuzzing of every documented endpoint: parameters and bodies are taken from
 * the OpenAPI document the app publishes (so a new route is fuzzed without editing this
 * file) and filled with random and hostile values. Whatever arrives, the answer is never 5xx.
 */

const hostile = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 50 }),
  fc.constantFrom(
    "' OR 1=1 --",
    '"; DROP TABLE resources; --',
    '<script>alert(1)</script>',
    '../../etc/passwd',
    '%00',
    '\u0000',
    'NaN',
    'Infinity',
    '-1',
    '1e309',
    '99999999999999999999',
    '0x10',
    'true',
    ',',
    ',,,',
    '[object Object]',
    '__proto__',
    'constructor',
    '2024-13-45T99:99:99Z',
    '\ud800',
    '🏳️‍🌈',
    'x'.repeat(10_000),
  ),
  fc.integer().map(String),
  fc.double().map(String),
  fc.array(fc.string(), { maxLength: 4 }).map((a) => a.join(',')),
);

const jsonish = fc.oneof(
  fc.jsonValue(),
  fc.anything(),
  hostile,
  fc.constantFrom(null, [], {}, -1, 1e308, '', true),
);

/** Percent-encodes any string, lone surrogates included (as U+FFFD, the way browsers send them). */
function encodeSegment(text: string): string {
  return [...new TextEncoder().encode(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
}

interface OpenApiDoc {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: { name: string; in: string }[];
        requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> };
      }
    >
  >;
}

describe.each(BACKENDS)('fuzzing every endpoint on %s', (backend) => {
  let storage: Storage;
  let app: AppInstance;
  let doc: OpenApiDoc;

  beforeAll(async () => {
    storage = await freshStorage(backend);
    app = await buildApp({
      storage,
      followChangesMs: 0,
      limits: { perMinute: 1e6, matchPerMinute: 1e6, suggestionsPerHour: 1e6 },
    });
    await app.ready();
    doc = app.swagger() as unknown as OpenApiDoc;
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
  });

  it('documents the endpoints it fuzzes', () => {
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/v1/resources',
        '/v1/match',
        '/v1/suggestions',
        '/v1/geocode',
        '/hsds/services',
      ]),
    );
  });

  it('never answers 5xx to hostile query strings and path parameters', async () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (method !== 'get') continue;
        const params = operation.parameters ?? [];
        const query = params.filter((p) => p.in === 'query').map((p) => p.name);
        const pathParams = params.filter((p) => p.in === 'path').map((p) => p.name);
        await fc.assert(
          fc.asyncProperty(
            fc.dictionary(fc.constantFrom(...(query.length ? query : ['x'])), hostile, { maxKeys: 6 }),
            fc.array(hostile, { minLength: pathParams.length, maxLength: pathParams.length }),
            async (values, segments) => {
              let url = path;
              pathParams.forEach((name, i) => {
                url = url.replace(`{${name}}`, encodeSegment(segments[i] ?? ''));
              });
              const search = new URLSearchParams(values).toString();
              const response = await app.inject({ method: 'GET', url: search ? `${url}?${search}` : url });
              if (response.statusCode >= 500)
                throw new Error(
                  `${response.statusCode} for GET ${url}?${search}: ${response.body.slice(0, 300)}`,
                );
            },
          ),
          { numRuns: 40 },
        );
      }
    }
  });

  it('never answers 5xx to hostile JSON bodies, shaped by the documented schema or not', async () => {
    for (const [path, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        if (method !== 'post') continue;
        const properties = Object.keys(
          operation.requestBody?.content?.['application/json']?.schema?.properties ?? {},
        );
        const shaped = fc.dictionary(fc.constantFrom(...(properties.length ? properties : ['x'])), jsonish, {
          maxKeys: 8,
        });
        await fc.assert(
          fc.asyncProperty(fc.oneof(shaped, jsonish), async (body) => {
            const response = await app.inject({
              method: 'POST',
              url: path,
              headers: { 'content-type': 'application/json' },
              payload: JSON.stringify(body) ?? 'undefined',
            });
            if (response.statusCode >= 500)
              throw new Error(
                `${response.statusCode} for POST ${path} ${JSON.stringify(body)?.slice(0, 300)}: ${response.body.slice(0, 300)}`,
              );
          }),
          { numRuns: 150 },
        );
      }
    }
  });

  it('never answers 5xx to broken or oversized payloads', async () => {
    const payloads = [
      '{',
      '{"where":',
      'null',
      '[]',
      '"x"',
      'x'.repeat(2 * 1024 * 1024),
      '{"forWhom":"me"}'.repeat(3),
    ];
    for (const payload of payloads) {
      for (const url of ['/v1/match', '/v1/suggestions']) {
        const response = await app.inject({
          method: 'POST',
          url,
          headers: { 'content-type': 'application/json' },
          payload,
        });
        expect(response.statusCode, `${url} ${payload.slice(0, 20)}`).toBeLessThan(500);
      }
    }
    const wrongType = await app.inject({
      method: 'POST',
      url: '/v1/match',
      headers: { 'content-type': 'application/xml' },
      payload: '<a/>',
    });
    expect(wrongType.statusCode).toBe(415);
  });
});
