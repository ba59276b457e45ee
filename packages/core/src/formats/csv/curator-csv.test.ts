import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';
import { CURATOR_CSV_COLUMNS, curatorCsvTemplate } from './curator-columns.js';
import { exportCuratorCsv, importCuratorCsv, parseCuratorDay } from './curator-csv.js';

const MEETINGS = [
  'id,name,fellowship,days,start,end,time_zone,access,attendance,concerns,languages,cost,city,region,postal_code,country,latitude,longitude,email',
  'example-group-evening,Example Group,AA,Monday; Wed,19:00,20:00,America/Chicago,open,in-person,alcohol,en; es,donation,Example City,IL,601,US,41.5,-88.1,group@example.org',
  'example-group-evening,Example Group,AA,6,10:00,11:30,America/Chicago,open,in-person,alcohol,en; es,donation,Example City,IL,601,US,41.5,-88.1,group@example.org',
  ',Example Online Group,,0,21:00,,UTC,closed,online,,,,,,,,,,',
].join('\r\n');

describe('curator CSV', () => {
  it('documents every column and serves a template with an explanation row', () => {
    const template = parseCsv(curatorCsvTemplate('meetings')).rows;
    expect(template[0]).toEqual(CURATOR_CSV_COLUMNS.meetings.map((column) => column.name));
    expect(template[1]?.[0]).toMatch(/^# /);
    expect(template[1]?.[template[0]?.indexOf('days') ?? -1]).toContain('0 = Sunday');
    expect(importCuratorCsv(curatorCsvTemplate('services'), 'services')).toEqual({
      resources: [],
      issues: [],
    });
  });

  it('reads day names and numbers', () => {
    expect(['Sunday', 'tue', 'TH', '6', 'sa'].map(parseCuratorDay)).toEqual([0, 2, 4, 6, 6]);
    expect(parseCuratorDay('7')).toBeUndefined();
    expect(parseCuratorDay('t')).toBeUndefined();
  });

  it('imports meetings, joining rows with the same id into one meeting', () => {
    const { resources, issues } = importCuratorCsv(MEETINGS, 'meetings');
    expect(resources.map((resource) => resource.id)).toEqual([
      'example-group-evening',
      'example-online-group-sun-21-00',
    ]);
    const first = resources[0];
    if (first?.kind !== 'meeting') throw new Error('expected a meeting');
    expect(first.schedule).toEqual({
      type: 'weekly',
      timeZone: 'America/Chicago',
      slots: [
        { day: 1, start: '19:00', end: '20:00' },
        { day: 3, start: '19:00', end: '20:00' },
        { day: 6, start: '10:00', end: '11:30' },
      ],
    });
    expect(first).toMatchObject({
      meetingAccess: 'open',
      fellowship: 'AA',
      circles: ['peers'],
      languages: ['en', 'es'],
    });
    expect(first.location).toMatchObject({ postalCode: '00601', coordinates: { lat: 41.5, lng: -88.1 } });
    expect(issues).toEqual([
      expect.objectContaining({ index: 2, field: 'postal_code', severity: 'info', code: 'zip-repaired' }),
      expect.objectContaining({ index: 3, field: 'postal_code', severity: 'info', code: 'zip-repaired' }),
    ]);
  });

  it('round-trips meetings and services', () => {
    const meetings = importCuratorCsv(MEETINGS, 'meetings').resources;
    const again = importCuratorCsv(exportCuratorCsv(meetings, 'meetings'), 'meetings');
    expect(again.issues).toEqual([]);
    expect(again.resources).toEqual(meetings);

    const services = [
      'name,organization_name,circles,serves,concerns,cost,hours,time_zone,city,region,website,verified_at',
      'Example Counseling,Example Organization,professionals,both,opioids; alcohol,sliding-scale; medicaid,Mon-Fri 09:00-17:00; Sat 10:00-14:00,America/New_York,Example City,PA,https://example.org,2025-01-15',
      'Example Line,,crisis,,,free,24/7,,,,,',
    ].join('\n');
    const imported = importCuratorCsv(services, 'services');
    expect(imported.issues).toEqual([]);
    expect(imported.resources).toHaveLength(2);
    const counseling = imported.resources[0];
    expect(counseling?.schedule?.type === 'opening-hours' ? counseling.schedule.hours.length : 0).toBe(6);
    expect(counseling?.verification.verifiedAt).toBe('2025-01-15T00:00:00.000Z');
    expect(imported.resources[1]?.schedule).toEqual({ type: 'always' });
    const roundTrip = importCuratorCsv(exportCuratorCsv(imported.resources, 'services'), 'services');
    expect(roundTrip.issues).toEqual([]);
    expect(roundTrip.resources).toEqual(imported.resources);
  });

  it('reports malformed rows by row number and column, and keeps the good rows', () => {
    const text = [
      'name,days,start,end,time_zone,concerns,latitude,longitude,access',
      'Example Group,Monday,19:00,,America/Chicago,alcohol,,,open',
      ',Funday,7pm,,Mars/Olympus,,,,',
      'Example Group Two,2,25:00,,America/Chicago,alcohol; not-a-concern,95,10,sometimes',
      '"Example Group Three",Tue,08:00,,America/Chicago,,,,',
    ].join('\n');
    const { resources, issues } = importCuratorCsv(text, 'meetings');
    expect(resources.map((resource) => resource.name)).toEqual(['Example Group', 'Example Group Three']);
    const at = (row: number) =>
      issues.filter((issue) => issue.index === row).map((issue) => [issue.field, issue.code]);
    expect(at(3)).toEqual([
      ['name', 'missing-value'],
      ['time_zone', 'invalid-time-zone'],
      ['start', 'invalid-time'],
      ['days', 'invalid-day'],
    ]);
    expect(at(4)).toEqual([
      ['start', 'invalid-time'],
      ['latitude', 'invalid-coordinates'],
    ]);
    expect(issues.every((issue) => issue.severity === 'error')).toBe(true);
    const second = importCuratorCsv(
      [
        'name,days,start,time_zone,concerns,access',
        'Example Group Two,2,19:00,America/Chicago,not-a-concern,sometimes',
      ].join('\n'),
      'meetings',
    );
    expect(second.resources).toEqual([]);
    expect(second.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [2, 'concerns'],
      [2, 'access'],
    ]);
    expect(second.issues[0]?.reason).toContain('Invalid option');
  });

  it('reports a missing required column once, on the header row', () => {
    const { resources, issues } = importCuratorCsv('name,days\nExample Group,Monday\n', 'meetings');
    expect(resources).toEqual([]);
    expect(issues.map((issue) => [issue.index, issue.field, issue.code])).toEqual([
      [1, 'start', 'missing-column'],
      [1, 'time_zone', 'missing-column'],
    ]);
  });
});
