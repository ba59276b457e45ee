import { z } from 'zod';
import { LocalizedTextSchema } from '../i18n.js';

// Known-good zones only (a few hundred at most), so hostile input cannot grow the cache.
const knownZones = new Set<string>();

/** Whether `zone` is an IANA time zone this runtime's `Intl` knows. */
export function isValidTimeZone(zone: string): boolean {
  if (knownZones.has(zone)) return true;
  if (zone.trim() === '') return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    knownZones.add(zone);
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone such as "America/New_York", validated against `Intl`. */
export const TimeZoneSchema = z
  .string()
  .min(1)
  .refine(isValidTimeZone, { message: 'not an IANA time zone known to Intl' });

/** Day of the week, 0 = Sunday … 6 = Saturday, as in the Meeting Guide format. */
export const DayOfWeekSchema = z.number().int().min(0).max(6);
/** Day of the week, 0 = Sunday … 6 = Saturday. */
export type DayOfWeek = z.infer<typeof DayOfWeekSchema>;

/** A local wall-clock time "HH:MM", 00:00–23:59. */
export const LocalTimeSchema = z
  .string()
  .regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, 'expected "HH:MM", 00:00–23:59');

/**
 * A closing time "HH:MM"; "24:00" is accepted because opening-hours data uses it
 * for "until midnight".
 */
export const ClosingTimeSchema = z
  .string()
  .regex(/^(([01][0-9]|2[0-3]):[0-5][0-9]|24:00)$/, 'expected "HH:MM", 00:00–24:00');

/**
 * One weekly slot: a meeting that starts at `start` on `day`. When `end` is earlier
 * than or equal to `start`, the slot ends on the next day (wraps past midnight).
 * `end` wins over `durationMinutes` when both are given.
 */
export const WeeklySlotSchema = z.object({
  day: DayOfWeekSchema,
  start: LocalTimeSchema,
  end: ClosingTimeSchema.optional(),
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(7 * 24 * 60)
    .optional(),
});
/** One weekly slot of a recurring meeting. */
export type WeeklySlot = z.infer<typeof WeeklySlotSchema>;

/** Calendar date "YYYY-MM-DD", interpreted in the schedule's own time zone. */
export const LocalDateSchema = z.iso.date();

const validityFields = {
  /** First local date on which the schedule applies (inclusive). */
  validFrom: LocalDateSchema.optional(),
  /** Last local date on which the schedule applies (inclusive). */
  validTo: LocalDateSchema.optional(),
};

function validityOrdered(value: { validFrom?: string | undefined; validTo?: string | undefined }): boolean {
  return value.validFrom === undefined || value.validTo === undefined || value.validFrom <= value.validTo;
}
const validityMessage = { message: 'validFrom must not be after validTo', path: ['validTo'] };

/** A recurring weekly meeting: slots in local time of an IANA zone. */
export const WeeklyScheduleSchema = z
  .object({
    type: z.literal('weekly'),
    slots: z.array(WeeklySlotSchema).min(1),
    timeZone: TimeZoneSchema,
    ...validityFields,
  })
  .refine(validityOrdered, validityMessage);
/** A recurring weekly meeting schedule. */
export type WeeklySchedule = z.infer<typeof WeeklyScheduleSchema>;

/**
 * One opening range of a service on a day. `closes` at or before `opens` means the
 * range runs past midnight into the next day; "24:00" means until midnight.
 */
export const OpeningRangeSchema = z.object({
  day: DayOfWeekSchema,
  opens: LocalTimeSchema,
  closes: ClosingTimeSchema,
});
/** One opening range of a service on a day. */
export type OpeningRange = z.infer<typeof OpeningRangeSchema>;

/** Opening hours of a service; a day may have several ranges (e.g. a lunch break). */
export const OpeningHoursScheduleSchema = z
  .object({
    type: z.literal('opening-hours'),
    hours: z.array(OpeningRangeSchema).min(1),
    timeZone: TimeZoneSchema,
    ...validityFields,
  })
  .refine(validityOrdered, validityMessage);
/** Opening hours of a service. */
export type OpeningHoursSchedule = z.infer<typeof OpeningHoursScheduleSchema>;

/** Open around the clock, every day (24/7 lines and services). */
export const AlwaysScheduleSchema = z.object({
  type: z.literal('always'),
  /** Zone used only for display; "always" is the same everywhere. */
  timeZone: TimeZoneSchema.optional(),
});
/** A 24/7 schedule. */
export type AlwaysSchedule = z.infer<typeof AlwaysScheduleSchema>;

/** No fixed times: the person books a time with the provider. */
export const ByAppointmentScheduleSchema = z.object({
  type: z.literal('by-appointment'),
  note: LocalizedTextSchema.optional(),
  timeZone: TimeZoneSchema.optional(),
});
/** A by-appointment schedule. */
export type ByAppointmentSchedule = z.infer<typeof ByAppointmentScheduleSchema>;

/** When a resource happens or is open: weekly, opening hours, 24/7 or by appointment. */
export const ScheduleSchema = z.discriminatedUnion('type', [
  WeeklyScheduleSchema,
  OpeningHoursScheduleSchema,
  AlwaysScheduleSchema,
  ByAppointmentScheduleSchema,
]);
/** When a resource happens or is open. */
export type Schedule = z.infer<typeof ScheduleSchema>;
/** The kinds of schedule. */
export type ScheduleType = Schedule['type'];
