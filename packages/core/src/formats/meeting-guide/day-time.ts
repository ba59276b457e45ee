import type { DayNumbering } from './import-report.js';
import { isKnownTimeZone } from './values.js';

const DAY_NAMES = new Map<string, number>([
  ['sunday', 0],
  ['monday', 1],
  ['tuesday', 2],
  ['wednesday', 3],
  ['thursday', 4],
  ['friday', 5],
  ['saturday', 6],
  ['sun', 0],
  ['mon', 1],
  ['tue', 2],
  ['tues', 2],
  ['wed', 3],
  ['thu', 4],
  ['thur', 4],
  ['thurs', 4],
  ['fri', 5],
  ['sat', 6],
]);
const INTEGER = /^\s*-?\d+\s*$/;

/** The day numbers of a `day` field as written (before any 1–7 conversion). Read only: some are shared. */
export interface RawDays {
  /** Whole numbers as the feed wrote them; names are already 0–6. */
  readonly numbers: readonly { readonly value: number; readonly named: boolean }[];
  /** Entries that are not a day at all, as written. */
  readonly invalid: readonly unknown[];
  /** Whether any day was written as text ("1", "Monday"). */
  readonly asText: boolean;
}

/** The days of a record that writes one day as a number 0–7, as most do: one reading of each, shared (and never changed). */
const NUMBERED_DAYS: readonly RawDays[] = Array.from({ length: 8 }, (_, value) => ({
  numbers: [{ value, named: false }],
  invalid: [],
  asText: false,
}));

/** Reads a `day` field: a number, a numeric string, a day name, or an array of them; undefined when absent or blank. */
export function readDays(value: unknown): RawDays | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  // A -0 (which JSON can write) takes the general path, to be kept as written.
  if (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 0 &&
    value <= 7 &&
    !Object.is(value, -0)
  )
    return NUMBERED_DAYS[value];
  const items = Array.isArray(value) ? value : [value];
  const raw = {
    numbers: [] as { value: number; named: boolean }[],
    invalid: [] as unknown[],
    asText: false,
  };
  for (const item of items) {
    if (typeof item === 'number') {
      if (Number.isInteger(item)) raw.numbers.push({ value: item, named: false });
      else raw.invalid.push(item);
    } else if (typeof item === 'string') {
      raw.asText = true;
      if (INTEGER.test(item)) {
        raw.numbers.push({ value: Number(item), named: false });
        continue;
      }
      const named = DAY_NAMES.get(item.trim().toLowerCase());
      if (named === undefined) raw.invalid.push(item);
      else raw.numbers.push({ value: named, named: true });
    } else raw.invalid.push(item);
  }
  if (raw.numbers.length === 0 && raw.invalid.length === 0) return undefined;
  return raw;
}

/** The 0–6 day (0 = Sunday) of a number written in `numbering`; `zero-in-1-7` flags a 0 in a 1–7 feed, read as Sunday. */
export function toSpecDay(value: number, numbering: DayNumbering): number | 'invalid' | 'zero-in-1-7' {
  if (numbering === 'sunday-0') return value >= 0 && value <= 6 ? value : 'invalid';
  if (value === 0) return 'zero-in-1-7';
  if (value < 1 || value > 7) return 'invalid';
  return numbering === 'monday-1' ? value % 7 : value - 1;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = new Map([
  ['Sun', 0],
  ['Mon', 1],
  ['Tue', 2],
  ['Wed', 3],
  ['Thu', 4],
  ['Fri', 5],
  ['Sat', 6],
]);

/** The 0–6 weekday of `instant` in `timeZone`, with one cached formatter per zone. */
export function weekdayIn(instant: Date, timeZone: string): number | undefined {
  if (!isKnownTimeZone(timeZone) || Number.isNaN(instant.getTime())) return undefined;
  let format = weekdayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short' });
    weekdayFormats.set(timeZone, format);
  }
  return WEEKDAYS.get(format.format(instant));
}

/** What settled a feed's day numbering. */
export interface DayNumberingDecision {
  numbering: DayNumbering;
  /** `option`: the caller said; `spec`: no 7 in the feed; `dates`: a start date on the records agreed; `assumed`: a 7 with nothing to tell 1–7 schemes apart. */
  basis: 'option' | 'spec' | 'dates' | 'assumed';
  /** Records whose day was a 7. */
  sevens: number;
  /** Records whose start date agreed with the chosen numbering, when dates were used. */
  agreeing: number;
  /** Records with a start date to compare, when dates were used. */
  compared: number;
}

/** The fields a record's next start may be written in (central-query writes `startDateUTC`). */
const START_FIELDS = ['startDateUTC', 'start_date_utc', 'startDate'] as const;
const EVIDENCE_LIMIT = 200;

/**
 * How a feed numbers its days, tallied one record at a time so a feed read as a stream
 * needs no list of its records. The spec says 0 = Sunday … 6 = Saturday; a 7 anywhere
 * means a 1–7 scheme. Which one (1 = Monday, ISO, or 1 = Sunday) is read from the first
 * records that carry both a day and a start date in a time zone; without them, ISO is assumed.
 */
export class DayNumberingTally {
  private sevens = 0;
  private iso = 0;
  private sundayFirst = 0;
  private compared = 0;

  /** @param option The numbering the caller gave, which wins over what the records say. */
  constructor(private readonly option: DayNumbering | undefined) {}

  /** Counts one record (in feed order) and its days as read by {@link readDays}. */
  add(record: Record<string, unknown> | undefined, raw: RawDays | undefined): void {
    if (raw === undefined) return;
    if (raw.numbers.some((day) => day.value === 7 && !day.named)) this.sevens++;
    // Start dates are only worth reading when the caller did not say, and only the first few.
    if (this.option || this.compared >= EVIDENCE_LIMIT || record === undefined) return;
    const day = raw.numbers[0];
    if (!day || day.named || typeof record.timezone !== 'string') return;
    const start = START_FIELDS.map((field) => record[field]).find((value) => typeof value === 'string');
    if (typeof start !== 'string') return;
    const weekday = weekdayIn(new Date(start), record.timezone);
    if (weekday === undefined) return;
    this.compared++;
    if (day.value % 7 === weekday) this.iso++;
    if (day.value - 1 === weekday) this.sundayFirst++;
  }

  /** The numbering of the feed, once every record has been added. */
  decide(): DayNumberingDecision {
    const { sevens, iso, sundayFirst, compared, option } = this;
    if (option) return { numbering: option, basis: 'option', sevens, agreeing: 0, compared: 0 };
    if (sevens === 0) return { numbering: 'sunday-0', basis: 'spec', sevens, agreeing: 0, compared: 0 };
    if (sundayFirst > iso)
      return { numbering: 'sunday-1', basis: 'dates', sevens, agreeing: sundayFirst, compared };
    if (iso > 0) return { numbering: 'monday-1', basis: 'dates', sevens, agreeing: iso, compared };
    return { numbering: 'monday-1', basis: 'assumed', sevens, agreeing: 0, compared };
  }
}

const CLOCK = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*(?:([AaPp])\.?\s*[Mm]\.?)?$/;

/** A clock time read as "HH:MM" (24-hour), and whether it was written on a 12-hour clock. */
export interface ClockTime {
  time: string;
  twelveHour: boolean;
}

/**
 * Reads "19:30", "7:30", "19:30:00", "7:30 PM", "7 pm", "Noon" or "Midnight". `allow24`
 * admits "24:00", which only an end time may be.
 */
export function readClock(value: string, allow24 = false): ClockTime | undefined {
  const text = value.trim();
  const spec = readSpecClock(text, allow24);
  if (spec !== null) return spec;
  const lower = text.toLowerCase();
  if (lower === 'noon') return { time: '12:00', twelveHour: true };
  if (lower === 'midnight') return { time: '00:00', twelveHour: true };
  const match = CLOCK.exec(text);
  if (!match) return undefined;
  let hour = Number(match[1]);
  const minute = match[2] === undefined ? 0 : Number(match[2]);
  const meridiem = match[4]?.toLowerCase();
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    if (meridiem === 'a' && hour === 12) hour = 0;
    else if (meridiem === 'p' && hour !== 12) hour += 12;
  } else {
    // A bare hour ("7") could be morning or evening.
    if (match[2] === undefined) return undefined;
    if (hour > 24 || (hour === 24 && (minute !== 0 || !allow24))) return undefined;
  }
  return {
    time: `${hour < 10 ? '0' : ''}${hour}:${minute < 10 ? '0' : ''}${minute}`,
    twelveHour: meridiem !== undefined,
  };
}

/** The number written by the two ASCII digits at `index` of `text`, or -1 when they are not two digits. */
function twoDigitsAt(text: string, index: number): number {
  const tens = text.charCodeAt(index) - 0x30;
  const ones = text.charCodeAt(index + 1) - 0x30;
  return tens >= 0 && tens <= 9 && ones >= 0 && ones <= 9 ? tens * 10 + ones : -1;
}

/**
 * The spec's "HH:MM" (or "HH:MM:SS"), the way nearly every record writes its times, read
 * as {@link readClock} reads it but without a regular expression; null when `text` is
 * written another way.
 */
function readSpecClock(text: string, allow24: boolean): ClockTime | undefined | null {
  const length = text.length;
  if ((length !== 5 && length !== 8) || text[2] !== ':') return null;
  if (length === 8 && (text[5] !== ':' || twoDigitsAt(text, 6) === -1)) return null;
  const hour = twoDigitsAt(text, 0);
  const minute = twoDigitsAt(text, 3);
  if (hour === -1 || minute === -1) return null;
  if (minute > 59 || hour > 24 || (hour === 24 && (minute !== 0 || !allow24))) return undefined;
  // Both parts are written at full width already.
  return { time: length === 5 ? text : text.slice(0, 5), twelveHour: false };
}
