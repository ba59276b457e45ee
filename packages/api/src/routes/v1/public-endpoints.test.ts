import { ProblemSchema, ResourceSchema, VocabulariesResponseSchema } from '@recovery-circles/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshStorage } from '../../../test/backends.js';
import { type AppInstance, buildApp } from '../../app.js';
import type { Storage } from '../../db/database.js';
import { upsertResource, withWriteTransaction } from '../../repositories/resources.js';

const exampleMeeting = ResourceSchema.parse({
  kind: 'meeting',
  id: 'test-example-tuesday-group',
  slug: 'test-example-tuesday-group',
  name: 'Example Tuesday Group',
  circles: ['peers'],
  serves: 'person-in-recovery',
  fellowship: 'AA',
  meetingAccess: 'open',
  schedule: {
    type: 'weekly',
    timeZone: 'America/New_York',
    slots: [{ day: 2, start: '19:00', end: '20:00' }],
  },
  location: { city: 'Philadelphia', region: 'PA', country: 'US', coordinates: { lat: 39.95, lng: -75.16 } },
  provenance: { source: 'api-test', externalId: 'tuesday' },
});

describe.each(BACKENDS)('public endpoints on %s', (backend) => {
  let storage: Storage;
  let app: AppInstance;

  beforeAll(async () => {
    storage = await freshStorage(backend);
    app = await buildApp({ storage });
    await withWriteTransaction(storage.db, (trx) => upsertResource(trx, exampleMeeting, { actor: 'test' }));
  });
  afterAll(async () => {
    await app.close();
    await storage.close();
  });

  it('serves every vocabulary in English and Spanish', async () => {
    const response = await app.inject('/v1/vocabularies');
    const { data } = VocabulariesResponseSchema.parse(response.json());
    expect(data.circles.map((c) => c.id)).toEqual(['family', 'peers', 'professionals', 'crisis']);
    expect(data.concerns.find((c) => c.id === 'opioids')?.label.es).toBeTruthy();
  });

  describe('geocode', () => {
    it('finds a ZIP code offline', async () => {
      const body = (await app.inject('/v1/geocode?zip=19103')).json();
      expect(body.candidates[0]).toMatchObject({ zip: '19103', source: 'census-zcta' });
      expect(body.candidates[0].lat).toBeCloseTo(39.95, 1);
    });

    it('answers an unknown ZIP with a 404 that says what to do', async () => {
      const response = await app.inject('/v1/geocode?zip=00000');
      expect(response.statusCode).toBe(404);
      expect(ProblemSchema.parse(response.json()).detail).toMatch(/City, ST/);
    });

    it('lists candidates for an ambiguous place, and one for "City, ST"', async () => {
      const ambiguous = (await app.inject('/v1/geocode?place=Springfield')).json();
      expect(ambiguous.ambiguous).toBe(true);
      expect(ambiguous.candidates.length).toBeGreaterThan(3);
      const one = (await app.inject(`/v1/geocode?place=${encodeURIComponent('Springfield, IL')}`)).json();
      expect(one.ambiguous).toBe(false);
      expect(one.candidates).toHaveLength(1);
    });

    it('refuses both or neither of zip and place', async () => {
      for (const query of ['', '?zip=19103&place=Dayton,%20OH', '?zip=abc']) {
        const response = await app.inject(`/v1/geocode${query}`);
        expect(response.statusCode).toBe(400);
        expect(ProblemSchema.parse(response.json()).code).toBe('validation_failed');
      }
    });
  });

  describe('one resource', () => {
    it('returns a stored resource with its next occurrences', async () => {
      const body = (await app.inject(`/v1/resources/${exampleMeeting.id}`)).json();
      expect(body.data.name).toBe('Example Tuesday Group');
      expect(body.nextOccurrences).toHaveLength(5);
      const start = new Date(body.nextOccurrences[0].start);
      const local = start.toLocaleString('en-US', {
        timeZone: 'America/New_York',
        weekday: 'short',
        hour: 'numeric',
      });
      expect(local).toBe('Tue 7 PM');
    });

    it('serves the national programs from the starter data', async () => {
      const response = await app.inject('/v1/resources/national-al-anon');
      expect(response.statusCode).toBe(200);
      expect(response.json().data.circles).toEqual(['family']);
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      expect((await app.inject('/v1/resources/no-such-thing')).statusCode).toBe(404);
      expect((await app.inject('/v1/resources/Not%20An%20Id')).statusCode).toBe(400);
    });

    it('sends an ETag and answers 304 when it has not changed', async () => {
      const first = await app.inject('/v1/resources/national-al-anon');
      const etag = first.headers.etag;
      expect(etag).toBeTruthy();
      const again = await app.inject({
        url: '/v1/resources/national-al-anon',
        headers: { 'if-none-match': String(etag) },
      });
      expect(again.statusCode).toBe(304);
    });

    it('makes a calendar for a meeting, and says why there is none for a program', async () => {
      const ics = await app.inject(`/v1/resources/${exampleMeeting.id}/calendar.ics`);
      expect(ics.statusCode).toBe(200);
      expect(ics.headers['content-type']).toContain('text/calendar');
      expect(ics.body).toContain('RRULE:FREQ=WEEKLY;BYDAY=TU');
      expect(ics.body).toContain('BEGIN:VTIMEZONE');
      expect((await app.inject('/v1/resources/national-al-anon/calendar.ics')).statusCode).toBe(404);
    });
  });

  describe('suggestions', () => {
    const post = (payload: unknown) =>
      app.inject({ method: 'POST', url: '/v1/suggestions', payload: payload as object });

    it('stores a field-level problem report as pending', async () => {
      const response = await post({
        type: 'problem',
        resourceId: exampleMeeting.id,
        changes: [{ field: 'schedule.slots.0.start', proposed: 'It starts at 7:30 pm now' }],
      });
      expect(response.statusCode).toBe(202);
      const row = await storage.db
        .selectFrom('suggestions')
        .selectAll()
        .where('id', '=', response.json().id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', type: 'problem', resource_id: exampleMeeting.id });
    });

    it('drops a filled honeypot quietly', async () => {
      const before = await storage.db.selectFrom('suggestions').select('id').execute();
      const response = await post({
        type: 'new-resource',
        message: 'A new group',
        website: 'http://spam.example',
      });
      expect(response.statusCode).toBe(202);
      const after = await storage.db.selectFrom('suggestions').select('id').execute();
      expect(after).toHaveLength(before.length);
    });

    it('refuses bad input with field errors, never a 500', async () => {
      for (const payload of [
        {},
        { type: 'problem', message: 'x' },
        { type: 'new-resource' },
        { type: 'x' },
        [],
      ]) {
        const response = await post(payload);
        expect(response.statusCode).toBe(400);
        expect(ProblemSchema.parse(response.json()).errors?.length).toBeGreaterThan(0);
      }
      const broken = await app.inject({
        method: 'POST',
        url: '/v1/suggestions',
        headers: { 'content-type': 'application/json' },
        payload: '{"type": ',
      });
      expect(broken.statusCode).toBe(400);
      expect(broken.headers['content-type']).toContain('application/problem+json');
    });

    it('answers 404 for a report about an unknown resource', async () => {
      expect(
        (await post({ type: 'problem', resourceId: 'no-such-thing', message: 'closed' })).statusCode,
      ).toBe(404);
    });

    it('limits how often one client can post', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 12; i += 1)
        statuses.push((await post({ type: 'new-resource', message: `n${i}` })).statusCode);
      expect(statuses).toContain(429);
    });
  });
});
