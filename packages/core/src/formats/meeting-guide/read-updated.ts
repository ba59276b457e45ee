import type { FeedContext, RecordIssues } from './record-context.js';
import { readText } from './values.js';

const ISO_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/;
const US_UPDATED = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([AaPp][Mm])?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** Whether the parts name a real moment. */
function isRealMoment(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): boolean {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return false;
  return hour <= 23 && minute <= 59 && second <= 59;
}

const ZERO = 0x30;
const NINE = 0x39;

/** The number written by the `count` ASCII digits at `start` of `text`, or -1 when they are not all digits. */
function digitsAt(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const code = text.charCodeAt(i);
    if (code < ZERO || code > NINE) return -1;
    value = value * 10 + code - ZERO;
  }
  return value;
}

/**
 * The spec's "YYYY-MM-DD HH:MM:SS", the way nearly every record writes `updated`, read
 * without a regular expression: the ISO date-time, undefined when it names no real moment,
 * or null when `text` is not written that way (nor with a "T", nor without seconds).
 */
function readSpecStamp(text: string): string | undefined | null {
  const long = text.length === 19;
  if (!long && text.length !== 16) return null;
  const separator = text[10];
  if (text[4] !== '-' || text[7] !== '-' || (separator !== ' ' && separator !== 'T') || text[13] !== ':')
    return null;
  if (long && text[16] !== ':') return null;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = long ? digitsAt(text, 17, 2) : 0;
  if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return null;
  if (!isRealMoment(year, month, day, hour, minute, second)) return undefined;
  // Every part is written at its full width already, as the ISO form wants it. Joined, the
  // stamp is one string, not a chain of pieces each meeting would hold.
  return [text.slice(0, 10), 'T', text.slice(11), long ? '.000Z' : ':00.000Z'].join('');
}

/** `updated` written as M/D/YYYY h:mm:ss AM (tallied) or as an ISO date-time with a zone, in UTC; undefined otherwise. */
function readOtherStamp(text: string, ctx: FeedContext): string | undefined {
  const us = US_UPDATED.exec(text);
  if (us) {
    let hour = Number(us[4] ?? 0);
    const meridiem = us[7]?.toLowerCase();
    if (meridiem === 'am' && hour === 12) hour = 0;
    else if (meridiem === 'pm' && hour !== 12) hour += 12;
    ctx.tally.updatedAsText++;
    const [year, month, day] = [Number(us[3]), Number(us[1]), Number(us[2])];
    const [minute, second] = [Number(us[5] ?? 0), Number(us[6] ?? 0)];
    if (!isRealMoment(year, month, day, hour, minute, second)) return undefined;
    return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}.000Z`;
  }
  if (ISO_STAMP.test(text)) {
    const date = new Date(text);
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return undefined;
}

/** The feed's `updated` as an ISO date-time (UTC, as the spec says), or undefined. */
export function readUpdated(value: unknown, ctx: FeedContext, say: RecordIssues): string | undefined {
  const text = readText(value);
  if (text === undefined) return undefined;
  const spec = readSpecStamp(text);
  const iso = spec === null ? readOtherStamp(text, ctx) : spec;
  if (iso === undefined)
    say.add('updated', 'warning', 'updated-invalid', `"${text}" is not a date and time; left out.`);
  return iso;
}
