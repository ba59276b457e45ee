import type { IndexedResource } from '../search/indexed-resource.js';
import type { Concern } from '../vocab/concerns.js';
import { MENTAL_HEALTH_CONCERNS } from '../vocab/concerns.js';

/*
 * The programs that lead a circle for each worry, most fitting first. Family circle: Al-Anon
 * for drinking; Learn to Cope first for opioids, then Nar-Anon, Families Anonymous and SMART
 * Recovery Family & Friends for any drug use; GRASP after a death; NAMI's family programs for
 * mental health. Peers: the fellowship made for the substance or behavior (AA, NA, CA, CMA,
 * MA, GA, EDA), SMART Recovery for any substance, DBSA and NAMI Connection for mental health.
 * A lead is known by its fellowship's short name (so local meetings lead too) or by words in
 * its name.
 */

/** How a lead program is recognised. */
export interface Lead {
  /** The fellowship's short name, folded ("al-anon"). */
  readonly fellowship?: string;
  /** Words in the folded fellowship-and-name ("learn to cope"). */
  readonly name?: string;
}

const AA: Lead = { fellowship: 'aa', name: 'alcoholics anonymous' };
const NA: Lead = { fellowship: 'na', name: 'narcotics anonymous' };
const SMART: Lead = { fellowship: 'smart', name: 'smart recovery' };
const NAR_ANON: Lead = { fellowship: 'nar-anon', name: 'nar-anon' };
const FAMILIES_ANONYMOUS: Lead = { fellowship: 'families anonymous', name: 'families anonymous' };
const SMART_FAMILY: Lead = { fellowship: 'smart family & friends', name: 'smart recovery family' };
const NAMI: Lead = { name: 'nami' };
const DRUG_FAMILY = [NAR_ANON, FAMILIES_ANONYMOUS, SMART_FAMILY];
const DBSA: Lead = { name: 'depression and bipolar' };

const FAMILY_LEADS: Partial<Record<Concern, readonly Lead[]>> = {
  alcohol: [{ fellowship: 'al-anon', name: 'al-anon' }, FAMILIES_ANONYMOUS, SMART_FAMILY],
  opioids: [{ name: 'learn to cope' }, ...DRUG_FAMILY],
  stimulants: DRUG_FAMILY,
  cannabis: DRUG_FAMILY,
  sedatives: DRUG_FAMILY,
  'general-substance-use': DRUG_FAMILY,
  'co-occurring': [...DRUG_FAMILY, NAMI],
  'grief-after-overdose': [{ name: 'grasp' }],
  ...Object.fromEntries(MENTAL_HEALTH_CONCERNS.map((concern) => [concern, [NAMI]])),
};

const PEER_LEADS: Partial<Record<Concern, readonly Lead[]>> = {
  alcohol: [AA, SMART],
  opioids: [NA, SMART],
  stimulants: [
    { fellowship: 'ca', name: 'cocaine anonymous' },
    { fellowship: 'cma', name: 'crystal meth' },
    NA,
    SMART,
  ],
  cannabis: [{ fellowship: 'ma', name: 'marijuana anonymous' }, NA, SMART],
  sedatives: [NA, SMART],
  'general-substance-use': [NA, SMART],
  'co-occurring': [NA, SMART, { name: 'nami connection' }],
  gambling: [{ fellowship: 'ga', name: 'gamblers anonymous' }],
  'eating-disorders': [{ fellowship: 'eda', name: 'eating disorders anonymous' }],
  depression: [DBSA, { name: 'nami connection' }],
  bipolar: [DBSA, { name: 'nami connection' }],
  ...Object.fromEntries(
    (['anxiety', 'psychosis', 'trauma', 'general-mental-health'] as const).map((c) => [
      c,
      [{ name: 'nami connection' }, DBSA],
    ]),
  ),
};

/** The programs that lead a circle for a concern, most fitting first. */
export function leadsFor(circle: 'family' | 'peers', concern: Concern): readonly Lead[] {
  return (circle === 'family' ? FAMILY_LEADS : PEER_LEADS)[concern] ?? [];
}

/** Every lead name, so the index can note once per resource which ones its name holds. */
const LEAD_NAMES: readonly string[] = [
  ...new Set(
    [...Object.values(FAMILY_LEADS), ...Object.values(PEER_LEADS)].flatMap((leads) =>
      (leads ?? []).flatMap((lead) => (lead.name === undefined ? [] : [lead.name])),
    ),
  ),
].sort();

/** The lead names found in a folded fellowship-and-name, for the index to keep. */
export function leadNamesIn(foldedName: string): readonly string[] {
  // One regular expression rules out most names before testing each lead name.
  if (!ANY_LEAD_NAME.test(foldedName)) return NONE;
  let found: string[] | undefined;
  for (const name of LEAD_NAMES) {
    if (!foldedName.includes(name)) continue;
    if (found === undefined) found = [];
    found.push(name);
  }
  return found ?? NONE;
}

const NONE: readonly string[] = Object.freeze([]);
const ANY_LEAD_NAME = new RegExp(
  LEAD_NAMES.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
);

function isLead(e: IndexedResource, lead: Lead): boolean {
  if (lead.fellowship !== undefined && e.foldedFellowship === lead.fellowship) return true;
  return lead.name !== undefined && e.leadNames.includes(lead.name);
}

/**
 * How strongly a resource leads its circle for the visitor's concerns: 1 for the first
 * program named for a concern, a little less for each next one, 0 when it is not a lead.
 */
export function leadStrength(
  e: IndexedResource,
  circle: 'family' | 'peers',
  concerns: readonly Concern[],
): number {
  let best = 0;
  for (const concern of concerns) {
    const leads = leadsFor(circle, concern);
    for (let i = 0; i < leads.length; i++) {
      const lead = leads[i];
      if (lead !== undefined && isLead(e, lead)) {
        best = Math.max(best, 1 - i * 0.1);
        break;
      }
    }
  }
  return best;
}
