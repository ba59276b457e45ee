import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixturesDir } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import { dialDigits } from '../crisis/crisis-line.js';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { ResourceSchema } from '../model/resource.js';
import { hotlineIdForCrisisLine } from './crisis-hotlines.js';
import { STARTER_DIRECTORY, starterDirectory } from './starter-directory.js';

const facts = readFileSync(join(fixturesDir(), '..', 'facts', 'national-resources.md'), 'utf8');

/** The national programs table of the facts file, one entry per program (the combined row split). */
const programsInFacts: readonly [id: string, name: string, address: string][] = [
  ['national-alcoholics-anonymous', 'Alcoholics Anonymous', 'aa.org'],
  ['national-narcotics-anonymous', 'Narcotics Anonymous', 'na.org'],
  ['national-smart-recovery', 'SMART Recovery', 'smartrecovery.org'],
  ['national-recovery-dharma', 'Recovery Dharma', 'recoverydharma.org'],
  ['national-lifering', 'LifeRing Secular Recovery', 'lifering.org'],
  ['national-women-for-sobriety', 'Women for Sobriety', 'womenforsobriety.org'],
  ['national-celebrate-recovery', 'Celebrate Recovery', 'celebraterecovery.com'],
  ['national-cocaine-anonymous', 'Cocaine Anonymous', 'ca.org'],
  ['national-crystal-meth-anonymous', 'Crystal Meth Anonymous', 'crystalmeth.org'],
  ['national-marijuana-anonymous', 'Marijuana Anonymous', 'marijuana-anonymous.org'],
  ['national-gamblers-anonymous', 'Gamblers Anonymous', 'gamblersanonymous.org'],
  ['national-faces-and-voices-of-recovery', 'Faces & Voices of Recovery', 'facesandvoicesofrecovery.org'],
  ['national-al-anon', 'Al-Anon Family Groups', 'al-anon.org'],
  ['national-nar-anon', 'Nar-Anon Family Groups', 'nar-anon.org'],
  [
    'national-smart-recovery-family-and-friends',
    'SMART Recovery Family & Friends',
    'smartrecovery.org/family',
  ],
  ['national-families-anonymous', 'Families Anonymous', 'familiesanonymous.org'],
  ['national-learn-to-cope', 'Learn to Cope', 'learn2cope.org'],
  ['national-grasp', 'GRASP (Grief Recovery After a Substance Passing)', 'grasphelp.org'],
  ['national-parent-helpline', 'Partnership to End Addiction — Parent Helpline', 'drugfree.org'],
  ['national-nami-family-support', 'NAMI Family-to-Family and NAMI Family Support Groups', 'nami.org'],
  ['national-nami-connection', 'NAMI Connection', 'nami.org'],
  ['national-dbsa', 'Depression and Bipolar Support Alliance (DBSA)', 'dbsalliance.org'],
  ['national-findtreatment-gov', 'FindTreatment.gov', 'findtreatment.gov'],
  [
    'national-opioid-treatment-program-directory',
    'Opioid Treatment Program Directory',
    'dpt2.samhsa.gov/treatment',
  ],
];

function byId(id: string) {
  const resource = STARTER_DIRECTORY.find((r) => r.id === id);
  if (!resource) throw new Error(`missing ${id}`);
  return resource;
}

/** Every string value anywhere in a record. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('starter directory', () => {
  it('holds records that all parse, with unique ids and slugs', () => {
    for (const resource of STARTER_DIRECTORY) expect(ResourceSchema.parse(resource)).toEqual(resource);
    const ids = STARTER_DIRECTORY.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    const slugs = STARTER_DIRECTORY.map((r) => r.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
  });

  it.each(programsInFacts)('has %s (%s) from its official address', (id, name, address) => {
    expect(facts).toContain(name.replace(/ \(and Alateen\)$/, ''));
    expect(facts).toContain(address);
    const resource = byId(id);
    expect(resource.name.startsWith(name)).toBe(true);
    expect(resource.provenance.source).toBe(address);
    expect(resource.provenance.sourceUrl).toBe(`https://${address}`);
    expect(resource.contact).toContainEqual({ type: 'website', url: `https://${address}` });
  });

  it('has no program beyond the facts table and every crisis line', () => {
    const programIds = programsInFacts.map(([id]) => id);
    const lineIds = CRISIS_LINES.map((line) => hotlineIdForCrisisLine(line.id));
    expect(STARTER_DIRECTORY.map((r) => r.id).sort()).toEqual([...programIds, ...lineIds].sort());
  });

  it('ships every record active, unverified and without a location', () => {
    for (const resource of STARTER_DIRECTORY) {
      expect(resource.status).toBe('active');
      expect(resource.verification.verifiedAt).toBeNull();
      expect(resource.location).toBeUndefined();
      expect(resource.circles.length).toBe(1);
    }
  });

  it('puts programs in the circle the facts give', () => {
    const circleOf = (id: string) => byId(id).circles[0];
    expect(circleOf('national-alcoholics-anonymous')).toBe('peers');
    expect(circleOf('national-nami-connection')).toBe('peers');
    expect(circleOf('national-al-anon')).toBe('family');
    expect(circleOf('national-grasp')).toBe('family');
    expect(circleOf('national-parent-helpline')).toBe('family');
    expect(circleOf('national-findtreatment-gov')).toBe('professionals');
    for (const line of CRISIS_LINES) expect(circleOf(hotlineIdForCrisisLine(line.id))).toBe('crisis');
  });

  it('gives phone numbers only where the facts do: Al-Anon and the Parent Helpline', () => {
    const alAnon = byId('national-al-anon');
    expect(alAnon.contact).toContainEqual(
      expect.objectContaining({ type: 'phone', number: '1-888-425-2666' }),
    );
    const parents = byId('national-parent-helpline');
    if (parents.kind !== 'hotline') throw new Error('the Parent Helpline is a help line');
    expect(parents.channels).toEqual([{ type: 'call', number: '1-855-378-4373', menu: [] }]);
    expect(parents.isCrisisLine).toBe(false);
    const programsWithPhones = STARTER_DIRECTORY.filter(
      (r) =>
        r.id.startsWith('national-') && (r.kind === 'hotline' || r.contact.some((c) => c.type === 'phone')),
    ).map((r) => r.id);
    expect(programsWithPhones.sort()).toEqual(['national-al-anon', 'national-parent-helpline']);
  });

  it('has no digit string that the facts file does not have', () => {
    const factsDigits = (facts.match(/[0-9][0-9-]*[0-9]|[0-9]/g) ?? []).map(dialDigits);
    // Clock times ("22:00" for the facts' "10 pm") are conversions, not published digits.
    const runs = STARTER_DIRECTORY.flatMap(strings).flatMap(
      (s) => s.replace(/\b[0-9]{2}:[0-9]{2}\b/g, '').match(/[0-9]+/g) ?? [],
    );
    expect(runs.length).toBeGreaterThan(20);
    for (const run of runs) expect(facts, `digit string ${run}`).toContain(run);
    const numbers = STARTER_DIRECTORY.flatMap((r) => [
      ...r.contact.flatMap((c) => (c.type === 'phone' || c.type === 'text' ? [c.number] : [])),
      ...(r.kind === 'hotline'
        ? r.channels.flatMap((c) => ('number' in c && c.number ? [c.number] : []))
        : []),
    ]);
    for (const number of numbers) expect(factsDigits, number).toContain(dialDigits(number));
  });

  it('derives the crisis hotlines from CRISIS_LINES without changing their channels', () => {
    for (const line of CRISIS_LINES) {
      const hotline = byId(hotlineIdForCrisisLine(line.id));
      if (hotline.kind !== 'hotline') throw new Error('expected a hotline');
      expect(hotline.channels).toEqual(line.channels);
      expect(hotline.isCrisisLine).toBe(line.isCrisisLine);
      expect(hotline.isEmergency).toBe(line.isEmergency);
      expect(hotline.crisisLineId).toBe(line.id);
      expect(hotline.languages).toEqual(line.languages);
      expect(hotline.name).toBe(line.name);
    }
  });

  it('turns line hours into schedules and audiences into vocabulary terms', () => {
    expect(byId('hotline-988-lifeline').schedule).toEqual({ type: 'always' });
    expect(byId('hotline-988-lifeline').accessibility).toEqual(['asl']);
    expect(byId('hotline-samhsa-helpline').accessibility).toEqual(['tty']);
    expect(byId('hotline-nami-helpline').schedule).toEqual({
      type: 'opening-hours',
      hours: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '10:00', closes: '22:00' })),
      timeZone: 'America/New_York',
    });
    const twoOneOne = byId('hotline-211');
    expect(twoOneOne.schedule).toBeUndefined();
    expect(twoOneOne.kind === 'hotline' && twoOneOne.hoursNote?.en).toBe('Most areas 24/7; many languages.');
    expect(byId('hotline-trevor-project').audiences).toEqual(['lgbtq', 'young-people']);
    const trevor = byId('hotline-trevor-project');
    expect(trevor.kind === 'hotline' && trevor.maxAge).toBe(24);
    expect(byId('hotline-veterans-crisis-line').audiences).toEqual(['veterans', 'families']);
    expect(byId('hotline-never-use-alone').approaches).toEqual(['harm-reduction']);
    expect(byId('hotline-emergency-911').provenance.source).toBe('Emergency (911)');
    expect(byId('hotline-988-lifeline').provenance.source).toBe('988lifeline.org');
  });

  it('hands out copies that can be changed without touching the shipped records', () => {
    const copy = starterDirectory();
    const [first] = copy;
    if (!first) throw new Error('empty directory');
    first.name = 'Changed';
    first.tags.push('x');
    expect(STARTER_DIRECTORY[0]?.name).not.toBe('Changed');
    expect(STARTER_DIRECTORY[0]?.tags).toEqual([]);
    expect(Object.isFrozen(STARTER_DIRECTORY)).toBe(true);
  });
});
