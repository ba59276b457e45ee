import type { CrisisLine, MenuOption } from '../crisis/crisis-line.js';
import { CRISIS_LINES, PRIMARY_CRISIS_LINE_ID } from '../crisis/crisis-lines.js';
import { hotlineIdForCrisisLine } from '../directory/crisis-hotlines.js';
import type { MatchedCrisisLine, MatchReason } from '../model/match-result.js';
import { ageGroupWithin } from '../vocab/age-groups.js';
import { SUBSTANCE_CONCERNS } from '../vocab/concerns.js';
import { reason } from './explain.js';
import type { ProfileFacts } from './profile-facts.js';

/*
 * The crisis list always holds every line of CRISIS_LINES: it is never filtered, only
 * ordered and explained. One line is featured: the Veterans Crisis Line for veterans,
 * the Trevor Project for LGBTQ+ people under 25, else 988. Lines that suit the visitor
 * come before the rest; help lines that are not crisis lines come after the crisis lines;
 * 911 comes right after the featured line when the visitor is in crisis, and last otherwise.
 */

const VETERANS_LINE = 'veterans-crisis-line';
const TREVOR = 'trevor-project';
const NEVER_USE_ALONE = 'never-use-alone';

function menuOption(
  line: CrisisLine,
  test: (option: MenuOption) => boolean,
): { number: string; press: string } | undefined {
  for (const channel of line.channels) {
    if (channel.type !== 'call') continue;
    const option = channel.menu.find(test);
    if (option !== undefined) return { number: channel.number, press: option.press };
  }
  return undefined;
}

function featuredLineId(f: ProfileFacts): string {
  if (f.veteran) return VETERANS_LINE;
  const age = f.profile.ageGroup;
  const trevor = CRISIS_LINES.find((l) => l.id === TREVOR);
  if (f.lgbtq && age !== undefined && trevor?.maxAge !== undefined && ageGroupWithin(age, trevor.maxAge))
    return TREVOR;
  return PRIMARY_CRISIS_LINE_ID;
}

function deafOrHardOfHearing(f: ProfileFacts): { asl: boolean; tty: boolean } {
  const needs = f.profile.accessibility;
  const deaf = needs.includes('deaf-hard-of-hearing-support');
  return { asl: deaf || needs.includes('asl'), tty: deaf || needs.includes('tty') };
}

/** The reasons a line suits this visitor (beyond what every line offers). */
function personalReasons(line: CrisisLine, f: ProfileFacts): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (f.veteran) {
    if (line.id === VETERANS_LINE) {
      const press = menuOption(line, () => true);
      reasons.push(reason('crisis-for-veterans', press ?? {}));
    } else {
      const press = menuOption(line, (o) => o.connectsTo === VETERANS_LINE);
      if (press !== undefined) reasons.push(reason('crisis-for-veterans', press));
    }
  }
  if (f.lgbtq && line.audiences.includes('lgbtq-youth')) {
    const age = f.profile.ageGroup;
    if (age === undefined || line.maxAge === undefined || ageGroupWithin(age, line.maxAge)) {
      reasons.push(reason('crisis-for-lgbtq-youth'));
    }
  }
  if (f.languages.includes('es')) {
    const press = menuOption(line, (o) => o.language === 'es');
    if (press !== undefined) reasons.push(reason('crisis-in-spanish', press));
    else if (line.languages.includes('es') && !line.isEmergency) reasons.push(reason('crisis-in-spanish'));
  }
  const { asl, tty } = deafOrHardOfHearing(f);
  if (asl && line.channels.some((c) => c.type === 'videophone' && c.signLanguage === 'ase')) {
    reasons.push(reason('crisis-asl'));
  }
  if (tty) {
    const channel = line.channels.find((c) => c.type === 'tty');
    if (channel !== undefined && channel.type === 'tty')
      reasons.push(reason('crisis-tty', { number: channel.number }));
  }
  if (f.family && line.audiences.includes('families')) reasons.push(reason('crisis-for-families'));
  const usesDrugs =
    !f.family &&
    f.profile.concerns.some((c) => c !== 'alcohol' && c !== 'tobacco' && SUBSTANCE_CONCERNS.includes(c));
  if (usesDrugs && line.id === NEVER_USE_ALONE) reasons.push(reason('crisis-for-people-who-use-drugs'));
  return reasons;
}

/** What every listing of a line says: how to reach it and when. */
function generalReasons(line: CrisisLine, featured: boolean): MatchReason[] {
  const reasons: MatchReason[] = [];
  if (line.isEmergency) return [reason('emergency')];
  if (!line.isCrisisLine) reasons.push(reason('helpline-not-crisis'));
  if (line.hours.kind === 'always') reasons.push(reason('crisis-24-7'));
  const call = line.channels.find((c) => c.type === 'call');
  const text = line.channels.find((c) => c.type === 'text');
  if (featured && call !== undefined && call.type === 'call')
    reasons.push(reason('crisis-call', { number: call.number }));
  // A text-only line is only useful when the visitor knows what to send where.
  if (call === undefined && text !== undefined && text.type === 'text') {
    reasons.push(
      reason('crisis-text', { number: text.number, ...(text.keyword ? { keyword: text.keyword } : {}) }),
    );
  }
  return reasons;
}

/**
 * Every crisis and help line, ordered for this visitor, with reasons; `hasResource` says
 * whether the hotline record made from a line is in the directory, to link it.
 */
export function crisisSection(f: ProfileFacts, hasResource: (id: string) => boolean): MatchedCrisisLine[] {
  const crisis = f.profile.urgency === 'crisis';
  const featuredId = featuredLineId(f);
  const ranked = CRISIS_LINES.map((line, order) => {
    const featured = line.id === featuredId;
    const personal = personalReasons(line, f);
    let rank: number;
    if (featured) rank = 0;
    else if (line.id === PRIMARY_CRISIS_LINE_ID) rank = 1;
    else if (line.isEmergency) rank = crisis ? 0.5 : 5;
    else if (!line.isCrisisLine) rank = 4;
    else rank = personal.length > 0 ? 2.5 : 3;
    const resourceId = hotlineIdForCrisisLine(line.id);
    const matched: MatchedCrisisLine = {
      lineId: line.id,
      reasons: [...personal, ...generalReasons(line, featured)],
      featured,
    };
    if (hasResource(resourceId)) matched.resourceId = resourceId;
    return { matched, rank, order, line };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.map((r) => r.matched);
}

/** The crisis line with `id`, to embed in a result. */
export function crisisLineById(id: string): CrisisLine | undefined {
  return CRISIS_LINES.find((line) => line.id === id);
}
