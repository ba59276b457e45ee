/*
 * Readers for untrusted JSON: every HSDS feed is a little different, so fields are read
 * one at a time and a wrong type becomes "absent" instead of an exception.
 */

/** A JSON object, as parsed. */
export type JsonObject = { readonly [key: string]: unknown };

/** Whether `value` is a plain JSON object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A trimmed, non-empty string field; numbers are turned into text (CSV and 1.1 feeds mix them). */
export function readString(object: JsonObject, key: string): string | undefined {
  const value = object[key];
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A finite number field; numeric strings (from CSV) are accepted. */
export function readNumber(object: JsonObject, key: string): number | undefined {
  const value = object[key];
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const parsed = Number(value);
    return Number.isFinite(parsed) ? parsed : undefined;
  }
  return undefined;
}

/** The objects of an array field; anything else in the array is skipped. */
export function readObjects(object: JsonObject, key: string): JsonObject[] {
  const value = object[key];
  return Array.isArray(value) ? value.filter(isObject) : [];
}

/** An object field. */
export function readObject(object: JsonObject, key: string): JsonObject | undefined {
  const value = object[key];
  return isObject(value) ? value : undefined;
}

/** Lowercase letters and digits joined by single dashes, as our ids need; at most `max` characters. */
export function toIdPart(text: string, max = 100): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/g, '');
}
