import type { Schedule } from '../../schedule/schedule-schema.js';
import type { HsdsSchedule } from './hsds-types.js';
import { hsdsId } from './uuid.js';

/** RRULE day codes, indexed by our day numbers (0 = Sunday). */
export const RRULE_DAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

/** The note that carries a schedule's IANA zone, which HSDS can only give as a numeric offset. */
export function timeZoneNote(timeZone: string): string {
  return `Times are local to ${timeZone}.`;
}

/** Reads the zone back from {@link timeZoneNote} text. */
export function timeZoneFromNote(notes: string | undefined): string | undefined {
  return notes === undefined ? undefined : /Times are local to ([A-Za-z0-9_+\-/]+)\./.exec(notes)?.[1];
}

function addMinutes(start: string, minutes: number): string {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const total = (h * 60 + m + minutes) % (24 * 60);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

interface Range {
  day: number;
  opens: string;
  closes: string | undefined;
}

/**
 * HSDS schedule objects for one of our schedules: weekly slots and opening ranges become
 * RRULE-style rows (`freq: WEEKLY`, `byday`), one row per distinct opening time, so
 * "Mon–Fri 9–5" is one row with `byday: "MO,TU,WE,TH,FR"`.
 */
export function exportHsdsSchedules(schedule: Schedule, ownerKey: string): HsdsSchedule[] {
  const validity = (row: HsdsSchedule, from?: string, to?: string): HsdsSchedule => {
    if (from !== undefined) row.valid_from = from;
    if (to !== undefined) row.valid_to = to;
    return row;
  };
  switch (schedule.type) {
    case 'always':
      return [
        {
          id: hsdsId('schedule', `${ownerKey}:always`),
          freq: 'WEEKLY',
          byday: 'MO,TU,WE,TH,FR,SA,SU',
          opens_at: '00:00',
          closes_at: '23:59',
          description: 'Open 24 hours a day, 7 days a week.',
        },
      ];
    case 'by-appointment': {
      const row: HsdsSchedule = {
        id: hsdsId('schedule', `${ownerKey}:by-appointment`),
        description: 'By appointment.',
      };
      if (schedule.note !== undefined) row.notes = schedule.note.en;
      return [row];
    }
    case 'weekly':
    case 'opening-hours': {
      const ranges: Range[] =
        schedule.type === 'weekly'
          ? schedule.slots.map((slot) => ({
              day: slot.day,
              opens: slot.start,
              closes:
                slot.end ??
                (slot.durationMinutes === undefined
                  ? undefined
                  : addMinutes(slot.start, slot.durationMinutes)),
            }))
          : schedule.hours.map((range) => ({ day: range.day, opens: range.opens, closes: range.closes }));
      const groups = new Map<string, Range[]>();
      for (const range of ranges) {
        const key = `${range.opens}-${range.closes ?? ''}`;
        groups.set(key, [...(groups.get(key) ?? []), range]);
      }
      return [...groups.entries()].map(([key, group]) => {
        const first = group[0];
        const days = [...new Set(group.map((range) => range.day))].sort(
          (a, b) => ((a + 6) % 7) - ((b + 6) % 7),
        );
        const row: HsdsSchedule = {
          id: hsdsId('schedule', `${ownerKey}:${key}`),
          freq: 'WEEKLY',
          interval: 1,
          byday: days.map((day) => RRULE_DAYS[day] ?? 'MO').join(','),
          notes: timeZoneNote(schedule.timeZone),
        };
        if (first !== undefined) {
          row.opens_at = first.opens;
          if (first.closes !== undefined) row.closes_at = first.closes;
        }
        return validity(row, schedule.validFrom, schedule.validTo);
      });
    }
  }
}
