import type { Location } from '../../model/location.js';
import type { Schedule, WeeklySlot } from '../../schedule/schedule-schema.js';
import { type RawDays, readClock, toSpecDay } from './day-time.js';
import { type FeedContext, type RecordIssues, unique } from './record-context.js';
import { guessTimeZone } from './region-time-zones.js';
import { isKnownTimeZone, readText } from './values.js';

const MAX_DURATION = 7 * 24 * 60;

/** Reads day, time, end time, duration and time zone into a weekly or by-appointment schedule; undefined (reported) when they cannot make one. */
export function readSchedule(
  raw: Record<string, unknown>,
  rawDays: RawDays | undefined,
  location: Location | undefined,
  ctx: FeedContext,
  say: RecordIssues,
): Schedule | undefined {
  const timeText = readText(raw.time);
  const zoneText = readText(raw.timezone);
  let zone: string | undefined;
  if (zoneText !== undefined) {
    if (isKnownTimeZone(zoneText)) zone = zoneText;
    else say.add('timezone', 'warning', 'time-zone-invalid', `"${zoneText}" is not an IANA time zone.`);
  }
  zone ??= ctx.defaultZone;

  if (rawDays === undefined) {
    if (timeText !== undefined) {
      say.add(
        'day',
        'warning',
        'day-missing',
        `The record has a time (${timeText}) but no day; read as by appointment, as the spec says.`,
      );
    } else say.add('day', 'info', 'by-appointment', 'No day or time: by appointment, as the spec says.');
    return zone === undefined ? { type: 'by-appointment' } : { type: 'by-appointment', timeZone: zone };
  }

  const days: number[] = [];
  for (const { value } of rawDays.numbers) {
    const day = toSpecDay(value, ctx.numbering);
    if (day === 'invalid')
      say.add(
        'day',
        'warning',
        'day-invalid',
        `${value} is not a day of the week in this feed's numbering; left out.`,
      );
    else if (day === 'zero-in-1-7') {
      say.add(
        'day',
        'warning',
        'day-zero-in-1-7-feed',
        'Day 0 in a feed that numbers days 1–7; read as Sunday.',
      );
      days.push(0);
    } else days.push(day);
  }
  for (const value of rawDays.invalid) {
    say.add('day', 'warning', 'day-invalid', `${JSON.stringify(value)} is not a day of the week; left out.`);
  }
  const start = timeText === undefined ? undefined : readClock(timeText);
  if (timeText === undefined)
    say.add(
      'time',
      'warning',
      'time-missing',
      'The record has a day but no time; imported without a schedule.',
    );
  else if (start === undefined)
    say.add(
      'time',
      'warning',
      'time-invalid',
      `"${timeText}" is not a time of day; imported without a schedule.`,
    );
  else if (start.twelveHour) ctx.tally.twelveHour++;
  if (days.length === 0 || start === undefined) return undefined;

  let endTime: string | undefined;
  let durationMinutes: number | undefined;
  const endText = readText(raw.end_time);
  if (endText !== undefined) {
    const end = readClock(endText, true);
    if (end === undefined)
      say.add('end_time', 'warning', 'end-time-invalid', `"${endText}" is not a time of day; left out.`);
    else if (end.time === start.time)
      say.add(
        'end_time',
        'warning',
        'end-time-equals-start',
        `The end time equals the start time (${end.time}); left out.`,
      );
    else endTime = end.time;
  }
  if (raw.duration !== undefined && raw.duration !== null && raw.duration !== '') {
    const minutes = Number(raw.duration);
    if (Number.isInteger(minutes) && minutes > 0 && minutes <= MAX_DURATION) durationMinutes = minutes;
    else
      say.add(
        'duration',
        'warning',
        'duration-invalid',
        `${JSON.stringify(raw.duration)} is not a length in minutes; left out.`,
      );
  }

  if (zone === undefined) {
    const guessed = guessTimeZone(location?.country, location?.region);
    if (guessed !== undefined) {
      zone = guessed;
      say.add(
        'timezone',
        'warning',
        'time-zone-guessed',
        `No time zone; guessed ${guessed} from the address (${[location?.region, location?.country].filter(Boolean).join(', ')}). Pass the timeZone option to be sure.`,
      );
    } else if (ctx.feedZone !== undefined) {
      zone = ctx.feedZone;
      say.add(
        'timezone',
        'warning',
        'time-zone-guessed',
        `No time zone; guessed ${ctx.feedZone}, the zone of most meetings in this feed.`,
      );
    } else {
      say.add(
        'timezone',
        'warning',
        'time-zone-missing',
        'No time zone in the record, the import options or the address; imported without a schedule. Pass the timeZone option.',
      );
      return undefined;
    }
  }
  const time = start.time;
  const slots = (days.length === 1 ? days : unique(days)).map((day) =>
    weeklySlot(day, time, endTime, durationMinutes),
  );
  return { type: 'weekly', slots, timeZone: zone };
}

/** A slot built whole, in the shape its parts give (added one by one, they would need a second store). */
function weeklySlot(
  day: number,
  start: string,
  end: string | undefined,
  durationMinutes: number | undefined,
): WeeklySlot {
  if (end === undefined)
    return durationMinutes === undefined ? { day, start } : { day, start, durationMinutes };
  return durationMinutes === undefined ? { day, start, end } : { day, start, end, durationMinutes };
}
