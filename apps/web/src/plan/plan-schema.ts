import { z } from 'zod';
import { PHONE_PATTERN, PLAN_CIRCLES, PLAN_LIMITS } from './plan-model.js';

// Only web links and dialable numbers: an imported file must never smuggle in a script link.
const WebLink = z.url({ protocol: /^https?$/ }).max(PLAN_LIMITS.url);
const Phone = z.string().trim().regex(PHONE_PATTERN, 'a phone number');

/** A resource saved in the plan, with what is needed to reach it even offline or printed. */
export const SavedResourceSchema = z.object({
  id: z.string().min(1).max(PLAN_LIMITS.resourceId),
  name: z.string().trim().min(1).max(PLAN_LIMITS.resourceName),
  circle: z.enum(PLAN_CIRCLES),
  phone: Phone.optional(),
  url: WebLink.optional(),
  savedAt: z.iso.datetime(),
});
/** A resource saved in the plan. */
export type SavedResource = z.infer<typeof SavedResourceSchema>;

/** Someone the visitor can call: typed by them, kept only in their browser. */
export const PersonSchema = z.object({
  id: z.string().min(1).max(PLAN_LIMITS.personId),
  name: z.string().trim().min(1).max(PLAN_LIMITS.personName),
  phone: Phone.optional(),
  note: z.string().trim().max(PLAN_LIMITS.note).optional(),
});
/** Someone the visitor can call. */
export type Person = z.infer<typeof PersonSchema>;

/** A support plan as kept in local storage and in exported files. */
export const PlanSchema = z.object({
  format: z.literal('recovery-circles-plan'),
  version: z.literal(1),
  resources: z.array(SavedResourceSchema).max(PLAN_LIMITS.resources),
  people: z.array(PersonSchema).max(PLAN_LIMITS.people),
});
/** A support plan. */
export type Plan = z.infer<typeof PlanSchema>;

/** Reads a plan from a file's text; undefined when it is not a valid plan. */
export function parsePlan(text: string): Plan | undefined {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return undefined;
  }
  const parsed = PlanSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
