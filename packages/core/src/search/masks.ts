import { ACCESSIBILITY_FEATURES, type AccessibilityFeature } from '../vocab/accessibility.js';
import { APPROACHES, type Approach } from '../vocab/approaches.js';
import { ATTENDANCE_MODES, type AttendanceMode } from '../vocab/attendance.js';
import { AUDIENCES, type Audience } from '../vocab/audiences.js';
import { CIRCLES, type Circle } from '../vocab/circles.js';
import { CONCERNS, type Concern, MENTAL_HEALTH_CONCERNS, SUBSTANCE_CONCERNS } from '../vocab/concerns.js';
import { COSTS, type Cost } from '../vocab/costs.js';

/*
 * Each vocabulary has at most 31 terms, so a set of terms fits in one 32-bit integer and
 * the matcher can test "any of" and "all of" with one `&` instead of walking arrays.
 */

/** Bit positions of a vocabulary's ids, in vocabulary order. */
export interface BitVocabulary<Id extends string> {
  readonly bit: Readonly<Record<Id, number>>;
  readonly ids: readonly Id[];
  /** The same bits in a Map: a lookup by a key only known at run time is several times faster. */
  readonly bitOf: ReadonlyMap<string, number>;
}

function bits<Id extends string>(terms: readonly { readonly id: Id }[]): BitVocabulary<Id> {
  if (terms.length > 31) throw new RangeError('a vocabulary of more than 31 terms does not fit a bit mask');
  const bit = {} as Record<Id, number>;
  terms.forEach((term, i) => {
    bit[term.id] = 1 << i;
  });
  return { bit, ids: terms.map((term) => term.id), bitOf: new Map(Object.entries<number>(bit)) };
}

/** Bits of the concern vocabulary. */
export const CONCERN_BITS: BitVocabulary<Concern> = bits(CONCERNS);
/** Bits of the approach vocabulary. */
export const APPROACH_BITS: BitVocabulary<Approach> = bits(APPROACHES);
/** Bits of the audience vocabulary. */
export const AUDIENCE_BITS: BitVocabulary<Audience> = bits(AUDIENCES);
/** Bits of the attendance vocabulary. */
export const ATTENDANCE_BITS: BitVocabulary<AttendanceMode> = bits(ATTENDANCE_MODES);
/** Bits of the cost vocabulary. */
export const COST_BITS: BitVocabulary<Cost> = bits(COSTS);
/** Bits of the accessibility vocabulary. */
export const ACCESSIBILITY_BITS: BitVocabulary<AccessibilityFeature> = bits(ACCESSIBILITY_FEATURES);
/** Bits of the circle vocabulary. */
export const CIRCLE_BITS: BitVocabulary<Circle> = bits(CIRCLES);

/** The mask of a list of ids. */
export function maskOf<Id extends string>(vocabulary: BitVocabulary<Id>, ids: readonly Id[]): number {
  let mask = 0;
  for (let i = 0; i < ids.length; i++) mask |= vocabulary.bitOf.get(ids[i] as string) ?? 0;
  return mask;
}

/** The ids of a mask, in vocabulary order. */
export function idsOf<Id extends string>(vocabulary: BitVocabulary<Id>, mask: number): Id[] {
  return vocabulary.ids.filter((id) => (mask & vocabulary.bit[id]) !== 0);
}

const SUBSTANCE_MASK = maskOf(CONCERN_BITS, SUBSTANCE_CONCERNS);
const MENTAL_HEALTH_MASK = maskOf(CONCERN_BITS, MENTAL_HEALTH_CONCERNS);
const GENERAL_SUBSTANCE = CONCERN_BITS.bit['general-substance-use'];
const GENERAL_MENTAL_HEALTH = CONCERN_BITS.bit['general-mental-health'];
const CO_OCCURRING = CONCERN_BITS.bit['co-occurring'];

/**
 * The concerns a resource may list to be about `concern`: the concern itself, the general
 * term of its group ("any substance use" covers alcohol), every specific term when the
 * concern is a general one, and "co-occurring" for any substance or mental-health concern.
 */
export function relatedConcernMask(concern: Concern): number {
  const own = CONCERN_BITS.bit[concern];
  let mask = own;
  if ((own & SUBSTANCE_MASK) !== 0) mask |= GENERAL_SUBSTANCE | CO_OCCURRING;
  if ((own & MENTAL_HEALTH_MASK) !== 0) mask |= GENERAL_MENTAL_HEALTH | CO_OCCURRING;
  if (own === GENERAL_SUBSTANCE) mask |= SUBSTANCE_MASK;
  if (own === GENERAL_MENTAL_HEALTH) mask |= MENTAL_HEALTH_MASK;
  if (own === CO_OCCURRING) mask |= GENERAL_SUBSTANCE | GENERAL_MENTAL_HEALTH;
  return mask;
}

/** The union of {@link relatedConcernMask} over several concerns. */
export function relatedConcernsMask(concerns: readonly Concern[]): number {
  let mask = 0;
  for (const concern of concerns) mask |= relatedConcernMask(concern);
  return mask;
}

/** The primary language subtag of a BCP 47 tag, lowercased ("es-419" → "es"). */
export function primaryLanguage(tag: string): string {
  const dash = tag.indexOf('-');
  return (dash === -1 ? tag : tag.slice(0, dash)).toLowerCase();
}
