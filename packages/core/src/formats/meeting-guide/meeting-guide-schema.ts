import { z } from 'zod';
import { OFFICIAL_TYPE_CODES } from './type-codes.js';

const CLOCK = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

/** An official Meeting Guide type code (the 87 of the spec's types.json). */
export const MeetingGuideTypeCodeSchema = z.enum(OFFICIAL_TYPE_CODES);

/**
 * One meeting of a Meeting Guide feed as `exportMeetingGuide` writes it: the spec's fields
 * with the spec's types (one day 0–6 per record, 24-hour times, official type codes,
 * numeric coordinates, `updated` in UTC).
 */
export const MeetingGuideMeetingSchema = z.object({
  name: z.string().min(1).max(255),
  slug: z.string().min(1).max(64),
  day: z.number().int().min(0).max(6).optional(),
  time: z.string().regex(CLOCK).optional(),
  end_time: z.string().regex(CLOCK).optional(),
  timezone: z.string().min(1).optional(),
  types: z.array(MeetingGuideTypeCodeSchema),
  notes: z.string().optional(),
  group: z.string().optional(),
  location: z.string().optional(),
  location_notes: z.string().optional(),
  formatted_address: z.string().optional(),
  address: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postal_code: z.string().optional(),
  country: z.string().optional(),
  latitude: z.number().min(-90).max(90).optional(),
  longitude: z.number().min(-180).max(180).optional(),
  approximate: z.enum(['yes', 'no']).optional(),
  region: z.string().optional(),
  sub_region: z.string().optional(),
  regions: z.array(z.string()).optional(),
  conference_url: z.url().optional(),
  conference_url_notes: z.string().optional(),
  conference_phone: z
    .string()
    .regex(/^[+]?[0-9]+(?:[,*#]+[0-9]*)*$/)
    .optional(),
  conference_phone_notes: z.string().optional(),
  attendance_option: z.enum(['in_person', 'hybrid', 'online', 'inactive']).optional(),
  updated: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
    .optional(),
  url: z.url().optional(),
  email: z.string().optional(),
  phone: z.string().optional(),
  website: z.url().optional(),
});
/** One meeting of an exported Meeting Guide feed. */
export type MeetingGuideMeeting = z.infer<typeof MeetingGuideMeetingSchema>;
