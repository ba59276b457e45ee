import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../geo/lat-lng.js';
import type { Meeting } from '../../model/resource-kinds.js';
import { feedOptions, feedText } from './__tests__/feeds.js';
import { exportMeetingGuide } from './export-meeting-guide.js';
import { importMeetingGuide } from './import-meeting-guide.js';
import { MeetingGuideMeetingSchema } from './meeting-guide-schema.js';
import { CANONICAL_TYPE_CODES, typeCodeInfo } from './type-codes.js';

function importFeed(file: string): Meeting[] {
  return importMeetingGuide(feedText(file), feedOptions(file)).resources;
}

/** When a weekly slot ends, however it is written ("end" or a duration). */
function slotTimes(meeting: Meeting) {
  const schedule = meeting.schedule;
  if (schedule?.type !== 'weekly') return schedule;
  return {
    timeZone: schedule.timeZone,
    slots: schedule.slots.map((slot) => {
      if (slot.end !== undefined || slot.durationMinutes === undefined)
        return { day: slot.day, start: slot.start, end: slot.end };
      const [h = 0, m = 0] = slot.start.split(':').map(Number);
      const total = (h * 60 + m + slot.durationMinutes) % 1440;
      return {
        day: slot.day,
        start: slot.start,
        end: `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`,
      };
    }),
  };
}

function address(meeting: Meeting) {
  const { street, city, region, postalCode, country, name, notes, areas, precision } = meeting.location ?? {};
  return { street, city, region, postalCode, country, name, notes, areas, precision };
}

function officialCodes(meeting: Meeting): string[] {
  return meeting.typeCodes.filter((code) => typeCodeInfo(code)?.origin === 'official');
}

describe('exportMeetingGuide', () => {
  it.each(['aasepia.json', 'oc.json', 'al-anon.json', 'oiaa-online-extended-json.json'])(
    '%s: import → export → import keeps names, slugs, times, zones, addresses, points, types and join info',
    (file) => {
      const first = importFeed(file);
      const feed = exportMeetingGuide(first);
      for (const record of feed) expect(MeetingGuideMeetingSchema.safeParse(record).success).toBe(true);
      expect(feed).toHaveLength(first.length);

      const again = importMeetingGuide(JSON.stringify(feed), feedOptions(file));
      expect(again.report.counts.skipped).toBe(0);
      expect(again.resources).toHaveLength(first.length);
      first.forEach((before, index) => {
        const after = again.resources[index];
        if (!after) throw new Error(`${before.provenance.externalId} was lost`);
        expect(after.name).toBe(before.name);
        const slug = before.provenance.externalId ?? '';
        if (slug.length <= 64) {
          expect(after.provenance.externalId).toBe(slug);
          expect(after.slug).toBe(before.slug);
        } else {
          // The spec caps slugs at 64 characters: a longer one keeps its start and gains a hash.
          expect(after.provenance.externalId?.length).toBeLessThanOrEqual(64);
          expect(slug.startsWith(after.provenance.externalId?.slice(0, 50) ?? '-')).toBe(true);
        }
        expect(slotTimes(after)).toEqual(slotTimes(before));
        expect(address(after)).toEqual(address(before));
        const [a, b] = [before.location?.coordinates, after.location?.coordinates];
        if (a && b && before.location?.precision === 'exact') expect(b).toEqual(a);
        // Approximate places are written rounded to about 1 km.
        else if (a && b) expect(distanceKm(a, b)).toBeLessThan(1);
        else expect(b).toEqual(a);
        // "O" beside "C" was read as closed on import (reported as access-conflict), so only "C" is written.
        const kept = officialCodes(before).filter(
          (code) => !(code === 'O' && before.meetingAccess === 'closed'),
        );
        for (const code of kept) expect(after.typeCodes).toContain(code);
        // Only official codes are written, so a feature only a proposed code names ("D-HOH") stays behind.
        const writable = (features: readonly string[]) =>
          features.filter((feature) => feature in CANONICAL_TYPE_CODES.accessibility);
        expect([
          after.meetingAccess,
          after.audiences,
          after.languages,
          writable(after.accessibility),
        ]).toEqual([
          before.meetingAccess,
          before.audiences,
          before.languages,
          writable(before.accessibility),
        ]);
        expect(after.online?.url).toBe(before.online?.url);
        expect(after.online?.notes).toBe(before.online?.notes);
        expect(after.online?.platform).toBe(before.online?.platform);
        // The spec allows only digits, +, commas, * and # in a dial-in.
        expect(after.online?.phone?.replace(/[^0-9+,*#]/g, '')).toBe(
          before.online?.phone?.replace(/[^0-9+,*#]/g, ''),
        );
        expect([after.attendance, after.status]).toEqual([before.attendance, before.status]);
        // `updated` is written to the second.
        expect(after.provenance.sourceUpdatedAt?.slice(0, 19)).toBe(
          before.provenance.sourceUpdatedAt?.slice(0, 19),
        );
      });
    },
  );

  it("writes the spec's shapes: one day, HH:MM times, IANA zone, numeric points, UTC updated", () => {
    const [record] = exportMeetingGuide(importFeed('aasepia.json').slice(0, 1));
    expect(record).toEqual({
      name: 'Chester-Woodlyn',
      slug: 'meeting-1937-macdade-boulevard-woodlyn-pa-19094-usa-0-000000',
      types: ['C'],
      notes: 'Opposite Woodlyn Shopping Center',
      group: 'D54 / GSO #112235',
      location: '1937 West MacDade Blvd (D54)',
      formatted_address: '1937 West MacDade Boulevard, Woodlyn, PA 19094, USA',
      address: '1937 West MacDade Boulevard',
      city: 'Woodlyn',
      state: 'PA',
      postal_code: '19094',
      country: 'USA',
      latitude: 39.8712402,
      longitude: -75.3543743,
      approximate: 'no',
      regions: ['Delaware County', 'Woodlyn'],
      region: 'Delaware County',
      sub_region: 'Woodlyn',
      timezone: 'America/New_York',
      attendance_option: 'in_person',
      updated: '2020-10-27 16:17:24',
      url: 'https://www.aasepia.org/meetings/?meeting=meeting-1937-macdade-boulevard-woodlyn-pa-19094-usa-0-000000',
      day: 0,
      time: '00:00',
      end_time: '01:00',
    });
  });

  it("writes 12-hour and 1–7 feeds back in the spec's numbering and clock", () => {
    const edmonton = exportMeetingGuide(importFeed('edmonton.json'));
    expect(edmonton.find((record) => record.slug === '6')).toMatchObject({
      day: 6,
      time: '11:00',
      timezone: 'America/Edmonton',
    });
    const oiaa = exportMeetingGuide(importFeed('oiaa-online-extended-json.json'));
    expect(oiaa.find((record) => record.slug === 'aa-womens-meeting-1')).toMatchObject({
      day: 0,
      time: '16:30',
      end_time: '17:30',
      timezone: 'Europe/Paris',
    });
    // By-appointment meetings carry no day or time.
    const appointment = oiaa.find((record) => record.slug === 'jcmc-group');
    expect(appointment?.day).toBeUndefined();
    expect(appointment?.time).toBeUndefined();
  });

  it('writes only official codes, worked out from the fields', () => {
    const meetings = importFeed('aasepia.json');
    const withOnl = meetings.find(
      (meeting) => meeting.typeCodes.includes('ONL') && meeting.tags.includes('ASBI'),
    );
    if (!withOnl) throw new Error('fixture changed');
    const [record] = exportMeetingGuide([withOnl]);
    expect(record?.types).not.toContain('ONL');
    expect(record?.types).not.toContain('ASBI');
    const changed: Meeting = { ...withOnl, meetingAccess: 'open', audiences: ['women'], languages: ['es'] };
    const [rewritten] = exportMeetingGuide([changed]);
    expect(rewritten?.types).toEqual(expect.arrayContaining(['O', 'W', 'S']));
    expect(rewritten?.types).not.toContain('C');
  });

  it('writes one record per weekly slot, each with its own slug', () => {
    const meeting = importFeed('oc.json').find(
      (item) => item.provenance.externalId === '40-minutes-to-freedom',
    );
    if (meeting?.schedule?.type !== 'weekly') throw new Error('fixture changed');
    const twice: Meeting = {
      ...meeting,
      schedule: {
        ...meeting.schedule,
        slots: [...meeting.schedule.slots, { day: 4, start: '07:00', end: '08:00' }],
      },
    };
    const records = exportMeetingGuide([twice]);
    expect(records.map((record) => [record.slug, record.day, record.time, record.end_time])).toEqual([
      ['40-minutes-to-freedom-mon-1930', 1, '19:30', '20:15'],
      ['40-minutes-to-freedom-thu-0700', 4, '07:00', '08:00'],
    ]);
  });

  it("never writes a confidential location's street, venue or coordinates", () => {
    const meeting = importFeed('oc.json').find(
      (item) => item.provenance.externalId === '40-minutes-to-freedom',
    );
    if (!meeting?.location) throw new Error('fixture changed');
    const hidden: Meeting = { ...meeting, location: { ...meeting.location, precision: 'confidential' } };
    const [record] = exportMeetingGuide([hidden]);
    expect(record).not.toHaveProperty('address');
    expect(record).not.toHaveProperty('location');
    expect(record).not.toHaveProperty('latitude');
    expect(record).not.toHaveProperty('longitude');
    expect(record).toMatchObject({
      formatted_address: 'Costa Mesa, CA 92626, USA',
      city: 'Costa Mesa',
      approximate: 'yes',
    });
    expect(JSON.stringify(record)).not.toContain('Pullman');
  });

  it('writes inactive meetings as inactive, or leaves them out when asked', () => {
    const meetings = importFeed('al-anon.json');
    const all = exportMeetingGuide(meetings);
    expect(all.filter((record) => record.attendance_option === 'inactive')).toHaveLength(31);
    expect(exportMeetingGuide(meetings, { includeInactive: false })).toHaveLength(meetings.length - 31);
  });
});
