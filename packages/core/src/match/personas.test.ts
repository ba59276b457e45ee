/**
 * Personas: who they are, what they must and must not be shown. Local meetings and
 * providers are REAL records (Meeting Guide feeds of Orange County CA, Southeastern PA and
 * Sussex County DE AA, Al-Anon Massachusetts and EDA; SAMHSA's OTP and treatment
 * directories) read from the shared fixtures; national programs and crisis lines are the
 * starter directory. Visitors' places are real ZIP centroids, as the ZIP lookup would give.
 */
import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { STARTER_DIRECTORY } from '../directory/starter-directory.js';
import { type MatchItem, type MatchResult, MatchResultSchema } from '../model/match-result.js';
import type { NeedsProfileInput } from '../model/needs-profile.js';
import { createIndex } from '../search/create-index.js';
import { search } from '../search/search.js';
import { type MatchOptions, match } from './match.js';
import { FEEDS, feedResources, otpProviders, samhsaFacilities, zipCentroid } from './testing/real-records.js';

const index = createIndex([
  ...Object.values(FEEDS).flatMap(feedResources),
  ...otpProviders(),
  ...samhsaFacilities(),
  ...STARTER_DIRECTORY,
]);

/** Tuesday 18 March 2025, 6:30 PM in Philadelphia, 3:30 PM in Orange County. */
const now = new Date('2025-03-18T22:30:00Z');
const PHILADELPHIA = '19103';
const COSTA_MESA = '92626';
const SOMERVILLE_MA = '02144';
const LEWES_DE = '19958';
const DAGSBORO_DE = '19939';
const RURAL_WY = '82190';

function run(profile: NeedsProfileInput, zip?: string, options: Partial<MatchOptions> = {}): MatchResult {
  const result = match(profile, index, { now, ...(zip ? { origin: zipCentroid(zip) } : {}), ...options });
  // Every persona's result is a valid MatchResult with every crisis line.
  expect(MatchResultSchema.safeParse(result).success).toBe(true);
  expect(result.crisis.map((l) => l.lineId).sort()).toEqual(CRISIS_LINES.map((l) => l.id).sort());
  return result;
}

const resourceOf = (item: MatchItem) => {
  const resource = index.get(item.resourceId);
  if (resource === undefined) throw new Error(`unknown ${item.resourceId}`);
  return resource;
};
const reasonCodes = (item: MatchItem | undefined) => item?.reasons.map((r) => r.code) ?? [];
const unmetCodes = (item: MatchItem | undefined) => item?.unmet.map((u) => u.code) ?? [];
const itemsOf = (result: MatchResult) => [
  ...result.circles.family.items,
  ...result.circles.peers.items,
  ...result.circles.professionals.items,
];
const crisisReasons = (result: MatchResult, lineId: string) =>
  result.crisis.find((l) => l.lineId === lineId)?.reasons.map((r) => r.code) ?? [];

describe('personas', () => {
  it('a mother whose son uses opioids, in Philadelphia: family help first, Learn to Cope leading, MOUD for her son', () => {
    const result = run(
      {
        forWhom: 'someone-i-care-about',
        relationship: 'parent',
        concerns: ['opioids'],
        where: { zip: PHILADELPHIA },
      },
      PHILADELPHIA,
    );
    expect(Object.keys(result.circles)[0]).toBe('family');
    const family = result.circles.family.items.map((i) => i.resourceId);
    expect(family[0]).toBe('national-learn-to-cope');
    expect(family).toEqual(expect.arrayContaining(['national-nar-anon']));
    // Al-Anon is for drinking, not for her worry.
    expect(family.some((id) => id.includes('al-anon'))).toBe(false);
    expect(reasonCodes(result.circles.family.items[0])).toContain('family-lead');
    expect(result.circles.peers.items.every((i) => i.forPersonYouCareAbout)).toBe(true);
    expect(result.circles.peers.items.map((i) => i.resourceId)).toContain('national-narcotics-anonymous');
    const pros = result.circles.professionals.items;
    expect(pros.length).toBe(3);
    for (const item of pros) {
      expect(item.forPersonYouCareAbout).toBe(true);
      expect(reasonCodes(item)).toContain('medication');
      expect(item.reasons.find((r) => r.code === 'distance')?.params.unit).toBe('mi');
    }
    // No closed AA meeting is ever a family member's suggestion.
    for (const item of itemsOf(result)) {
      const r = resourceOf(item);
      if (r.kind === 'meeting')
        expect(r.meetingAccess !== 'closed' || r.circles.includes('family')).toBe(true);
    }
    expect(crisisReasons(result, 'samhsa-helpline')).toContain('crisis-for-families');
  });

  it('a Spanish-speaking woman who wants online alcohol support in the evening: Spanish-only, online, evening', () => {
    const result = run(
      {
        concerns: ['alcohol'],
        languages: ['es'],
        languageRequired: true,
        onlineOnly: true,
        audiences: ['women'],
        availability: [
          { day: 0, from: '15:00', to: '21:00' },
          { day: 5, from: '18:00', to: '22:00' },
        ],
        timeZone: 'America/Los_Angeles',
      },
      undefined,
      { locale: 'es' },
    );
    const peers = result.circles.peers.items;
    expect(peers.length).toBeGreaterThan(0);
    for (const item of peers) {
      const r = resourceOf(item);
      expect(r.languages.some((l) => l.startsWith('es'))).toBe(true);
      expect(r.attendance.some((a) => a === 'online' || a === 'hybrid')).toBe(true);
      expect(reasonCodes(item)).toContain('language');
    }
    expect(reasonCodes(peers[0])).toContain('fits-your-time');
    expect(peers[0]?.reasons.find((r) => r.code === 'fits-your-time')?.text.es).toMatch(
      /^Le queda bien: (domingos|viernes) \d+:\d\d/,
    );
    const on988 = result.crisis
      .find((l) => l.lineId === '988-lifeline')
      ?.reasons.find((r) => r.code === 'crisis-in-spanish');
    expect(on988?.text.es).toBe('En español: llame al 988 y oprima 2');
    expect(crisisReasons(result, 'samhsa-helpline')).toContain('crisis-in-spanish');
    expect(result.notices.map((n) => n.code)).toContain('times-in-your-zone');
  });

  it('a veteran in crisis in Costa Mesa: the Veterans Crisis Line featured first, 911 next, 988 press 1', () => {
    const result = run({ urgency: 'crisis', audiences: ['veterans'], concerns: ['alcohol'] }, COSTA_MESA);
    expect(result.crisis[0]).toMatchObject({ lineId: 'veterans-crisis-line', featured: true });
    expect(result.crisis[1]?.lineId).toBe('emergency-911');
    expect(crisisReasons(result, '988-lifeline')).toContain('crisis-for-veterans');
    expect(result.notices[0]?.code).toBe('crisis-first');
    expect(result.circles.peers.items.length).toBeGreaterThan(0);
  });

  it('an LGBTQ+ 22-year-old with depression: the Trevor Project featured, mood-disorder peers, no AA', () => {
    const result = run({ concerns: ['depression'], audiences: ['lgbtq'], ageGroup: '18-to-24' }, COSTA_MESA);
    expect(result.crisis[0]).toMatchObject({ lineId: 'trevor-project', featured: true });
    expect(crisisReasons(result, 'trevor-project')).toContain('crisis-for-lgbtq-youth');
    expect(result.circles.peers.items[0]?.resourceId).toBe('national-dbsa');
    expect(itemsOf(result).some((i) => resourceOf(i).fellowship === 'AA')).toBe(false);
  });

  it('a person on methadone looking for medication-friendly peers: methadone programs, honest about peers', () => {
    const result = run(
      { concerns: ['opioids'], medications: ['methadone'], approaches: ['medication-supportive'] },
      PHILADELPHIA,
    );
    for (const item of result.circles.professionals.items) {
      expect(item.reasons.find((r) => r.code === 'medication')?.params).toEqual({ medication: 'methadone' });
      expect(reasonCodes(item)).toContain('approach');
    }
    // None of the real peer records says it supports medication, and the result says so.
    for (const item of result.circles.peers.items) {
      expect(unmetCodes(item).some((c) => c === 'approach-unknown' || c === 'approach-different')).toBe(true);
    }
    expect(crisisReasons(result, 'never-use-alone')).toContain('crisis-for-people-who-use-drugs');
  });

  it('a husband of a woman with bipolar disorder: NAMI family support first, DBSA for her', () => {
    const result = run(
      { forWhom: 'someone-i-care-about', relationship: 'partner', concerns: ['bipolar'] },
      PHILADELPHIA,
    );
    expect(result.circles.family.items[0]?.resourceId).toBe('national-nami-family-support');
    expect(result.circles.peers.items[0]).toMatchObject({
      resourceId: 'national-dbsa',
      forPersonYouCareAbout: true,
    });
  });

  it('a grieving parent after an overdose: GRASP, with grief support named', () => {
    const result = run(
      { forWhom: 'someone-i-care-about', relationship: 'parent', concerns: ['grief-after-overdose'] },
      PHILADELPHIA,
    );
    expect(result.circles.family.items[0]?.resourceId).toBe('national-grasp');
    expect(reasonCodes(result.circles.family.items[0])).toEqual(
      expect.arrayContaining(['grief-support', 'family-lead']),
    );
  });

  it('a teen worried about a parent’s drinking, near Boston: Al-Anon first, closed Al-Anon meetings allowed', () => {
    const result = run(
      { forWhom: 'someone-i-care-about', relationship: 'child', ageGroup: 'under-18', concerns: ['alcohol'] },
      SOMERVILLE_MA,
    );
    const family = result.circles.family.items;
    expect(family.length).toBe(3);
    for (const item of family) expect(resourceOf(item).fellowship).toBe('Al-Anon');
    expect(
      family.some((i) => reasonCodes(i).includes('distance') || reasonCodes(i).includes('next-meeting')),
    ).toBe(true);
  });

  it('a deaf person who needs ASL: ASL crisis help by videophone, and honest "ask first" on meetings', () => {
    const result = run({ concerns: ['alcohol'], accessibility: ['asl'] }, COSTA_MESA);
    expect(crisisReasons(result, '988-lifeline')).toContain('crisis-asl');
    for (const item of result.circles.peers.items) {
      const offers = resourceOf(item).accessibility.includes('asl');
      expect(offers || unmetCodes(item).includes('accessibility-unknown')).toBe(true);
    }
  });

  it('a rural person in Wyoming with nothing nearby: widened honestly to online and national help', () => {
    const result = run({ concerns: ['alcohol'] }, RURAL_WY);
    expect(result.notices.find((n) => n.code === 'few-results')?.text.en).toBe(
      'Nothing within 10 miles; these meet online or by phone.',
    );
    for (const circle of ['peers', 'family', 'professionals'] as const) {
      const section = result.circles[circle];
      expect(section.widenedReason === 'online-added' || section.widenedReason === 'national-added').toBe(
        true,
      );
      for (const item of section.items) expect(reasonCodes(item)).not.toContain('distance');
    }
  });

  it('someone uninsured who needs treatment: places that take people without insurance come first', () => {
    const result = run({ concerns: ['opioids'], cost: { uninsured: true } }, PHILADELPHIA);
    const top = result.circles.professionals.items[0];
    expect(top).toBeDefined();
    const cost = top ? resourceOf(top).cost : [];
    expect(
      cost.some((c) => ['sliding-scale', 'payment-assistance', 'free', 'accepts-uninsured'].includes(c)),
    ).toBe(true);
  });

  it('a Medicaid member who wants buprenorphine: the top program offers it and takes Medicaid', () => {
    const result = run(
      { concerns: ['opioids'], medications: ['buprenorphine'], cost: { insurance: ['medicaid'] } },
      PHILADELPHIA,
    );
    const top = result.circles.professionals.items[0];
    expect(reasonCodes(top)).toEqual(expect.arrayContaining(['medication', 'insurance']));
    for (const item of result.circles.professionals.items.slice(1)) {
      const r = resourceOf(item);
      if (r.kind === 'provider' && !r.medications.includes('buprenorphine')) {
        expect(unmetCodes(item)).toContain('medication-not-offered');
      }
    }
  });

  it('a person who prefers secular groups: secular meetings first', () => {
    const result = run({ concerns: ['alcohol'], approaches: ['secular'] }, COSTA_MESA);
    for (const item of result.circles.peers.items) {
      expect(resourceOf(item).approaches).toContain('secular');
      expect(reasonCodes(item)).toContain('approach');
    }
  });

  it('a Christian who wants a faith-based program: Celebrate Recovery leads the peers', () => {
    const result = run({ concerns: ['alcohol'], approaches: ['faith-based'] }, COSTA_MESA);
    expect(result.circles.peers.items[0]?.resourceId).toBe('national-celebrate-recovery');
    expect(unmetCodes(result.circles.peers.items[1])).toContain('approach-different');
  });

  it('a gambler: Gamblers Anonymous, and no drinking or drug groups', () => {
    const result = run({ concerns: ['gambling'] }, COSTA_MESA);
    expect(result.circles.peers.items.map((i) => i.resourceId)).toEqual(['national-gamblers-anonymous']);
    expect(itemsOf(result).every((i) => resourceOf(i).concerns.includes('gambling'))).toBe(true);
  });

  it('a person with an eating disorder: real EDA meetings, no AA', () => {
    const result = run({ concerns: ['eating-disorders'] }, COSTA_MESA);
    const peers = result.circles.peers.items;
    expect(peers.length).toBe(3);
    for (const item of peers) expect(resourceOf(item).fellowship).toBe('EDA');
  });

  it('a person who wants only meetings happening now near Philadelphia: every result is in progress', () => {
    const found = search(
      index,
      { near: zipCentroid(PHILADELPHIA), radius: 10, inProgress: true, kind: ['meeting'] },
      { now },
    );
    expect(found.total).toBeGreaterThan(0);
    for (const item of found.items) {
      expect(item.status).toBe('in-progress');
      const start = Date.parse(item.nextOccurrence?.start ?? '');
      const end = Date.parse(item.nextOccurrence?.end ?? '');
      expect(start).toBeLessThanOrEqual(now.getTime());
      expect(end).toBeGreaterThan(now.getTime());
    }
  });

  it('a woman who wants women-only meetings: every peer meeting is for women', () => {
    const result = run({ concerns: ['alcohol'], requiredAudiences: ['women'] }, COSTA_MESA);
    expect(result.circles.peers.items.length).toBe(3);
    for (const item of itemsOf(result)) expect(resourceOf(item).audiences).toContain('women');
  });

  it('a man: never a women’s meeting', () => {
    const result = run({ concerns: ['alcohol'], audiences: ['men'] }, COSTA_MESA, { perCircleLimit: 10 });
    for (const item of itemsOf(result)) {
      const audiences = resourceOf(item).audiences;
      expect(audiences.includes('women') && !audiences.includes('men')).toBe(false);
    }
  });

  it('a Spanish-reading parent worried about a son’s drinking: Spanish crisis options from the page language', () => {
    const result = run(
      { forWhom: 'someone-i-care-about', relationship: 'parent', concerns: ['alcohol'] },
      COSTA_MESA,
      { locale: 'es' },
    );
    expect(crisisReasons(result, '988-lifeline')).toContain('crisis-in-spanish');
    expect(result.circles.family.items.every((i) => i.reasons.every((r) => r.text.es.length > 0))).toBe(true);
  });

  it('someone exploring without giving a place: nothing in person, and a note to add a ZIP', () => {
    const result = run({ concerns: ['alcohol'] });
    expect(result.notices.map((n) => n.code)).toContain('no-location-given');
    for (const item of itemsOf(result)) expect(reasonCodes(item)).not.toContain('distance');
  });

  it('a person in Lewes, Delaware free on Wednesday evenings: meetings that fit that time, in person', () => {
    const result = run(
      {
        concerns: ['alcohol'],
        attendance: ['in-person'],
        availability: [{ day: 3, from: '18:00', to: '21:00' }],
        timeZone: 'America/New_York',
      },
      LEWES_DE,
    );
    const peers = result.circles.peers.items;
    expect(peers.length).toBe(3);
    for (const item of peers) {
      expect(resourceOf(item).provenance.source).toContain('Sussex County');
      expect(item.reasons.find((r) => r.code === 'fits-your-time')?.text.en).toMatch(
        /^Fits your free time: Wednesdays/,
      );
    }
  });

  it('someone in Dagsboro, Delaware who only goes in person, within 2 miles: the radius widens, and says so', () => {
    const result = run({ concerns: ['alcohol'], attendance: ['in-person'], radius: 2 }, DAGSBORO_DE);
    expect(result.circles.peers.widenedReason).toBe('radius-expanded');
    expect(result.widened?.radius).toEqual({ from: 2, to: 6, unit: 'mi' });
    for (const item of result.circles.peers.items) expect(unmetCodes(item)).toContain('too-far');
    // The family circle had nothing in person even then, so it says it added online groups.
    expect(result.circles.family.widenedReason).toBe('online-added');
  });

  it('a young person (18–24) who drinks, in Orange County: young people’s meetings are named', () => {
    const result = run(
      { concerns: ['alcohol'], ageGroup: '18-to-24', attendance: ['in-person'] },
      COSTA_MESA,
      {
        perCircleLimit: 10,
      },
    );
    expect(result.circles.peers.items.some((i) => reasonCodes(i).includes('age'))).toBe(true);
  });

  it('a person who uses opioids alone: Never Use Alone explained, MOUD close by', () => {
    const result = run({ concerns: ['opioids'], urgency: 'soon' }, PHILADELPHIA);
    expect(crisisReasons(result, 'never-use-alone')).toContain('crisis-for-people-who-use-drugs');
    expect(reasonCodes(result.circles.professionals.items[0])).toContain('medication');
  });

  it('a friend of someone with both substance use and mental-health problems: both kinds of family help', () => {
    const result = run(
      { forWhom: 'someone-i-care-about', relationship: 'friend', concerns: ['co-occurring'] },
      PHILADELPHIA,
    );
    const family = result.circles.family.items.map((i) => i.resourceId);
    expect(family.length).toBe(3);
    expect(family.every((id) => id.startsWith('national-'))).toBe(true);
  });

  it('the spouse of a veteran: the Veterans Crisis Line featured and marked for families', () => {
    const result = run(
      { forWhom: 'someone-i-care-about', audiences: ['military-families'], concerns: ['alcohol'] },
      COSTA_MESA,
    );
    expect(result.crisis[0]?.lineId).toBe('veterans-crisis-line');
    expect(crisisReasons(result, 'veterans-crisis-line')).toContain('crisis-for-families');
  });

  it('an older adult on Medicare who drinks, near Philadelphia: treatment that takes Medicare ranks first', () => {
    const result = run(
      { concerns: ['alcohol'], ageGroup: '65-and-over', cost: { insurance: ['medicare'] } },
      PHILADELPHIA,
    );
    const pros = result.circles.professionals.items;
    expect(pros.length).toBeGreaterThan(0);
    const top = pros[0];
    if (top && top.resourceId !== 'national-findtreatment-gov')
      expect(reasonCodes(top)).toContain('insurance');
  });
});
