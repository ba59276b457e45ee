import type { Approach } from '../../vocab/approaches.js';
import type { Circle } from '../../vocab/circles.js';
import type { Concern } from '../../vocab/concerns.js';
import type { Serves } from '../../vocab/serves.js';

/** What a fellowship's meetings are: the circle, who they serve, the concern and approach. */
export interface FellowshipProfile {
  /** The common short name, as `fellowship` holds it: "AA", "Al-Anon". */
  name: string;
  circle: Circle;
  serves: Serves;
  concerns: readonly Concern[];
  approaches: readonly Approach[];
  /** Matched against each record's listing-page host and the feed's source. */
  host: RegExp;
  /** Matched against each record's name. */
  text: RegExp;
}

/** AA: the fellowship the Meeting Guide format was made for, assumed when a feed gives no sign. */
export const AA_FELLOWSHIP: FellowshipProfile = {
  name: 'AA',
  circle: 'peers',
  serves: 'person-in-recovery',
  concerns: ['alcohol'],
  approaches: ['twelve-step'],
  // Intergroup sites put "aa" in the host: aasepia.org, oc-aa.org, sussexaa.org.
  host: /aa/i,
  text: /\bAA\b|\bA\.A\.|alcoholics anonymous/i,
};

/*
 * Family groups come first: their names and sites often mention the fellowship of the
 * person they love ("Al-Anon" contains no "AA", but Nar-Anon pages cite NA).
 */
const FELLOWSHIPS: readonly FellowshipProfile[] = [
  {
    name: 'Al-Anon',
    circle: 'family',
    serves: 'family-and-friends',
    concerns: ['alcohol'],
    approaches: ['twelve-step'],
    host: /al-?anon|alateen/i,
    text: /\bal-?anon\b|\balateen\b|\bAFG\b/i,
  },
  {
    name: 'Nar-Anon',
    circle: 'family',
    serves: 'family-and-friends',
    concerns: ['general-substance-use'],
    approaches: ['twelve-step'],
    host: /nar-?anon/i,
    text: /\bnar-?anon\b|\bnarateen\b/i,
  },
  {
    name: 'EDA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['eating-disorders'],
    approaches: ['twelve-step'],
    host: /eatingdisordersanonymous|(^|\.)eda[-.]/i,
    text: /\bEDA\b|eating disorders anonymous/i,
  },
  {
    name: 'OA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['eating-disorders'],
    approaches: ['twelve-step'],
    host: /overeaters|(^|\.)oa\.org$/i,
    text: /\bovereaters anonymous\b/i,
  },
  {
    name: 'GA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['gambling'],
    approaches: ['twelve-step'],
    host: /gamblersanonymous/i,
    text: /\bgamblers anonymous\b/i,
  },
  {
    name: 'CMA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['stimulants'],
    approaches: ['twelve-step'],
    host: /crystalmeth/i,
    text: /\bcrystal meth anonymous\b|\bCMA\b/,
  },
  {
    name: 'CA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['stimulants'],
    approaches: ['twelve-step'],
    host: /cocaineanonymous|(^|\.)ca\.org$/i,
    text: /\bcocaine anonymous\b/i,
  },
  {
    name: 'MA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['cannabis'],
    approaches: ['twelve-step'],
    host: /marijuana-?anonymous/i,
    text: /\bmarijuana anonymous\b/i,
  },
  {
    name: 'DRA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['co-occurring'],
    approaches: ['twelve-step'],
    host: /draonline|dualrecovery/i,
    text: /\bdual recovery anonymous\b/i,
  },
  {
    name: 'NA',
    circle: 'peers',
    serves: 'person-in-recovery',
    concerns: ['general-substance-use'],
    approaches: ['twelve-step'],
    host: /(^|\.)na\.org$|narcotics/i,
    text: /\bnarcotics anonymous\b|\bNA\b/,
  },
  AA_FELLOWSHIP,
];

/** The profile of a fellowship by name (case-insensitive), or undefined when unknown. */
export function fellowshipProfile(name: string): FellowshipProfile | undefined {
  const wanted = name.trim().toLowerCase();
  return FELLOWSHIPS.find((profile) => profile.name.toLowerCase() === wanted);
}

/** What the signs in a feed point to. */
export interface FellowshipVote {
  profile: FellowshipProfile;
  /** Records whose host or name matched. */
  votes: number;
}

/** The fellowship one record points to by its listing-page host or its name, if any. */
export function fellowshipOfRecord(
  host: string | undefined,
  name: string | undefined,
): FellowshipProfile | undefined {
  return FELLOWSHIPS.find(
    (candidate) =>
      (host !== undefined && candidate.host.test(host)) || (name !== undefined && candidate.text.test(name)),
  );
}

/**
 * The fellowship most records point to (each record's {@link fellowshipOfRecord}), plus the
 * source's name and URL (which count as much as every record together). Undefined when
 * nothing points anywhere.
 */
export function detectFellowship(
  records: readonly (FellowshipProfile | undefined)[],
  source: readonly string[],
): FellowshipVote | undefined {
  const votes = new Map<FellowshipProfile, number>();
  const vote = (profile: FellowshipProfile, weight: number) =>
    votes.set(profile, (votes.get(profile) ?? 0) + weight);
  for (const text of source) {
    const profile = FELLOWSHIPS.find((candidate) => candidate.host.test(text) || candidate.text.test(text));
    if (profile) vote(profile, Math.max(1, records.length));
  }
  for (const profile of records) if (profile) vote(profile, 1);
  let best: FellowshipVote | undefined;
  for (const [profile, count] of votes) if (!best || count > best.votes) best = { profile, votes: count };
  return best;
}
