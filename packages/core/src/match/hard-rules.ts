import type { IndexedResource } from '../search/indexed-resource.js';
import { ATTENDANCE_BITS, AUDIENCE_BITS, CIRCLE_BITS } from '../search/masks.js';
import { ageGroupWithin } from '../vocab/age-groups.js';
import { NO_CHARGE_MASK, type ProfileFacts } from './profile-facts.js';

/*
 * Hard rules decide what may be suggested at all; they are never traded against scores and
 * never relaxed when a section is widened. Each returns true when a resource breaks it.
 * A record that does not speak to a rule (no languages listed, no cost listed) is not
 * taken to break it, except where saying nothing cannot honour the wish (see each rule).
 */

/** The hard rules, by name. */
export type HardRuleId =
  | 'active-only'
  | 'crisis-lines-listed-apart'
  | 'no-closed-meetings-for-family'
  | 'required-language'
  | 'required-audience'
  | 'gender-specific-group'
  | 'online-only'
  | 'attendance-possible'
  | 'must-be-free'
  | 'age-limit'
  | 'concern-related';

const CRISIS = CIRCLE_BITS.bit.crisis;
const HYBRID = ATTENDANCE_BITS.bit.hybrid;
const IN_PERSON_OR_ONLINE = ATTENDANCE_BITS.bit['in-person'] | ATTENDANCE_BITS.bit.online;
const WOMEN = AUDIENCE_BITS.bit.women;
const MEN = AUDIENCE_BITS.bit.men;

/** Inactive and temporarily closed resources are never suggested as if running. */
export function breaksActiveOnly(e: IndexedResource): boolean {
  return e.status !== 'active';
}

/** Crisis and help lines go in the crisis list, which always holds every line, not in a circle. */
export function breaksCrisisLinesApart(e: IndexedResource): boolean {
  return (e.circles & CRISIS) !== 0;
}

/**
 * A closed meeting is for members, so it is never a family member's suggestion; a family
 * group's closed meetings (Al-Anon, Nar-Anon) are for families and stay.
 */
export function breaksNoClosedMeetingsForFamily(e: IndexedResource, f: ProfileFacts): boolean {
  return f.family && e.closedMeeting && !e.forFamilies;
}

/**
 * A required language must be offered. A record that lists no language is taken to be in
 * English (the directory's default), so it meets a requirement only when English is allowed.
 */
export function breaksRequiredLanguage(e: IndexedResource, f: ProfileFacts): boolean {
  const required = f.requiredLanguages;
  if (required === undefined) return false;
  if (e.languages.length === 0) return !required.has('en');
  for (const language of e.languages) if (required.has(language)) return false;
  return true;
}

/** Every required audience must be one the resource is for. */
export function breaksRequiredAudience(e: IndexedResource, f: ProfileFacts): boolean {
  return (e.audiences & f.requiredAudiences) !== f.requiredAudiences;
}

/** A women's group is not suggested to a man who said so, nor a men's group to a woman. */
export function breaksGenderSpecificGroup(e: IndexedResource, f: ProfileFacts): boolean {
  const wished = f.wishedAudiences;
  const forWomenOnly = (e.audiences & WOMEN) !== 0 && (e.audiences & MEN) === 0;
  const forMenOnly = (e.audiences & MEN) !== 0 && (e.audiences & WOMEN) === 0;
  return (
    (forWomenOnly && (wished & MEN) !== 0 && (wished & WOMEN) === 0) ||
    (forMenOnly && (wished & WOMEN) !== 0 && (wished & MEN) === 0)
  );
}

/** "Online only" means nothing that needs travel. */
export function breaksOnlineOnly(e: IndexedResource, f: ProfileFacts): boolean {
  return f.onlineOnly && !e.remote;
}

/** A resource offering none of the ways the visitor can take part is left out (unknown ways stay). */
export function breaksAttendancePossible(e: IndexedResource, f: ProfileFacts): boolean {
  if (f.attendance === 0 || e.attendance === 0) return false;
  // A hybrid meeting can be joined in person or online.
  const offered = (e.attendance & HYBRID) !== 0 ? e.attendance | IN_PERSON_OR_ONLINE : e.attendance;
  return (offered & f.attendance) === 0;
}

/** "Must be free" leaves out what lists a cost and no free or donation option (unlisted costs stay). */
export function breaksMustBeFree(e: IndexedResource, f: ProfileFacts): boolean {
  return f.mustBeFree && e.costs !== 0 && (e.costs & NO_CHARGE_MASK) === 0;
}

/** A help line with an upper age limit is not suggested to an older age group. */
export function breaksAgeLimit(e: IndexedResource, f: ProfileFacts): boolean {
  const group = f.profile.ageGroup;
  if (group === undefined || e.resource.kind !== 'hotline') return false;
  const max = e.resource.maxAge;
  return max !== undefined && !ageGroupWithin(group, max);
}

/** A resource about other concerns only (a gambling group for a drinking worry) is left out. */
export function breaksConcernRelated(e: IndexedResource, f: ProfileFacts): boolean {
  return f.concerns !== 0 && e.concerns !== 0 && (e.concerns & f.relatedConcerns) === 0;
}

/** Every hard rule with its check, in the order they are tried. */
export const HARD_RULES: readonly {
  readonly id: HardRuleId;
  readonly breaks: (e: IndexedResource, f: ProfileFacts) => boolean;
}[] = [
  { id: 'active-only', breaks: breaksActiveOnly },
  { id: 'crisis-lines-listed-apart', breaks: breaksCrisisLinesApart },
  { id: 'concern-related', breaks: breaksConcernRelated },
  { id: 'no-closed-meetings-for-family', breaks: breaksNoClosedMeetingsForFamily },
  { id: 'required-language', breaks: breaksRequiredLanguage },
  { id: 'required-audience', breaks: breaksRequiredAudience },
  { id: 'gender-specific-group', breaks: breaksGenderSpecificGroup },
  { id: 'online-only', breaks: breaksOnlineOnly },
  { id: 'attendance-possible', breaks: breaksAttendancePossible },
  { id: 'must-be-free', breaks: breaksMustBeFree },
  { id: 'age-limit', breaks: breaksAgeLimit },
];

/** The first hard rule a resource breaks for this visitor, or undefined when it may be suggested. */
export function brokenHardRule(e: IndexedResource, f: ProfileFacts): HardRuleId | undefined {
  // Written out rather than looping over HARD_RULES: this runs for every candidate.
  if (breaksActiveOnly(e)) return 'active-only';
  if (breaksCrisisLinesApart(e)) return 'crisis-lines-listed-apart';
  if (breaksConcernRelated(e, f)) return 'concern-related';
  if (breaksNoClosedMeetingsForFamily(e, f)) return 'no-closed-meetings-for-family';
  if (breaksRequiredLanguage(e, f)) return 'required-language';
  if (breaksRequiredAudience(e, f)) return 'required-audience';
  if (breaksGenderSpecificGroup(e, f)) return 'gender-specific-group';
  if (breaksOnlineOnly(e, f)) return 'online-only';
  if (breaksAttendancePossible(e, f)) return 'attendance-possible';
  if (breaksMustBeFree(e, f)) return 'must-be-free';
  if (breaksAgeLimit(e, f)) return 'age-limit';
  return undefined;
}
