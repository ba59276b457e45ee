import { PHONE_PATTERN, PLAN_CIRCLES, PLAN_LIMITS, type PlanCircle } from './plan-model.js';
import type { Person, Plan, SavedResource } from './plan-schema.js';

/*
 * The plan in local storage was written by this app, from a file `PlanSchema` accepted or from
 * its own forms, so reading it back needs no zod (which would double the size of every page
 * with a Save button). It is still checked field by field with the schema's rules, because a
 * damaged or hand-edited entry must not break the page or put a script link on it;
 * `stored-plan.test.ts` holds this reader to the same answers as `parsePlan`.
 */

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;

/** A trimmed string of `min` to `max` characters, or undefined. */
function text(value: unknown, min: number, max: number, trim = true): string | undefined {
  if (typeof value !== 'string') return undefined;
  const kept = trim ? value.trim() : value;
  return kept.length >= min && kept.length <= max ? kept : undefined;
}

const MISSING = Symbol('missing');
/** An optional field: absent is fine (MISSING), present must pass `check`. */
function optional<T>(value: unknown, check: (v: unknown) => T | undefined): T | typeof MISSING | undefined {
  return value === undefined ? MISSING : check(value);
}

function phone(value: unknown): string | undefined {
  const kept = text(value, 0, Number.POSITIVE_INFINITY);
  return kept !== undefined && PHONE_PATTERN.test(kept) ? kept : undefined;
}

function webLink(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > PLAN_LIMITS.url) return undefined;
  const trimmed = value.trim();
  // As zod's `z.url({ protocol: /^https?$/ })`: "http:example.com" is not a web link.
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    new URL(trimmed);
  } catch {
    return undefined;
  }
  return trimmed.replace(/[\t\n\r]/g, '');
}

// An instant in UTC with seconds, as `z.iso.datetime()` takes it (and `Date#toISOString` writes it).
const ISO_INSTANT = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?Z$/;

function savedResource(value: unknown): SavedResource | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.id, 1, PLAN_LIMITS.resourceId, false);
  const name = text(value.name, 1, PLAN_LIMITS.resourceName);
  const circle = PLAN_CIRCLES.find((c): c is PlanCircle => c === value.circle);
  const tel = optional(value.phone, phone);
  const url = optional(value.url, webLink);
  const savedAt =
    typeof value.savedAt === 'string' && ISO_INSTANT.test(value.savedAt) ? value.savedAt : undefined;
  if (id === undefined || name === undefined || !circle || tel === undefined || url === undefined || !savedAt)
    return undefined;
  return {
    id,
    name,
    circle,
    ...(tel === MISSING ? {} : { phone: tel }),
    ...(url === MISSING ? {} : { url }),
    savedAt,
  };
}

function person(value: unknown): Person | undefined {
  if (!isObject(value)) return undefined;
  const id = text(value.id, 1, PLAN_LIMITS.personId, false);
  const name = text(value.name, 1, PLAN_LIMITS.personName);
  const tel = optional(value.phone, phone);
  const note = optional(value.note, (v) => text(v, 0, PLAN_LIMITS.note));
  if (id === undefined || name === undefined || tel === undefined || note === undefined) return undefined;
  return {
    id,
    name,
    ...(tel === MISSING ? {} : { phone: tel }),
    ...(note === MISSING ? {} : { note }),
  };
}

/** Every entry read by `read`, or undefined when the list is missing, too long, or has a bad entry. */
function list<T>(value: unknown, max: number, read: (entry: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  const out: T[] = [];
  for (const entry of value) {
    const item = read(entry);
    if (item === undefined) return undefined;
    out.push(item);
  }
  return out;
}

/** The plan kept in local storage, or undefined when the text is not a valid plan. */
export function readStoredPlan(raw: string): Plan | undefined {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(data) || data.format !== 'recovery-circles-plan' || data.version !== 1) return undefined;
  const resources = list(data.resources, PLAN_LIMITS.resources, savedResource);
  const people = list(data.people, PLAN_LIMITS.people, person);
  if (!resources || !people) return undefined;
  return { format: 'recovery-circles-plan', version: 1, resources, people };
}
