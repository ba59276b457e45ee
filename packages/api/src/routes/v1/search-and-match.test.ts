import { MatchResponseSchema, ProblemSchema, SearchResponseSchema } from '@recovery-circles/core';
import { fixturePath } from '@recovery-circles/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../../test/backends.js';
import { type AppInstance, buildApp } from '../../app.js';
import type { Storage } from '../../db/database.js';
import { readSource } from '../../imports/read-source.js';
import { runImport } from '../../imports/run-import.js';
import { upsertResource, withWriteTransaction } from '../../repositories/resources.js';

describe.each(BACKENDS)('search and match on %s, with real imported data', (backend) => {
  let storage: Storage;
  let app: AppInstance;

  beforeAll(async () => {
    storage = await freshStorage(backend);
    app = await buildApp({ storage, followChangesMs: 0 });
    await runImport(
      storage.db,
      readSource(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv')),
    );
    await runImport(storage.db, readSource(fixturePath('meeting-guide', 'feeds', 'aasepia.json')));
    await runImport(storage.db, readSource(fixturePath('meeting-guide', 'feeds', 'al-anon.json')));
    await app.directory.refresh();
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
  });

  const get = async (query: string) => {
    const response = await app.inject(`/v1/resources${query}`);
    return { status: response.statusCode, body: response.json() };
  };

  it('the index follows the imports', () => {
    expect(app.directory.index.size).toBeGreaterThan(1831 + 2000);
  });

  it('finds opioid treatment programs nearest a ZIP, sorted by distance', async () => {
    const { status, body } = await get('?zip=19103&kind=provider&sort=distance&radius=10&limit=5');
    expect(status).toBe(200);
    const page = SearchResponseSchema.parse(body);
    expect(page.data).toHaveLength(5);
    const distances = page.data.map((hit) => hit.distanceKm ?? Number.POSITIVE_INFINITY);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances.at(-1)).toBeLessThan(16.1);
    expect(
      page.data.every(
        (hit) => hit.resource.location?.region === 'PA' || hit.resource.location?.region === 'NJ',
      ),
    ).toBe(true);
  });

  it('pages with a cursor, and refuses a cursor from another search', async () => {
    const first = SearchResponseSchema.parse((await get('?zip=19103&radius=25&limit=10')).body);
    expect(first.nextCursor).toBeTruthy();
    const second = SearchResponseSchema.parse(
      (await get(`?zip=19103&radius=25&limit=10&cursor=${first.nextCursor}`)).body,
    );
    const ids = new Set(first.data.map((h) => h.resource.id));
    expect(second.data.some((h) => ids.has(h.resource.id))).toBe(false);
    const wrong = await get(`?q=meeting&cursor=${first.nextCursor}`);
    expect(wrong.status).toBe(400);
  });

  it('filters meetings by day and time window in their own zone', async () => {
    const page = SearchResponseSchema.parse(
      (await get('?kind=meeting&day=2&time_from=18:00&time_to=21:00&near=39.95,-75.16&radius=15&limit=50'))
        .body,
    );
    expect(page.total).toBeGreaterThan(0);
    for (const hit of page.data) {
      const schedule = hit.resource.schedule;
      expect(schedule?.type).toBe('weekly');
      if (schedule?.type === 'weekly') {
        expect(
          schedule.slots.some((slot) => slot.day === 2 && slot.start >= '18:00' && slot.start < '21:00'),
        ).toBe(true);
      }
    }
  });

  it('answers malformed queries with field errors, never a 500', async () => {
    for (const query of [
      '?radius=abc',
      '?near=foo',
      '?day=9',
      '?zip=00000',
      '?near=1,2&zip=19103',
      '?sort=distance',
      '?limit=1000',
    ]) {
      const { status, body } = await get(query);
      expect(status, query).toBe(400);
      expect(ProblemSchema.parse(body).code).toBe('validation_failed');
    }
  });

  it('builds the network for a parent worried about a son using opioids near 19103', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/v1/match',
      payload: {
        forWhom: 'someone-i-care-about',
        relationship: 'parent',
        concerns: ['opioids'],
        where: { zip: '19103' },
      },
    });
    expect(response.statusCode).toBe(200);
    const { data, origin } = MatchResponseSchema.parse(response.json());
    expect(origin?.label).toContain('19103');
    expect(data.crisis.length).toBeGreaterThanOrEqual(9);
    expect(data.circles.family.items.length).toBeGreaterThan(0);
    expect(data.circles.peers.items.length).toBeGreaterThan(0);
    const professionals = data.circles.professionals.items;
    expect(professionals.length).toBeGreaterThan(0);
    expect(
      professionals.some(
        (item) => item.resource?.kind === 'provider' && item.resource.medications.includes('methadone'),
      ),
    ).toBe(true);
    for (const item of [...data.circles.family.items, ...professionals]) {
      expect(item.reasons.length).toBeGreaterThan(0);
      for (const reason of item.reasons) {
        expect(reason.text.en).toBeTruthy();
        expect(reason.text.es).toBeTruthy();
      }
    }
  });

  it('gives the same answer again from memory, per language, until the directory changes', async () => {
    const payload = {
      forWhom: 'someone-i-care-about',
      relationship: 'parent',
      concerns: ['alcohol'],
      where: { zip: '19103' },
    };
    const ask = async (language = 'en') => {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/match',
        payload,
        headers: { 'accept-language': language },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers.etag).toBeUndefined();
      return MatchResponseSchema.parse(response.json()).data;
    };
    const first = await ask();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const again = await ask();
    // Made at the same instant: the answer kept, not worked out again.
    expect(again).toEqual(first);
    const spanish = await ask('es');
    expect(spanish.generatedAt).not.toBe(first.generatedAt);
    expect(spanish.circles.family.items[0]?.reasons[0]?.text.es).toBeTruthy();

    const shown = first.circles.family.items[0];
    const stored = shown && app.directory.index.entry(shown.resourceId)?.resource;
    if (!shown || !stored) throw new Error('the family circle is empty');
    await withWriteTransaction(storage.db, (trx) =>
      upsertResource(trx, { ...stored, name: `${stored.name} (renamed)` }, { actor: 'test' }),
    );
    await app.directory.refresh();
    const after = await ask();
    expect(after.generatedAt).not.toBe(first.generatedAt);
    const renamed = after.circles.family.items.find((item) => item.resourceId === shown.resourceId);
    expect(renamed?.resource?.name).toBe(`${stored.name} (renamed)`);
  });

  it('refuses a body that is not JSON, or that poisons a prototype, as every route does', async () => {
    const bodies = ['{"forWhom":', '{"__proto__":{"polluted":true},"forWhom":"me"}', '{"forWhom":'];
    for (const payload of bodies) {
      const response = await app.inject({
        method: 'POST',
        url: '/v1/match',
        payload,
        headers: { 'content-type': 'application/json' },
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an unknown ZIP and an ambiguous place with what to do', async () => {
    // Asked twice: a refused profile is never kept as an answer.
    for (const where of [{ zip: '00000' }, { place: 'Springfield' }, { zip: '00000' }]) {
      const response = await app.inject({ method: 'POST', url: '/v1/match', payload: { where } });
      expect(response.statusCode).toBe(400);
      expect(ProblemSchema.parse(response.json()).errors?.[0]?.path).toMatch(/^body\.where/);
    }
  });
});
