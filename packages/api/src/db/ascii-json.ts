/** Every character outside ASCII, for `asciiJson`. */
const NOT_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON text in ASCII only, each other character (each half of a surrogate pair) written as a
 * `\uXXXX` escape: the same value to any JSON reader. The documents stored in `resources.data`
 * and the index snapshot are written so: JavaScript makes a one-byte string of ASCII text, which
 * it decodes and parses faster than the two-byte string a single em dash or curly quote makes
 * of a whole text (reading 100,000 documents at start-up: see the api README).
 */
export function asciiJson(value: unknown): string {
  return asciiJsonText(JSON.stringify(value));
}

/**
 * JSON text made ASCII as `asciiJson` writes it: the same value. For text that may hold other
 * characters, such as documents stored before they were written so (migration 0004 kept them
 * as they were); ASCII text comes back as it is.
 */
export function asciiJsonText(text: string): string {
  return text.replace(NOT_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
