import { KM_PER_MILE, type LatLng } from '../geo/lat-lng.js';
import type { NeedsProfile } from '../model/needs-profile.js';
import {
  ACCESSIBILITY_BITS,
  APPROACH_BITS,
  ATTENDANCE_BITS,
  AUDIENCE_BITS,
  CONCERN_BITS,
  COST_BITS,
  maskOf,
  primaryLanguage,
  relatedConcernsMask,
} from '../search/masks.js';
import type { Audience } from '../vocab/audiences.js';
import { INSURANCE_COSTS, NO_CHARGE_COSTS } from '../vocab/costs.js';
import { type Medication, MOUD_MEDICATIONS } from '../vocab/medications.js';

/** Audiences that say a person served in the military or is family of one who did. */
const MILITARY: readonly Audience[] = ['veterans', 'active-duty-military', 'military-families'];
/** Audiences under the LGBTQ+ umbrella. */
const LGBTQ: readonly Audience[] = ['lgbtq', 'transgender', 'non-binary'];

/** What the matcher reads from a needs profile, worked out once per call. */
export interface ProfileFacts {
  readonly profile: NeedsProfile;
  /** A family member or friend looking for help. */
  readonly family: boolean;
  /** Concerns named, exactly. */
  readonly concerns: number;
  /** Concerns named plus their general and specific relatives (see `relatedConcernMask`). */
  readonly relatedConcerns: number;
  /** Languages the visitor reads, primary subtags, most preferred first; from the locale when none given. */
  readonly languages: readonly string[];
  /** Set when a language is required. */
  readonly requiredLanguages: ReadonlySet<string> | undefined;
  readonly requiredAudiences: number;
  /** Audiences wished for, required ones included, and those implied by the age group. */
  readonly wishedAudiences: number;
  readonly veteran: boolean;
  readonly lgbtq: boolean;
  /** Approaches asked for; 0 when "not sure". */
  readonly approaches: number;
  /** Attendance modes the visitor can use; 0 means any. */
  readonly attendance: number;
  readonly acceptsRemote: boolean;
  readonly acceptsInPerson: boolean;
  readonly onlineOnly: boolean;
  readonly mustBeFree: boolean;
  /** Insurance the visitor has, as cost bits. */
  readonly insurance: number;
  readonly uninsured: boolean;
  /** Medications wished for, explicitly. */
  readonly medications: readonly Medication[];
  /** Wants medication for opioid use disorder, said or implied by an opioid concern. */
  readonly wantsMoud: boolean;
  readonly accessibility: number;
  readonly origin: LatLng | undefined;
  readonly radiusKm: number;
  /** The locale of the words shown ('en' or 'es'). */
  readonly locale: 'en' | 'es';
}

const REMOTE_MODES = ATTENDANCE_BITS.bit.online | ATTENDANCE_BITS.bit.phone | ATTENDANCE_BITS.bit.hybrid;
const IN_PERSON_MODES = ATTENDANCE_BITS.bit['in-person'] | ATTENDANCE_BITS.bit.hybrid;
/** Cost bits that mean nobody has to pay. */
export const NO_CHARGE_MASK = maskOf(COST_BITS, NO_CHARGE_COSTS);
/** Cost bits that are kinds of insurance. */
export const INSURANCE_MASK = maskOf(COST_BITS, INSURANCE_COSTS);

/** Works out the {@link ProfileFacts} of a parsed profile. */
export function profileFacts(
  profile: NeedsProfile,
  origin: LatLng | undefined,
  locale: string,
): ProfileFacts {
  const uiLocale = locale.toLowerCase().startsWith('es') ? 'es' : 'en';
  const named = [...new Set(profile.languages.map(primaryLanguage))];
  // A visitor reading the Spanish pages who named no language is taken to prefer Spanish.
  const languages = named.length > 0 ? named : uiLocale === 'es' ? ['es'] : [];
  let attendance = maskOf(ATTENDANCE_BITS, profile.attendance);
  if (profile.onlineOnly) attendance = ATTENDANCE_BITS.bit.online | ATTENDANCE_BITS.bit.phone;
  const audiences = [...profile.audiences, ...profile.requiredAudiences];
  let wished = maskOf(AUDIENCE_BITS, audiences);
  if (profile.ageGroup === 'under-18') wished |= AUDIENCE_BITS.bit.teens;
  if (profile.ageGroup === '18-to-24') wished |= AUDIENCE_BITS.bit['young-people'];
  if (profile.ageGroup === '65-and-over') wished |= AUDIENCE_BITS.bit.seniors;
  const medications = profile.medications;
  return {
    profile,
    family: profile.forWhom === 'someone-i-care-about',
    concerns: maskOf(CONCERN_BITS, profile.concerns),
    relatedConcerns: relatedConcernsMask(profile.concerns),
    languages,
    requiredLanguages: profile.languageRequired && named.length > 0 ? new Set(named) : undefined,
    requiredAudiences: maskOf(AUDIENCE_BITS, profile.requiredAudiences),
    wishedAudiences: wished,
    veteran: audiences.some((a) => MILITARY.includes(a)),
    lgbtq: audiences.some((a) => LGBTQ.includes(a)),
    approaches: profile.approaches === 'not-sure' ? 0 : maskOf(APPROACH_BITS, profile.approaches),
    attendance,
    acceptsRemote: attendance === 0 || (attendance & REMOTE_MODES) !== 0,
    acceptsInPerson: !profile.onlineOnly && (attendance === 0 || (attendance & IN_PERSON_MODES) !== 0),
    onlineOnly: profile.onlineOnly,
    mustBeFree: profile.cost.mustBeFree,
    insurance: maskOf(COST_BITS, profile.cost.insurance) & INSURANCE_MASK,
    uninsured: profile.cost.uninsured,
    medications,
    wantsMoud:
      medications.some((m) => MOUD_MEDICATIONS.includes(m)) ||
      (profile.concerns.includes('opioids') && medications.length === 0),
    accessibility: maskOf(ACCESSIBILITY_BITS, profile.accessibility),
    origin,
    radiusKm: profile.radiusUnit === 'km' ? profile.radius : profile.radius * KM_PER_MILE,
    locale: uiLocale,
  };
}
