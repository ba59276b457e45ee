import { describe, expect, it } from 'vitest';
import { ResourceSchema } from '../../model/resource.js';
import { feedOptions, feedRecord } from './__tests__/feeds.js';
import { importMeetingGuide } from './import-meeting-guide.js';

/*
 * The real feeds are clean where coordinates and slugs are concerned, so each defect is
 * made by changing one field of a real record — the way such defects arise in the wild.
 */

const OPTIONS = feedOptions('oc.json');
const SLUG = '40-minutes-to-freedom';
// The record's own point: 3186 Pullman St, Costa Mesa, CA.
const LAT = 33.6850173;
const LNG = -117.8720761;

function importOne(change: (record: Record<string, unknown>) => void) {
  const record = feedRecord('oc.json', SLUG);
  change(record);
  const { resources, report } = importMeetingGuide([record], OPTIONS);
  const recordIssues = report.issues.filter((issue) => issue.index !== null);
  return { meeting: resources[0], issues: recordIssues, report };
}

describe('coordinate defects', () => {
  it('keeps a good point as it is', () => {
    const { meeting, issues } = importOne(() => {});
    expect(meeting?.location?.coordinates).toEqual({ lat: LAT, lng: LNG });
    expect(issues).toEqual([]);
  });

  it('swaps back latitude and longitude given the wrong way round', () => {
    const { meeting, issues } = importOne((record) => {
      record.latitude = LNG;
      record.longitude = LAT;
    });
    expect(meeting?.location?.coordinates).toEqual({ lat: LAT, lng: LNG });
    expect(issues).toEqual([
      expect.objectContaining({
        index: 0,
        slug: SLUG,
        path: 'latitude',
        severity: 'warning',
        code: 'coordinates-swapped',
      }),
    ]);
  });

  it('puts back a missing minus sign on a US longitude', () => {
    const { meeting, issues } = importOne((record) => {
      record.longitude = -LNG;
    });
    expect(meeting?.location?.coordinates).toEqual({ lat: LAT, lng: LNG });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'longitude-sign-flipped', severity: 'warning' }),
    ]);
  });

  it('drops 0, 0 (a failed geocode) and says so', () => {
    const { meeting, issues } = importOne((record) => {
      record.latitude = 0;
      record.longitude = '0';
    });
    expect(meeting?.location?.coordinates).toBeUndefined();
    expect(meeting?.location?.street).toBe('3186 Pullman St');
    expect(issues).toEqual([
      expect.objectContaining({ code: 'coordinates-null-island', severity: 'warning' }),
    ]);
  });

  it("keeps but flags a point outside the address's country", () => {
    // London's point on a Costa Mesa address: not fixable, so kept for a curator to check.
    const { meeting, issues } = importOne((record) => {
      record.latitude = 51.5072178;
      record.longitude = -0.1275862;
    });
    expect(meeting?.location?.coordinates).toEqual({ lat: 51.5072178, lng: -0.1275862 });
    expect(issues).toEqual([
      expect.objectContaining({ code: 'coordinates-outside-country', severity: 'warning' }),
    ]);
  });

  it('drops a half point and text that is not a number', () => {
    expect(importOne((record) => delete record.longitude).issues).toEqual([
      expect.objectContaining({ code: 'coordinates-partial' }),
    ]);
    const { meeting, issues } = importOne((record) => {
      record.latitude = 'n/a';
    });
    expect(meeting?.location?.coordinates).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ code: 'coordinates-invalid' })]);
  });
});

describe('record defects', () => {
  it('renames a repeated slug and warns, keeping both meetings', () => {
    const first = feedRecord('oc.json', SLUG);
    const second = feedRecord('oc.json', 'dog-and-pony-show');
    second.slug = SLUG;
    const { resources, report } = importMeetingGuide([first, second], OPTIONS);
    expect(resources.map((meeting) => meeting.slug)).toEqual([SLUG, `${SLUG}-2`]);
    expect(new Set(resources.map((meeting) => meeting.id)).size).toBe(2);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        index: 1,
        slug: SLUG,
        path: 'slug',
        severity: 'warning',
        code: 'slug-duplicate',
      }),
    );
  });

  it('skips an exact repeat of a record with an error', () => {
    const record = feedRecord('oc.json', SLUG);
    const { resources, report } = importMeetingGuide([record, structuredClone(record)], OPTIONS);
    expect(resources).toHaveLength(1);
    expect(report.counts).toMatchObject({ records: 2, imported: 1, skipped: 1, errors: 1 });
    expect(report.issues).toContainEqual(
      expect.objectContaining({ index: 1, code: 'duplicate-record', severity: 'error' }),
    );
  });

  it('uses the group name when the name is missing, and skips a record with neither', () => {
    const named = feedRecord('sussexaa.json', 'rehoboth-beach-speaker');
    delete named.name;
    const nameless = feedRecord('sussexaa.json', 'last-call');
    delete nameless.name;
    delete nameless.group;
    const { resources, report } = importMeetingGuide([named, nameless], feedOptions('sussexaa.json'));
    expect(resources.map((meeting) => meeting.name)).toEqual(['Rehoboth Beach Sunday Group']);
    expect(report.issues).toContainEqual(
      expect.objectContaining({ index: 0, code: 'name-from-group', severity: 'warning' }),
    );
    expect(report.issues).toContainEqual(
      expect.objectContaining({ index: 1, code: 'name-missing', severity: 'error' }),
    );
    expect(report.counts).toMatchObject({ records: 2, imported: 1, skipped: 1 });
  });

  it('never throws on entries that are not records, and reports each', () => {
    const meetings = [SLUG, 'dog-and-pony-show', 'under-the-bridge'].map((slug) =>
      feedRecord('oc.json', slug),
    );
    const { resources, report } = importMeetingGuide(
      [meetings[0], null, 7, meetings[1], 'text', meetings[2]],
      OPTIONS,
    );
    expect(resources).toHaveLength(3);
    expect(
      report.issues.filter((issue) => issue.code === 'not-an-object').map((issue) => issue.index),
    ).toEqual([1, 2, 4]);
    expect(report.counts).toMatchObject({ records: 6, imported: 3, skipped: 3 });
  });

  it('never throws whatever type a field of a real record holds', () => {
    const oddValues: unknown[] = [
      null,
      '',
      '  ',
      0,
      -1,
      1e300,
      true,
      {},
      [],
      [null],
      { $oid: 1 },
      'x'.repeat(6000),
    ];
    const original = feedRecord('aasepia.json', 'shoulder-shoulder-group-Sun12am');
    for (const field of [
      ...Object.keys(original),
      'timezone',
      'attendance_option',
      'duration',
      'languages',
      'email',
    ]) {
      for (const value of oddValues) {
        const record = { ...original, [field]: value };
        const { resources, report } = importMeetingGuide([record], feedOptions('aasepia.json'));
        expect(report.counts.imported + report.counts.skipped).toBe(1);
        for (const meeting of resources) expect(ResourceSchema.safeParse(meeting).success).toBe(true);
      }
    }
  });

  it('keeps a meeting whose day, time or zone cannot be read, without a schedule, and says why', () => {
    const badDay = importOne((record) => {
      record.day = 9;
    });
    expect(badDay.meeting?.schedule).toBeUndefined();
    expect(badDay.issues).toEqual([expect.objectContaining({ code: 'day-invalid', path: 'day' })]);

    const badTime = importOne((record) => {
      record.time = 'evening';
    });
    expect(badTime.meeting?.schedule).toBeUndefined();
    expect(badTime.issues).toEqual([expect.objectContaining({ code: 'time-invalid', path: 'time' })]);

    const record = feedRecord('ontario-quinte-2017.json', '8');
    const noZone = importMeetingGuide([record], { now: OPTIONS.now ?? new Date() });
    expect(noZone.resources[0]?.schedule).toBeUndefined();
    expect(noZone.report.issues).toContainEqual(
      expect.objectContaining({ code: 'time-zone-missing', severity: 'warning' }),
    );
  });

  it('guesses a zone from the state when none is given, and says it is a guess', () => {
    const { resources, report } = importMeetingGuide([feedRecord('oc.json', SLUG)], {
      now: OPTIONS.now ?? new Date(),
    });
    expect(resources[0]?.schedule?.timeZone).toBe('America/Los_Angeles');
    expect(report.issues).toContainEqual(
      expect.objectContaining({ code: 'time-zone-guessed', severity: 'warning', path: 'timezone' }),
    );
  });
});
