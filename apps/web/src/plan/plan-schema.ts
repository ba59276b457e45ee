import { z } from 'zod';

/** The sections of a plan that hold saved resources. */
export const PLAN_CIRCLES = ['family', 'peers', 'professionals', 'crisis'] as const;
/** A section of saved resources. */
export type PlanCircle = (typeof PLAN_CIRCLES)[number];

// Only web links and dialable numbers: an imported file must never smuggle in a script link.
const WebLink = z.url({ protocol: /^https?$/ }).max(2000);
const Phone = z
  .string()
  .trim()
  .regex(/^[0-9A-Z+() .-]{1,40}$/, 'a phone number');

/** A resource saved in the plan, with what is needed to reach it even offline or printed. */
export const SavedResourceSchema = z.object({
  id: z.string().min(1).max(200),
  name: z.string().trim().min(1).max(300),
  circle: z.enum(PLAN_CIRCLES),
  phone: Phone.optional(),
  url: WebLink.optional(),
  savedAt: z.iso.datetime(),
});
/** A resource saved in the plan. */
export type SavedResource = z.infer<typeof SavedResourceSchema>;

/** Someone the visitor can call: typed by them, kept only in their browser. */
export const PersonSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1).max(100),
  phone: Phone.optional(),
  note: z.string().trim().max(500).optional(),
});
/** Someone the visitor can call. */
export type Person = z.infer<typeof PersonSchema>;

/** A support plan as kept in local storage and in exported files. */
export const PlanSchema = z.object({
  format: z.literal('recovery-circles-plan'),
  version: z.literal(1),
  resources: z.array(SavedResourceSchema).max(300),
  people: z.array(PersonSchema).max(100),
});
/** A support plan. */
export type Plan = z.infer<typeof PlanSchema>;

/** A plan with nothing in it. */
export function emptyPlan(): Plan {
  return { format: 'recovery-circles-plan', version: 1, resources: [], people: [] };
}

/** Reads a plan from text (a file or storage); undefined when it is not a valid plan. */
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
