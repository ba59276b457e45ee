import type { Resource } from '../model/resource.js';
import { CRISIS_HOTLINES } from './crisis-hotlines.js';
import { NATIONAL_PROGRAMS } from './national-programs.js';

/**
 * The records a new installation starts with: the crisis and help lines, then the national
 * programs of every circle. None has a location; local meetings and providers come from imports.
 */
export const STARTER_DIRECTORY: readonly Resource[] = Object.freeze([
  ...CRISIS_HOTLINES,
  ...NATIONAL_PROGRAMS,
]);

/** A fresh, mutable copy of the starter directory, safe to seed a store with and change. */
export function starterDirectory(): Resource[] {
  return STARTER_DIRECTORY.map((resource) => structuredClone(resource));
}
