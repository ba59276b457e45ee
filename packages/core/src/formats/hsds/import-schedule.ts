import { isValidTimeZone, type OpeningRange, type Schedule } from '../../schedule/schedule-schema.js';
import type { RecordIssues } from '../csv/import-report.js';
import { timeZoneFromNote } from './export-schedule.js';
import { type JsonObject, readNumber, readString } from './read.js';

const DAY_CODES: Readonly<Record<string, number>> = { SU: 0, MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6 };

/** "9:00", "09:00:00" or "0900" as "HH:MM"; "24:00" kept for closing times. */
export function hsdsTime(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d{1,2}):?(\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(value.trim());
  if (match === null) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

function isoDate(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const date = value.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(date)) ? date : undefined;
}

/** The IANA zone of a numeric UTC offset in hours, as HSDS gives it: 3 → "Etc/GMT-3" (the Etc sign is inverted). */
export function offsetTimeZone(offsetHours: number): string | undefined {
  if (!Number.isInteger(offsetHours) || offsetHours < -12 || offsetHours > 14) return undefined;
  if (offsetHours === 0) return 'UTC';
  return `Etc/GMT${offsetHours > 0 ? '-' : '+'}${Math.abs(offsetHours)}`;
}

/**
 * Our schedule from HSDS schedule rows: weekly rows become opening hours in one zone. The
 * zone comes from our own export note, else the numeric `timezone`, else `fallbackZone`.
 * Rows we cannot read (monthly, no days or times) are reported and left out.
 */
export function importHsdsSchedules(
  rows: readonly JsonObject[],
  path: string,
  issues: RecordIssues,
  fallbackZone: string | undefined,
): Schedule | undefined {
  const hours: OpeningRange[] = [];
  let zone: string | undefined;
  let validFrom: string | undefined;
  let validTo: string | undefined;
  let always = false;
  let byAppointment = false;
  rows.forEach((row, index) => {
    const at = `${path}[${index}]`;
    const noted = timeZoneFromNote(readString(row, 'notes'));
    const offset = readNumber(row, 'timezone');
    const rowZone =
      noted !== undefined && isValidTimeZone(noted)
        ? noted
        : offset === undefined
          ? undefined
          : offsetTimeZone(offset);
    if (offset !== undefined && rowZone === undefined) {
      issues.warning(`${at}.timezone`, 'invalid-time-zone', `"${offset}" is not a UTC offset in whole hours`);
    }
    zone ??= rowZone;
    const description = readString(row, 'description') ?? '';
    const freq = readString(row, 'freq')?.toUpperCase();
    const opens = hsdsTime(readString(row, 'opens_at'));
    const closes = hsdsTime(readString(row, 'closes_at'));
    const byday = readString(row, 'byday');
    if (freq === undefined && byday === undefined && opens === undefined) {
      if (/24\s*hours|24\/7/i.test(description)) always = true;
      else if (/appointment/i.test(description)) byAppointment = true;
      else
        issues.info(at, 'schedule-text-only', 'the schedule has only a description; it is not read as times');
      return;
    }
    if (freq !== undefined && freq !== 'WEEKLY') {
      issues.warning(
        `${at}.freq`,
        'unsupported-frequency',
        `"${freq}" schedules are not supported; only weekly ones`,
      );
      return;
    }
    if (opens === undefined || closes === undefined || opens === '24:00') {
      issues.warning(
        `${at}.opens_at`,
        'invalid-time',
        'opening and closing times must be "HH:MM"; the row is left out',
      );
      return;
    }
    const days = (byday ?? '')
      .split(',')
      .map((code) =>
        code
          .trim()
          .toUpperCase()
          .replace(/^[+-]?\d+/, ''),
      )
      .filter((code) => code !== '');
    if (days.length === 0) {
      issues.warning(`${at}.byday`, 'missing-days', 'a weekly row names no days; it is left out');
      return;
    }
    for (const code of days) {
      const day = DAY_CODES[code];
      if (day === undefined) {
        issues.warning(
          `${at}.byday`,
          'invalid-day',
          `"${code}" is not a day code (MO, TU, WE, TH, FR, SA, SU)`,
        );
        continue;
      }
      if (!hours.some((range) => range.day === day && range.opens === opens && range.closes === closes)) {
        hours.push({ day, opens, closes });
      }
    }
    const from = isoDate(readString(row, 'valid_from'));
    const to = isoDate(readString(row, 'valid_to'));
    if (from !== undefined && to !== undefined && from > to) {
      issues.warning(`${at}.valid_to`, 'invalid-validity', 'valid_to is before valid_from; both are ignored');
    } else {
      validFrom ??= from;
      validTo ??= to;
    }
  });
  if (hours.length === 0) {
    if (always) return { type: 'always' };
    if (byAppointment) return { type: 'by-appointment' };
    return undefined;
  }
  if (zone === undefined) {
    zone = fallbackZone ?? 'UTC';
    if (fallbackZone === undefined) {
      issues.warning(path, 'missing-time-zone', 'the schedule gives no time zone; UTC is assumed');
    }
  }
  const schedule: Schedule = { type: 'opening-hours', hours, timeZone: zone };
  if (validFrom !== undefined) schedule.validFrom = validFrom;
  if (validTo !== undefined && (validFrom === undefined || validFrom <= validTo)) schedule.validTo = validTo;
  return schedule;
}
