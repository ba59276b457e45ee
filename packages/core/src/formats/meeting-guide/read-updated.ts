import type { FeedContext, RecordIssues } from './record-context.js';
import { readText } from './values.js';

const SPEC_UPDATED = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;
const ISO_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const US_UPDATED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** An ISO date-time in UTC from its parts, or undefined when they name no real moment. */
function utcStamp(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): string | undefined {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.000Z`;
}

/** The feed's `updated` as an ISO date-time (UTC, as the spec says), or undefined. */
export function readUpdated(value: unknown, ctx: FeedContext, say: RecordIssues): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  let iso: string | undefined;
  const spec = SPEC_UPDATED.exec(text);
  if (spec) {
    iso = utcStamp(
      Number(spec[1]),
      Number(spec[2]),
      Number(spec[3]),
      Number(spec[4]),
      Number(spec[5]),
      Number(spec[6] ?? 0),
    );
  } else {
    const us = US_UPDATED.exec(text);
    if (us) {
      let hour = Number(us[4] ?? 0);
      const meridiem = us[7]?.toLowerCase();
      if (meridiem === 'am' && hour === 12) hour = 0;
      else if (meridiem === 'pm' && hour !== 12) hour += 12;
      iso = utcStamp(
        Number(us[3]),
        Number(us[1]),
        Number(us[2]),
        hour,
        Number(us[5] ?? 0),
        Number(us[6] ?? 0),
      );
      ctx.tally.updatedAsText++;
    } else if (ISO_STAMP.test(text)) {
      const date = new Date(text);
      if (!Number.isNaN(date.getTime())) iso = date.toISOString();
    }
  }
  if (iso === undefined)
    say.add('updated', 'warning', 'updated-invalid', `"${text}" is not a date and time; left out.`);
  return iso;
}
