import type { Plan } from './plan-schema.js';

/*
 * What the plan store needs on every page that has a Save button, without zod: the schema
 * (`plan-schema.ts`) is loaded only when a visitor imports a plan file.
 */

/** The sections of a plan that hold saved resources. */
export const PLAN_CIRCLES = ['family', 'peers', 'professionals', 'crisis'] as const;
/** A section of saved resources. */
export type PlanCircle = (typeof PLAN_CIRCLES)[number];

/** A phone number as a plan keeps it: digits, capitals (vanity numbers) and punctuation only. */
export const PHONE_PATTERN = /^[0-9A-Z+() .-]{1,40}$/;

/** How long each field and list of a plan may be. */
export const PLAN_LIMITS = {
  resources: 300,
  people: 100,
  resourceId: 200,
  resourceName: 300,
  url: 2000,
  personId: 64,
  personName: 100,
  note: 500,
} as const;

/** A plan with nothing in it. */
export function emptyPlan(): Plan {
  return { format: 'recovery-circles-plan', version: 1, resources: [], people: [] };
}
