import { KM_PER_MILE } from '../geo/lat-lng.js';
import type { MatchReason, SectionCircle, UnmetWish } from '../model/match-result.js';
import type { CodeParams } from '../model/primitives.js';
import { parseLocalTime } from '../schedule/zoned-time.js';
import type { IndexedResource } from '../search/indexed-resource.js';
import {
  ACCESSIBILITY_BITS,
  APPROACH_BITS,
  ATTENDANCE_BITS,
  AUDIENCE_BITS,
  CONCERN_BITS,
  COST_BITS,
  idsOf,
} from '../search/masks.js';
import {
  localWeekMinute,
  type OccurrenceMs,
  type PrecomputedSchedule,
  soonestOccurrence,
  soonestStableOccurrence,
  upcomingOccurrences,
  WEEK_MINUTES,
  type ZoneClock,
} from '../search/week-clock.js';
import { type Medication, MOUD_MEDICATIONS } from '../vocab/medications.js';
import { reason, unmet } from './explain.js';
import { leadStrength } from './leads.js';
import { INSURANCE_MASK, NO_CHARGE_MASK, type ProfileFacts } from './profile-facts.js';

/*
 * Soft scores rank what the hard rules let through. Each part scores 0–1 and has a weight
 * that depends on what the visitor said (language counts more when they named one); the
 * total is the weighted mean, so it stays within 0–1. Every part can also explain itself:
 * given a `Why`, it adds the reasons and unmet wishes behind its number.
 */

/** Reasons and unmet wishes collected while scoring one resource. */
export interface Why {
  reasons: MatchReason[];
  unmet: UnmetWish[];
}

/** The weight of each part for one visitor. */
export interface SoftWeights {
  concern: number;
  distance: number;
  time: number;
  approach: number;
  audience: number;
  language: number;
  accessibility: number;
  cost: number;
  care: number;
  trust: number;
  /** The sum of all weights, to turn a weighted sum into a 0–1 score. */
  total: number;
}

/** The weights for a visitor. */
export function softWeights(f: ProfileFacts): SoftWeights {
  const w = {
    concern: 0.22,
    distance: 0.2,
    time: f.profile.availability.length > 0 ? 0.2 : 0.14,
    // A stated approach (secular, faith-based) matters more than a nearer meeting of another kind.
    approach: f.approaches !== 0 ? 0.35 : 0.04,
    audience: f.wishedAudiences !== 0 ? 0.1 : 0.03,
    language: f.languages.length > 0 ? 0.1 : 0.02,
    accessibility: f.accessibility !== 0 ? 0.14 : 0,
    cost: f.mustBeFree || f.insurance !== 0 || f.uninsured ? 0.1 : 0.05,
    care: f.medications.length > 0 || f.profile.levelsOfCare.length > 0 ? 0.2 : 0.1,
    trust: 0.05,
  };
  const total = Object.values(w).reduce((sum, v) => sum + v, 0);
  return { ...w, total };
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const HYBRID = ATTENDANCE_BITS.bit.hybrid;
const PHONE = ATTENDANCE_BITS.bit.phone;
const ONLINE = ATTENDANCE_BITS.bit.online;
const IN_PERSON = ATTENDANCE_BITS.bit['in-person'];
const MEDICATION_SUPPORTIVE = APPROACH_BITS.bit['medication-supportive'];
const CRAFT = APPROACH_BITS.bit.craft;
const GRIEF = CONCERN_BITS.bit['grief-after-overdose'];
const UNINSURED_FRIENDLY =
  COST_BITS.bit.free |
  COST_BITS.bit.donation |
  COST_BITS.bit['sliding-scale'] |
  COST_BITS.bit['payment-assistance'] |
  COST_BITS.bit['accepts-uninsured'];

/** A distance in the visitor's unit, rounded to a tenth. */
export function shownDistance(km: number, f: ProfileFacts): number {
  const value = f.profile.radiusUnit === 'km' ? km : km / KM_PER_MILE;
  return Math.round(value * 10) / 10;
}

function firstOf<Id extends string>(ids: readonly Id[], preferred: readonly Id[]): Id | undefined {
  for (const id of preferred) if (ids.includes(id)) return id;
  return ids[0];
}

function concernScore(e: IndexedResource, f: ProfileFacts, circle: SectionCircle, why?: Why): number {
  const concerns = f.profile.concerns;
  if (concerns.length === 0) return 0.5;
  if (e.concerns === 0) {
    why?.unmet.push(unmet('concern-not-listed'));
    return 0.35;
  }
  const exact = e.concerns & f.concerns;
  const shared = exact !== 0 ? exact : e.concerns & f.relatedConcerns;
  if (why !== undefined) {
    const concern = firstOf(idsOf(CONCERN_BITS, shared), concerns) ?? concerns[0];
    const params: CodeParams = concern === undefined ? {} : { concern };
    if (circle === 'family' && f.family) why.reasons.push(reason('for-families', params));
    else why.reasons.push(reason('concern', params));
    if (circle === 'family' && (e.concerns & GRIEF) !== 0 && (f.concerns & GRIEF) !== 0) {
      why.reasons.push(reason('grief-support'));
    }
  }
  // A program about exactly this worry fits better than a general one.
  return exact !== 0 ? 1 : 0.7;
}

function distanceScore(
  e: IndexedResource,
  distanceKm: number | undefined,
  f: ProfileFacts,
  why?: Why,
): number {
  if (distanceKm !== undefined) {
    // A meeting next door scores 1, one at the edge of the radius about 0.14.
    const score = Math.exp(-distanceKm / (f.radiusKm * 0.5));
    if (why !== undefined) {
      if (e.schedule.type !== 'ranges') {
        why.reasons.push(
          reason('distance', { distance: shownDistance(distanceKm, f), unit: f.profile.radiusUnit }),
        );
      }
      why.reasons.push(reason((e.attendance & HYBRID) !== 0 ? 'hybrid' : 'in-person'));
      if (distanceKm > f.radiusKm) {
        why.unmet.push(
          unmet('too-far', {
            distance: shownDistance(distanceKm, f),
            radius: f.profile.radius,
            unit: f.profile.radiusUnit,
          }),
        );
      }
    }
    return score;
  }
  const national = e.points.length === 0 && e.kind !== 'meeting';
  if (why !== undefined) {
    if (national && e.kind !== 'online-community') why.reasons.push(reason('national-program'));
    else if ((e.attendance & (ONLINE | HYBRID)) !== 0 || e.kind === 'online-community') {
      why.reasons.push(reason('online'));
    } else if ((e.attendance & PHONE) !== 0) why.reasons.push(reason('phone'));
    if (f.origin !== undefined && f.acceptsInPerson && !f.acceptsRemote)
      why.unmet.push(unmet('not-in-person'));
  }
  if (f.onlineOnly || (f.attendance !== 0 && (f.attendance & IN_PERSON) === 0)) return national ? 0.75 : 0.9;
  return national ? 0.35 : 0.45;
}

function approachScore(e: IndexedResource, f: ProfileFacts, circle: SectionCircle, why?: Why): number {
  // The approach a person wants for themselves says nothing about their family's groups.
  if (f.approaches === 0 || (circle === 'family' && !f.family)) return 0.5;
  const shared = e.approaches & f.approaches;
  if (shared !== 0) {
    if (why !== undefined) {
      const approach = idsOf(APPROACH_BITS, shared)[0];
      if (approach !== undefined) why.reasons.push(reason('approach', { approach }));
    }
    return 1;
  }
  if (e.approaches === 0) {
    if (circle !== 'professionals') why?.unmet.push(unmet('approach-unknown'));
    return 0.4;
  }
  why?.unmet.push(unmet('approach-different'));
  return 0.05;
}

function audienceScore(e: IndexedResource, f: ProfileFacts, why?: Why): number {
  if (f.wishedAudiences === 0) return e.audiences === 0 ? 0.5 : 0.4;
  const shared = e.audiences & f.wishedAudiences;
  if (shared === 0) return 0.35;
  if (why !== undefined) {
    const ageBits = AUDIENCE_BITS.bit.teens | AUDIENCE_BITS.bit['young-people'] | AUDIENCE_BITS.bit.seniors;
    const named = shared & ~ageBits;
    for (const audience of idsOf(AUDIENCE_BITS, named).slice(0, 2))
      why.reasons.push(reason('audience', { audience }));
    if ((shared & ageBits) !== 0 && f.profile.ageGroup !== undefined) why.reasons.push(reason('age'));
  }
  return 1;
}

function languageScore(e: IndexedResource, f: ProfileFacts, why?: Why): number {
  const first = f.languages[0];
  if (first === undefined) return 0.5;
  for (let i = 0; i < f.languages.length; i++) {
    const language = f.languages[i];
    if (language !== undefined && e.languages.includes(language)) {
      // English is assumed; saying so is only news when it was not the visitor's first choice.
      if (why !== undefined && (language !== 'en' || i > 0))
        why.reasons.push(reason('language', { language }));
      return i === 0 ? 1 : 0.8;
    }
  }
  if (e.languages.length === 0) {
    if (first === 'en') return 0.7;
    why?.unmet.push(unmet('language-unknown', { language: first }));
    return 0.3;
  }
  why?.unmet.push(unmet('language-not-offered', { language: first }));
  return 0.05;
}

function accessibilityScore(e: IndexedResource, f: ProfileFacts, why?: Why): number {
  if (f.accessibility === 0) return 0;
  const needs = idsOf(ACCESSIBILITY_BITS, f.accessibility);
  let met = 0;
  for (const feature of needs) {
    if ((e.accessibility & ACCESSIBILITY_BITS.bit[feature]) !== 0) {
      met++;
      why?.reasons.push(reason('accessibility', { feature }));
    } else if (e.accessibility === 0) why?.unmet.push(unmet('accessibility-unknown', { feature }));
    else why?.unmet.push(unmet('accessibility-not-offered', { feature }));
  }
  return met / needs.length;
}

function costReasons(e: IndexedResource, why: Why): void {
  if ((e.costs & COST_BITS.bit.free) !== 0) why.reasons.push(reason('free'));
  else if ((e.costs & COST_BITS.bit.donation) !== 0) why.reasons.push(reason('donation'));
  else if ((e.costs & COST_BITS.bit['sliding-scale']) !== 0) why.reasons.push(reason('sliding-scale'));
}

function costScore(e: IndexedResource, f: ProfileFacts, circle: SectionCircle, why?: Why): number {
  const noCharge = (e.costs & NO_CHARGE_MASK) !== 0;
  if (why !== undefined) costReasons(e, why);
  if (f.mustBeFree) {
    if (noCharge) return 1;
    why?.unmet.push(unmet('cost-unknown'));
    return 0.4;
  }
  if (circle === 'professionals' && f.insurance !== 0) {
    const taken = e.costs & f.insurance;
    if (taken !== 0) {
      const cost = idsOf(COST_BITS, taken)[0];
      if (why !== undefined && cost !== undefined) why.reasons.push(reason('insurance', { cost }));
      return 1;
    }
    const firstWanted = idsOf(COST_BITS, f.insurance)[0] ?? 'medicaid';
    if ((e.costs & INSURANCE_MASK) !== 0) {
      why?.unmet.push(unmet('insurance-not-accepted', { cost: firstWanted }));
      return 0.1;
    }
    if (noCharge) return 0.8;
    why?.unmet.push(unmet('insurance-unknown'));
    return 0.4;
  }
  if (f.uninsured) {
    if ((e.costs & UNINSURED_FRIENDLY) !== 0) {
      if (why !== undefined && (e.costs & COST_BITS.bit['accepts-uninsured']) !== 0) {
        why.reasons.push(reason('accepts-uninsured'));
      }
      return 1;
    }
    if (e.costs === 0) {
      if (circle === 'professionals') why?.unmet.push(unmet('cost-unknown'));
      return 0.45;
    }
    why?.unmet.push(unmet('not-free'));
    return 0.1;
  }
  if (noCharge) return 0.8;
  return 0.5;
}

function medicationParams(medication: Medication): CodeParams {
  return { medication };
}

function professionalCare(e: IndexedResource, f: ProfileFacts, why?: Why): number {
  const resource = e.resource;
  if (resource.kind !== 'provider') return 0.5;
  let score = 0.5;
  const offered = resource.medications;
  const wanted: readonly Medication[] =
    f.medications.length > 0 ? f.medications : f.wantsMoud ? MOUD_MEDICATIONS : [];
  if (wanted.length > 0) {
    const match = wanted.find((m) => offered.includes(m));
    if (match !== undefined) {
      why?.reasons.push(reason('medication', medicationParams(match)));
      score = 1;
    } else {
      const asked = f.medications[0];
      if (asked !== undefined) why?.unmet.push(unmet('medication-not-offered', medicationParams(asked)));
      score = 0.2;
    }
  }
  const levels = f.profile.levelsOfCare;
  if (levels.length > 0) {
    const level = levels.find((l) => resource.levelsOfCare.includes(l));
    if (level !== undefined) {
      why?.reasons.push(reason('level-of-care', { levelOfCare: level }));
      score = Math.min(1, score + 0.3);
    } else if (resource.levelsOfCare.length > 0) {
      const first = levels[0];
      if (first !== undefined) why?.unmet.push(unmet('level-of-care-not-offered', { levelOfCare: first }));
      score *= 0.5;
    }
  }
  if (
    resource.levelsOfCare.includes('telehealth') &&
    f.acceptsRemote &&
    (f.onlineOnly || f.attendance !== 0)
  ) {
    why?.reasons.push(reason('telehealth'));
  }
  return score;
}

function careScore(e: IndexedResource, f: ProfileFacts, circle: SectionCircle, why?: Why): number {
  if (circle === 'professionals') return professionalCare(e, f, why);
  if (circle === 'family') {
    let score = 0.4;
    const lead = leadStrength(e, 'family', f.profile.concerns);
    if (lead > 0) {
      if (f.family) why?.reasons.push(reason('family-lead'));
      score = 0.6 + 0.4 * lead;
    }
    if ((e.approaches & CRAFT) !== 0) {
      why?.reasons.push(reason('craft'));
      score = Math.max(score, 0.8);
    }
    return score;
  }
  // Peers: the fellowship made for the worry leads; someone on medication is best served
  // where medication is welcome; a family member can only go where meetings are open.
  let score = 0.4 + 0.4 * leadStrength(e, 'peers', f.profile.concerns);
  const onMedication =
    f.medications.length > 0 || (f.approaches & MEDICATION_SUPPORTIVE) !== 0 || (f.wantsMoud && !f.family);
  if (onMedication && (e.approaches & MEDICATION_SUPPORTIVE) !== 0) {
    why?.reasons.push(reason('medication-supportive'));
    score = 1;
  }
  if (f.family && e.resource.kind === 'meeting' && e.resource.meetingAccess === 'open') {
    why?.reasons.push(reason('open-meeting'));
    score = Math.min(1, score + 0.2);
  }
  return score;
}

function trustScore(e: IndexedResource, nowMs: number, why?: Why): number {
  if (e.verifiedAtMs === undefined) {
    why?.reasons.push(reason('not-verified'));
    return 0.2;
  }
  const days = Math.max(0, Math.floor((nowMs - e.verifiedAtMs) / DAY_MS));
  if (days > 365) {
    why?.reasons.push(reason('not-verified', { days }));
    return 0.3;
  }
  why?.reasons.push(reason('verified-recently', { days }));
  return days <= 90 ? 1 : 0.7;
}

/**
 * Every part that does not depend on the clock, as a weighted sum (divide by
 * `weights.total` for 0–1). The time part adds at most `weights.time`.
 */
export function staticScore(
  e: IndexedResource,
  distanceKm: number | undefined,
  circle: SectionCircle,
  f: ProfileFacts,
  w: SoftWeights,
  nowMs: number,
  why?: Why,
): number {
  return (
    w.concern * concernScore(e, f, circle, why) +
    w.distance * distanceScore(e, distanceKm, f, why) +
    w.approach * approachScore(e, f, circle, why) +
    w.audience * audienceScore(e, f, why) +
    w.language * languageScore(e, f, why) +
    w.accessibility * accessibilityScore(e, f, why) +
    w.cost * costScore(e, f, circle, why) +
    w.care * careScore(e, f, circle, why) +
    w.trust * trustScore(e, nowMs, why)
  );
}

/** A weekly time as day and minute in a zone. */
interface WeekTime {
  day: number;
  minute: number;
}

function weekTime(ms: number, zone: string, clock: ZoneClock): WeekTime {
  const weekMinute = localWeekMinute(ms, zone, clock);
  return { day: Math.floor(weekMinute / 1440), minute: weekMinute % 1440 };
}

/** The earliest occurrence that falls wholly within one of the visitor's free times. */
function firstFitting(
  occurrences: readonly OccurrenceMs[],
  f: ProfileFacts,
  zone: string,
  clock: ZoneClock,
): OccurrenceMs | undefined {
  let best: OccurrenceMs | undefined;
  for (const o of occurrences) {
    if (best !== undefined && o.startMs >= best.startMs) continue;
    const { day, minute } = weekTime(o.startMs, zone, clock);
    const length = Math.round((o.endMs - o.startMs) / MINUTE_MS);
    for (const free of f.profile.availability) {
      if (free.day !== day) continue;
      if (minute >= parseLocalTime(free.from) && minute + length <= parseLocalTime(free.to)) {
        best = o;
        break;
      }
    }
  }
  return best;
}

/** The zone a resource's times are shown in: the visitor's for what is joined remotely, else its own. */
export function displayZone(
  e: IndexedResource,
  distanceKm: number | undefined,
  f: ProfileFacts,
): string | undefined {
  if (distanceKm === undefined && f.profile.timeZone !== undefined) return f.profile.timeZone;
  return e.schedule.zone ?? f.profile.timeZone;
}

/**
 * The most {@link timeScore} can give anything joined remotely, for this visitor now: a
 * visitor who said when they are free gives full marks only to a fitting time within a day
 * (0.9 to one later in the week), so when none of their free times falls in the next day,
 * nothing scores above 0.9. Remote times are read in the visitor's zone, hence the zone.
 * The matcher uses it as a bound, to leave unscored what cannot rank.
 */
export function remoteTimeBound(f: ProfileFacts, w: SoftWeights, clock: ZoneClock): number {
  const zone = f.profile.timeZone;
  if (f.profile.availability.length === 0 || zone === undefined) return w.time;
  const now = localWeekMinute(clock.nowMs, zone, clock);
  // A day ahead, and an hour more in case the clock changes on the way.
  const horizon = 1440 + 60;
  for (const free of f.profile.availability) {
    const from = free.day * 1440 + parseLocalTime(free.from);
    let length = parseLocalTime(free.to) - parseLocalTime(free.from);
    if (length <= 0) length += 1440;
    const untilOpen = (((from - now) % WEEK_MINUTES) + WEEK_MINUTES) % WEEK_MINUTES;
    const sinceOpen = (WEEK_MINUTES - untilOpen) % WEEK_MINUTES;
    if (untilOpen <= horizon || sinceOpen <= length) return w.time;
  }
  return w.time * 0.9;
}

/** The share of `weights.time` for schedules without times of their own. */
const UNTIMED_SHARE = { always: 0.8, appointment: 0.5, none: 0.4 } as const;

/** The share of `weights.time` the soonest occurrence earns from a visitor who named no free times. */
function soonShare(soonest: OccurrenceMs, nowMs: number): number {
  if (soonest.startMs <= nowMs) {
    // In progress; joining with ten minutes left is not much of a meeting.
    return Math.floor((soonest.endMs - nowMs) / MINUTE_MS) >= 20 ? 1 : 0.6;
  }
  const minutesUntil = Math.ceil((soonest.startMs - nowMs) / MINUTE_MS);
  if (minutesUntil <= 60) return 0.95;
  if (minutesUntil <= 24 * 60) return 0.75;
  if (minutesUntil <= 3 * 24 * 60) return 0.6;
  return 0.5;
}

/**
 * An upper bound of {@link timeScore} for a remote resource with schedule `pre`, by
 * arithmetic alone: exact for a visitor who named no free times, in a week without a clock
 * change; `bound` (see {@link remoteTimeBound}) when it cannot tell. The matcher opens a
 * bundle's classes in the order of this bound, so it scores only those that could rank.
 */
export function remoteClassTimeBound(
  pre: PrecomputedSchedule,
  f: ProfileFacts,
  w: SoftWeights,
  clock: ZoneClock,
  bound: number,
): number {
  if (f.profile.availability.length > 0) return bound;
  if (pre.type === 'always') return w.time * UNTIMED_SHARE.always;
  if (pre.type === 'appointment') return w.time * UNTIMED_SHARE.appointment;
  if (pre.type === 'none') return w.time * UNTIMED_SHARE.none;
  const soonest = soonestStableOccurrence(pre, clock);
  return soonest === undefined ? bound : w.time * soonShare(soonest, clock.nowMs);
}

/**
 * The clock-dependent part as a weighted value (at most `weights.time`): in progress or
 * starting soon, the next meeting within the visitor's free times, or soon at all.
 */
export function timeScore(
  e: IndexedResource,
  distanceKm: number | undefined,
  f: ProfileFacts,
  w: SoftWeights,
  clock: ZoneClock,
  why?: Why,
): number {
  const hasFreeTimes = f.profile.availability.length > 0;
  const type = e.schedule.type;
  if (type === 'always') {
    why?.reasons.push(reason('open-24-7'));
    return w.time * UNTIMED_SHARE.always;
  }
  if (type === 'appointment') {
    why?.reasons.push(reason('by-appointment'));
    return w.time * UNTIMED_SHARE.appointment;
  }
  if (type === 'none') {
    if (why !== undefined && e.kind === 'meeting') why.unmet.push(unmet('schedule-unknown'));
    return w.time * UNTIMED_SHARE.none;
  }
  const occurrences = upcomingOccurrences(e.schedule, e.resource.schedule, clock);
  const soonest = soonestOccurrence(occurrences);
  const zone = displayZone(e, distanceKm, f) ?? 'UTC';
  if (soonest === undefined) {
    why?.unmet.push(unmet('schedule-unknown'));
    return w.time * 0.2;
  }
  const fitting = hasFreeTimes ? firstFitting(occurrences, f, zone, clock) : undefined;
  const nowMs = clock.nowMs;
  const inProgress = soonest.startMs <= nowMs;
  const minutesUntil = Math.ceil((soonest.startMs - nowMs) / MINUTE_MS);
  let score: number;
  if (hasFreeTimes) {
    // Someone who said when they are free is served by a time that fits, not by the soonest one.
    score = fitting === undefined ? 0.15 : fitting.startMs - nowMs <= 24 * 60 * MINUTE_MS ? 1 : 0.9;
  } else score = soonShare(soonest, nowMs);
  if (why !== undefined) {
    const shown = fitting ?? (inProgress ? (occurrences.find((o) => o.startMs > nowMs) ?? soonest) : soonest);
    const when = weekTime(shown.startMs, zone, clock);
    const params: CodeParams = {
      day: when.day,
      minute: when.minute,
      timeZone: zone,
      at: new Date(shown.startMs).toISOString(),
    };
    if (distanceKm !== undefined) {
      params.distance = shownDistance(distanceKm, f);
      params.unit = f.profile.radiusUnit;
    }
    if (inProgress) {
      why.reasons.push(
        reason('in-progress', { minutesLeft: Math.floor((soonest.endMs - nowMs) / MINUTE_MS) }),
      );
    } else if (minutesUntil <= 60) why.reasons.push(reason('starting-soon', { minutes: minutesUntil }));
    if (fitting !== undefined) why.reasons.push(reason('fits-your-time', params));
    else why.reasons.push(reason('next-meeting', params));
    if (hasFreeTimes && fitting === undefined) why.unmet.push(unmet('schedule-conflict'));
  }
  return w.time * score;
}
