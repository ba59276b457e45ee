import { readFixture } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../model/resource.js';
import type { Meeting } from '../../model/resource-kinds.js';
import { FEEDS, feedOptions, feedRecords, feedText } from './__tests__/feeds.js';
import { importMeetingGuide } from './import-meeting-guide.js';
import type { MeetingGuideCounts } from './import-report.js';

/** Report counts of each feed, computed once with the options in FEEDS and kept here. */
const EXPECTED_COUNTS: Record<string, MeetingGuideCounts> = {
  'aasepia.json': {
    records: 2038,
    imported: 2038,
    skipped: 0,
    errors: 0,
    warnings: 42,
    infos: 2842,
    byCode: {
      'access-conflict': 15,
      'attendance-inferred': 1901,
      'conference-phone-shortened': 14,
      'coordinates-as-text': 1,
      'end-time-equals-start': 1,
      'fellowship-detected': 1,
      'location-temporarily-closed': 83,
      'slug-normalized': 122,
      'temporarily-closed': 134,
      'type-code-online': 586,
      'type-code-unknown': 26,
    },
  },
  'al-anon.json': {
    records: 360,
    imported: 360,
    skipped: 0,
    errors: 0,
    warnings: 55,
    infos: 295,
    byCode: {
      'conference-phone-invalid': 3,
      'conference-phone-shortened': 1,
      'fellowship-detected': 1,
      inactive: 31,
      'location-temporarily-closed': 87,
      'online-without-link': 3,
      'temporarily-closed': 2,
      'type-code-online': 173,
      'type-code-unknown': 49,
    },
  },
  'appointment.json': {
    records: 2,
    imported: 2,
    skipped: 0,
    errors: 0,
    warnings: 1,
    infos: 4,
    byCode: { 'attendance-inferred': 2, 'by-appointment': 1, 'fellowship-assumed': 1, 'source-assumed': 1 },
  },
  'atlanta.json': {
    records: 6,
    imported: 6,
    skipped: 0,
    errors: 0,
    warnings: 0,
    infos: 2,
    byCode: { 'fellowship-detected': 1, 'source-assumed': 1 },
  },
  'eda.json': {
    records: 185,
    imported: 185,
    skipped: 0,
    errors: 0,
    warnings: 0,
    infos: 117,
    byCode: { 'fellowship-detected': 1, inactive: 1, 'source-assumed': 1, 'type-code-online': 114 },
  },
  'edmonton.json': {
    records: 315,
    imported: 315,
    skipped: 0,
    errors: 0,
    warnings: 0,
    infos: 429,
    byCode: {
      'attendance-inferred': 294,
      'conference-phone-shortened': 14,
      'fellowship-detected': 1,
      'location-temporarily-closed': 22,
      'source-assumed': 1,
      'temporarily-closed': 21,
      'time-12-hour': 1,
      'type-code-online': 74,
      'updated-as-text': 1,
    },
  },
  'meetings.json': {
    records: 46,
    imported: 46,
    skipped: 0,
    errors: 0,
    warnings: 1,
    infos: 48,
    byCode: { 'attendance-inferred': 46, 'fellowship-assumed': 1, 'source-assumed': 1, 'types-as-text': 1 },
  },
  'oc.json': {
    records: 1967,
    imported: 1967,
    skipped: 0,
    errors: 0,
    warnings: 0,
    infos: 539,
    byCode: {
      'by-appointment': 1,
      'fellowship-detected': 1,
      inactive: 2,
      'location-temporarily-closed': 1,
      'source-assumed': 1,
      'type-code-online': 533,
    },
  },
  'oiaa-online-extended-json.json': {
    records: 160,
    imported: 160,
    skipped: 0,
    errors: 0,
    warnings: 4,
    infos: 163,
    byCode: {
      'access-conflict': 2,
      'attendance-inferred': 145,
      'by-appointment': 10,
      'conference-phone-shortened': 1,
      'day-numbering-detected': 1,
      'day-zero-in-1-7-feed': 1,
      'extended-json': 1,
      'fellowship-detected': 1,
      'slug-normalized': 2,
      'time-zone-guessed': 1,
      'type-code-proposed': 2,
    },
  },
  'ontario-quinte-2017.json': {
    records: 45,
    imported: 45,
    skipped: 0,
    errors: 0,
    warnings: 0,
    infos: 47,
    byCode: { 'attendance-inferred': 45, 'fellowship-detected': 1, 'source-assumed': 1 },
  },
  'sussexaa.json': {
    records: 123,
    imported: 123,
    skipped: 0,
    errors: 0,
    warnings: 0,
    infos: 47,
    byCode: {
      'fellowship-detected': 1,
      'location-temporarily-closed': 16,
      'source-assumed': 1,
      'type-code-online': 29,
    },
  },
  'times.json': {
    records: 9,
    imported: 9,
    skipped: 0,
    errors: 0,
    warnings: 2,
    infos: 11,
    byCode: {
      'attendance-inferred': 8,
      'by-appointment': 1,
      'day-as-text': 1,
      'fellowship-assumed': 1,
      'source-assumed': 1,
      'type-code-unknown': 1,
    },
  },
  'timezones.json': {
    records: 2,
    imported: 2,
    skipped: 0,
    errors: 0,
    warnings: 1,
    infos: 1,
    byCode: { 'fellowship-assumed': 1, 'source-assumed': 1 },
  },
};

function importFeed(file: string) {
  return importMeetingGuide(feedText(file), feedOptions(file));
}

function byExternalId(resources: readonly Meeting[], id: string): Meeting {
  const meeting = resources.find((resource) => resource.provenance.externalId === id);
  if (!meeting) throw new Error(`No meeting with external id ${id}`);
  return meeting;
}

describe('importMeetingGuide on every real feed', () => {
  it.each(FEEDS.map(([file]) => file))('%s imports with the report counts on record', (file) => {
    const { report } = importFeed(file);
    expect(report.status).toBe('ok');
    expect(report.counts).toEqual(EXPECTED_COUNTS[file]);
  });

  it.each(FEEDS.map(([file]) => file))('%s: every imported meeting is valid under ResourceSchema', (file) => {
    const { resources } = importFeed(file);
    for (const resource of resources) {
      const checked = ResourceSchema.safeParse(resource);
      if (!checked.success) throw new Error(`${resource.slug}: ${checked.error.message}`);
      expect(checked.data).toEqual(resource);
    }
  });

  it.each(FEEDS.map(([file]) => file))(
    '%s imports at least 99% of records with a name and a day and time or no day at all',
    (file) => {
      const records = feedRecords(file);
      const eligible = records.filter(
        (record) =>
          typeof record.name === 'string' &&
          record.name.trim() !== '' &&
          ((record.day !== undefined && record.time !== undefined) || record.day === undefined),
      );
      const { resources } = importFeed(file);
      const imported = new Set(resources.map((resource) => resource.provenance.externalId));
      const found = eligible.filter((record) => imported.has(String(record.slug)));
      expect(found.length / eligible.length).toBeGreaterThanOrEqual(0.99);
    },
  );

  it.each(FEEDS.map(([file]) => file))(
    '%s: ids and slugs are unique, and every skipped record has an error',
    (file) => {
      const { resources, report } = importFeed(file);
      expect(new Set(resources.map((resource) => resource.id)).size).toBe(resources.length);
      expect(new Set(resources.map((resource) => resource.slug)).size).toBe(resources.length);
      const skippedWithError = new Set(
        report.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.index),
      );
      expect(skippedWithError.size).toBe(report.counts.skipped);
    },
  );

  it('keeps resources identical across runs with the same options (stable ids)', () => {
    const first = importFeed('oc.json').resources;
    const second = importFeed('oc.json').resources;
    expect(second).toEqual(first);
    expect(byExternalId(first, '40-minutes-to-freedom').id).toBe('oc-aa-org-40-minutes-to-freedom');
  });

  it('gives the same meetings from text as from records it was handed, and leaves those records alone', () => {
    const text = feedText('aasepia.json');
    const records = JSON.parse(text) as unknown[];
    const before = JSON.stringify(records);
    const options = { ...feedOptions('aasepia.json'), now: new Date('2026-01-01T00:00:00Z') };
    const fromRecords = importMeetingGuide(records, options);
    expect(JSON.stringify(records)).toBe(before);
    expect(importMeetingGuide(text, options)).toEqual(fromRecords);
  });

  it('still finds exact repeats while it lets go of records it has read', () => {
    const [first, second] = JSON.parse(feedText('aasepia.json')) as Record<string, unknown>[];
    const feed = JSON.stringify([first, second, first, { ...second, name: 'Changed' }]);
    const { report, resources } = importMeetingGuide(feed, { timeZone: 'America/New_York' });
    expect(report.issues.filter((i) => i.code === 'duplicate-record').map((i) => i.index)).toEqual([2]);
    expect(resources).toHaveLength(3);
  });
});

describe('files that are not feeds', () => {
  it('reports invalid.json as invalid JSON with the line and column', () => {
    const { resources, report } = importMeetingGuide(feedText('invalid.json'));
    expect(resources).toEqual([]);
    expect(report.status).toBe('invalid-json');
    expect(report.position).toEqual({ line: 80, column: 3, offset: 1906 });
    expect(report.message).toMatch(/^This file is not valid JSON: .+ at line 80, column 3\.$/);
    expect(report.issues).toEqual([
      expect.objectContaining({
        index: null,
        severity: 'error',
        code: 'invalid-json',
        message: report.message,
      }),
    ]);
  });

  it('refuses an Airtable-style payload and says what it found', () => {
    const airtable = { records: [{ id: 'rec0', createdTime: '2024-01-01T00:00:00.000Z', fields: {} }] };
    const { resources, report } = importMeetingGuide(airtable);
    expect(resources).toEqual([]);
    expect(report.status).toBe('not-a-feed');
    expect(report.message).toMatch(/^This is not a Meeting Guide feed: found an Airtable-style payload/);
    expect(report.counts.errors).toBe(1);
  });

  it('refuses valid JSON with no meetings in it, naming its keys', () => {
    const { report } = importMeetingGuide(readFixture('meeting-guide', 'spec', 'types.json'));
    expect(report.status).toBe('not-a-feed');
    expect(report.message).toContain('an object with keys 11, 12x12, A');
  });

  it('refuses a list of things that are not meetings, and a bare value', () => {
    const spec: unknown = JSON.parse(readFixture('meeting-guide', 'spec', 'types.json'));
    const { report } = importMeetingGuide([spec]);
    expect(report.status).toBe('not-a-feed');
    expect(report.message).toContain('a list of 1 items that do not look like meetings');
    expect(importMeetingGuide('"meetings"').report.message).toBe(
      'This is not a Meeting Guide feed: found a string, not a list of meetings.',
    );
  });

  it('reads the meetings of a wrapper object and says so', () => {
    const wrapped = { meetings: feedRecords('timezones.json') };
    const { resources, report } = importMeetingGuide(wrapped, { now: new Date('2025-01-01T00:00:00Z') });
    expect(resources).toHaveLength(2);
    expect(report.detected.container).toBe('object.meetings');
    expect(report.issues).toContainEqual(expect.objectContaining({ code: 'feed-wrapped', severity: 'info' }));
  });
});

describe('feed variants', () => {
  it('detects the 1–7 day numbering of the oiaa feed from its start dates', () => {
    const { resources, report } = importFeed('oiaa-online-extended-json.json');
    expect(report.detected.dayNumbering).toBe('monday-1');
    expect(report.detected.extendedJson).toBe(true);
    const detection = report.issues.find((issue) => issue.code === 'day-numbering-detected');
    expect(detection).toMatchObject({ index: null, severity: 'info', count: 23 });
    expect(detection?.message).toContain('149 of 149 start dates agree with 1 = Monday … 7 = Sunday');
    // Day 7 at 16:30 in Paris started on Sunday 2026-05-31; day 1 in New York on Monday 2026-06-01.
    expect(byExternalId(resources, 'aa-womens-meeting-1').schedule).toEqual({
      type: 'weekly',
      slots: [{ day: 0, start: '16:30', durationMinutes: 60 }],
      timeZone: 'Europe/Paris',
    });
    expect(byExternalId(resources, 'thepicklejar-womens-aa-meetings-1').schedule).toMatchObject({
      slots: [{ day: 1, start: '11:00' }],
      timeZone: 'America/New_York',
    });
    const dayZero = report.issues.find((issue) => issue.code === 'day-zero-in-1-7-feed');
    expect(dayZero).toMatchObject({
      slug: 'international-big-book-study-group-6',
      path: 'day',
      severity: 'warning',
    });
  });

  it('follows the dayNumbering option over detection', () => {
    const { resources, report } = importMeetingGuide(feedText('oiaa-online-extended-json.json'), {
      ...feedOptions('oiaa-online-extended-json.json'),
      dayNumbering: 'sunday-1',
    });
    expect(report.detected.dayNumbering).toBe('sunday-1');
    expect(byExternalId(resources, 'aa-womens-meeting-1').schedule).toMatchObject({ slots: [{ day: 6 }] });
  });

  it('unwraps Extended JSON ids and dates', () => {
    const { resources } = importFeed('oiaa-online-extended-json.json');
    const meeting = byExternalId(resources, 'thepicklejar-womens-aa-meetings-1');
    expect(meeting.provenance.sourceUpdatedAt).toBe('2025-01-30T14:13:55.582Z');
    expect(meeting.languages).toEqual(['en']);
  });

  it('reads "11:00 AM" times and day arrays on the Edmonton feed', () => {
    const { resources, report } = importFeed('edmonton.json');
    expect(byExternalId(resources, '6').schedule).toEqual({
      type: 'weekly',
      slots: [{ day: 6, start: '11:00' }],
      timeZone: 'America/Edmonton',
    });
    expect(byExternalId(resources, '7').schedule).toMatchObject({ slots: [{ day: 5, start: '20:00' }] });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'time-12-hour', index: null, severity: 'info', count: 315 }),
    );
    expect(byExternalId(resources, '6').provenance.sourceUpdatedAt).toBe('2022-08-25T11:17:07.000Z');
  });

  it('reads days written as text and a meeting with no day as by appointment', () => {
    const { resources } = importFeed('times.json');
    expect(byExternalId(resources, 'monday-7pm').schedule).toEqual({
      type: 'weekly',
      slots: [{ day: 1, start: '19:00', end: '21:00' }],
      timeZone: 'America/Chicago',
    });
    expect(byExternalId(resources, 'appointment').schedule).toEqual({
      type: 'by-appointment',
      timeZone: 'America/Chicago',
    });
  });

  it('reads types written as a string ("C,W")', () => {
    const { resources } = importFeed('meetings.json');
    const women = byExternalId(resources, '5');
    expect(women.typeCodes).toEqual(['C', 'W']);
    expect(women.meetingAccess).toBe('closed');
    expect(women.audiences).toEqual(['women']);
  });

  it('reads a time zone per meeting', () => {
    const { resources } = importFeed('timezones.json');
    expect(resources.map((meeting) => meeting.schedule?.timeZone)).toEqual([
      'America/Los_Angeles',
      'America/New_York',
    ]);
  });

  it('reads address parts, numeric slugs and a country code (Ontario 2017)', () => {
    const { resources } = importFeed('ontario-quinte-2017.json');
    const tweed = byExternalId(resources, '8');
    expect(tweed.location).toEqual({
      precision: 'exact',
      name: 'St Andrews Church',
      street: '55 Victoria St N',
      city: 'Tweed',
      country: 'CA',
      coordinates: { lat: 44.4759824, lng: -77.3114402 },
    });
  });

  it('splits a one-line address, keeps regions as areas and reads text coordinates (aasepia)', () => {
    const { resources } = importFeed('aasepia.json');
    const meeting = byExternalId(resources, 'meeting-1937-macdade-boulevard-woodlyn-pa-19094-usa-0-000000');
    expect(meeting.location).toEqual({
      precision: 'exact',
      name: '1937 West MacDade Blvd (D54)',
      street: '1937 West MacDade Boulevard',
      city: 'Woodlyn',
      region: 'PA',
      postalCode: '19094',
      country: 'US',
      areas: ['Delaware County', 'Woodlyn'],
      coordinates: { lat: 39.8712402, lng: -75.3543743 },
    });
    expect(meeting.schedule).toEqual({
      type: 'weekly',
      slots: [{ day: 0, start: '00:00', end: '01:00' }],
      timeZone: 'America/New_York',
    });
  });

  it('turns conference fields into join info with the platform from the host', () => {
    const { resources } = importFeed('aasepia.json');
    const zoom = byExternalId(resources, 'shoulder-shoulder-group-Sun12am');
    expect(zoom.online).toEqual({
      url: 'https://us02web.zoom.us/j/503536771?pwd=b3RTYXNqRFREQ2NidjJydk9hRy9Bdz09',
      platform: 'zoom',
      meetingId: '503536771',
      phone: '+13017158592,,503536771#',
    });
    expect(zoom.slug).toBe('shoulder-shoulder-group-sun12am');
    const eda = importFeed('eda.json').resources;
    expect(eda.some((meeting) => meeting.online?.platform === 'discord')).toBe(true);
    const oc = byExternalId(importFeed('oc.json').resources, 'dog-and-pony-show');
    expect(oc.attendance).toEqual(['in-person']);
  });

  it('reads conference_url_notes as joining notes', () => {
    const meeting = byExternalId(
      importFeed('oiaa-online-extended-json.json').resources,
      'thepicklejar-womens-aa-meetings-1',
    );
    expect(meeting.online).toMatchObject({
      url: 'https://us06web.zoom.us/j/5623930637',
      platform: 'zoom',
      notes: 'ID: 562 3930 637 Passcode: See our website',
    });
    expect(meeting.attendance).toEqual(['online']);
  });

  it('reads attendance_option, and TC as online-only or temporarily closed', () => {
    const alAnon = importFeed('al-anon.json');
    expect(byExternalId(alAnon.resources, '25037-par-ents-afg').attendance).toEqual(['online', 'phone']);
    const inactive = alAnon.resources.filter((meeting) => meeting.status === 'inactive');
    expect(inactive).toHaveLength(31);

    const aasepia = importFeed('aasepia.json');
    const closed = aasepia.report.issues.find((issue) => issue.code === 'temporarily-closed');
    const closedMeeting = aasepia.resources.find((meeting) => meeting.provenance.externalId === closed?.slug);
    expect(closedMeeting?.status).toBe('temporarily-closed');
    expect(closedMeeting?.typeCodes).toContain('TC');
    const online = aasepia.report.issues.find((issue) => issue.code === 'location-temporarily-closed');
    const onlineMeeting = aasepia.resources.find((meeting) => meeting.provenance.externalId === online?.slug);
    expect(onlineMeeting?.status).toBe('active');
    expect(onlineMeeting?.attendance).not.toContain('in-person');
    expect(onlineMeeting?.attendance).toContain('online');
  });

  it('infers the circle and fellowship from the feed, or takes them from the options', () => {
    const alAnon = importFeed('al-anon.json');
    expect(alAnon.report.detected).toMatchObject({ fellowship: 'Al-Anon', fellowshipFrom: 'feed' });
    for (const meeting of alAnon.resources) {
      expect(meeting).toMatchObject({
        circles: ['family'],
        serves: 'family-and-friends',
        fellowship: 'Al-Anon',
      });
    }
    const aa = importFeed('aasepia.json').resources[0];
    expect(aa).toMatchObject({
      circles: ['peers'],
      fellowship: 'AA',
      concerns: ['alcohol'],
      approaches: ['twelve-step'],
    });
    expect(importFeed('eda.json').resources[0]).toMatchObject({
      fellowship: 'EDA',
      concerns: ['eating-disorders'],
    });

    const meetings = importFeed('meetings.json');
    expect(meetings.report.detected.fellowshipFrom).toBe('assumed');
    expect(meetings.report.issues).toContainEqual(
      expect.objectContaining({ code: 'fellowship-assumed', severity: 'warning' }),
    );

    const asAlAnon = importMeetingGuide(feedText('meetings.json'), {
      ...feedOptions('meetings.json'),
      fellowship: 'al-anon',
    });
    expect(asAlAnon.report.detected).toMatchObject({ fellowship: 'Al-Anon', fellowshipFrom: 'option' });
    expect(asAlAnon.resources[0]?.circles).toEqual(['family']);
  });

  it('keeps unknown codes as tags with a warning, and ONL as a tag read as online', () => {
    const { resources, report } = importFeed('aasepia.json');
    const unknown = report.issues.find((issue) => issue.code === 'type-code-unknown');
    expect(unknown?.message).toBe('"ASBI" is not a Meeting Guide type code; kept as a tag.');
    const meeting = resources.find((resource) => resource.provenance.externalId === unknown?.slug);
    expect(meeting?.tags).toContain('ASBI');
    const online = resources.find((resource) => resource.typeCodes.includes('ONL'));
    expect(online?.tags).toContain('ONL');

    const alAnon = importFeed('al-anon.json').resources;
    expect(alAnon.some((resource) => resource.tags.includes('AC'))).toBe(true);
    expect(alAnon.some((resource) => resource.tags.includes('LGBTQIA'))).toBe(true);
  });

  it("keeps the source, external id and the feed's updated date; verification stays empty", () => {
    const meeting = byExternalId(importFeed('oc.json').resources, '40-minutes-to-freedom');
    expect(meeting.provenance).toEqual({
      source: 'oc-aa.org',
      sourceUrl: 'https://oc-aa.org/meetings/40-minutes-to-freedom/',
      externalId: '40-minutes-to-freedom',
      importedAt: '2025-01-01T00:00:00.000Z',
      sourceUpdatedAt: '2023-08-29T15:56:59.000Z',
    });
    expect(meeting.verification).toEqual({ verifiedAt: null });
  });

  it('checks every record against the schema when asked, with the same result', () => {
    const plain = importFeed('sussexaa.json');
    const validated = importMeetingGuide(feedText('sussexaa.json'), {
      ...feedOptions('sussexaa.json'),
      validate: true,
    });
    expect(validated).toEqual(plain);
  });
});
