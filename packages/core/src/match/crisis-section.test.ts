import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { type NeedsProfileInput, NeedsProfileSchema } from '../model/needs-profile.js';
import { crisisSection } from './crisis-section.js';
import { profileFacts } from './profile-facts.js';

function lines(profile: NeedsProfileInput, locale = 'en') {
  return crisisSection(profileFacts(NeedsProfileSchema.parse(profile), undefined, locale), () => true);
}

function codes(profile: NeedsProfileInput, lineId: string, locale = 'en'): string[] {
  return (
    lines(profile, locale)
      .find((l) => l.lineId === lineId)
      ?.reasons.map((r) => r.code) ?? []
  );
}

describe('crisis section', () => {
  it('always lists every crisis and help line, exactly once, one featured', () => {
    for (const profile of [{}, { urgency: 'crisis' as const }, { audiences: ['veterans' as const] }]) {
      const list = lines(profile);
      expect(list.map((l) => l.lineId).sort()).toEqual(CRISIS_LINES.map((l) => l.id).sort());
      expect(list.filter((l) => l.featured)).toHaveLength(1);
    }
  });

  it('features 988 first by default, puts help lines after crisis lines and 911 last', () => {
    const list = lines({});
    expect(list[0]).toMatchObject({ lineId: '988-lifeline', featured: true });
    expect(list.at(-1)?.lineId).toBe('emergency-911');
    const firstHelpLine = list.findIndex((l) => l.lineId === 'nami-helpline');
    const lastCrisis = list.findIndex((l) => l.lineId === 'never-use-alone');
    expect(firstHelpLine).toBeGreaterThan(lastCrisis);
  });

  it('puts 911 right after the featured line in a crisis', () => {
    expect(
      lines({ urgency: 'crisis' })
        .map((l) => l.lineId)
        .slice(0, 3),
    ).toEqual(['988-lifeline', 'emergency-911', expect.any(String)]);
  });

  it('features the Veterans Crisis Line for a veteran, with 988 press 1 on 988', () => {
    const list = lines({ audiences: ['veterans'] });
    expect(list[0]).toMatchObject({ lineId: 'veterans-crisis-line', featured: true });
    const on988 = list
      .find((l) => l.lineId === '988-lifeline')
      ?.reasons.find((r) => r.code === 'crisis-for-veterans');
    expect(on988?.params).toEqual({ number: '988', press: '1' });
    expect(on988?.text.en).toBe('Veterans: call 988, then press 1');
  });

  it('features the Trevor Project for an LGBTQ+ person under 25, not for one over 25', () => {
    expect(lines({ audiences: ['lgbtq'], ageGroup: '18-to-24' })[0]?.lineId).toBe('trevor-project');
    const older = lines({ audiences: ['lgbtq'], ageGroup: '25-to-64' });
    expect(older[0]?.lineId).toBe('988-lifeline');
    expect(older.find((l) => l.lineId === 'trevor-project')?.reasons.map((r) => r.code)).not.toContain(
      'crisis-for-lgbtq-youth',
    );
  });

  it('gives the Spanish way in: 988 press 2 and the SAMHSA Helpline in Spanish', () => {
    const on988 = lines({ languages: ['es'] })
      .find((l) => l.lineId === '988-lifeline')
      ?.reasons.find((r) => r.code === 'crisis-in-spanish');
    expect(on988?.params).toEqual({ number: '988', press: '2' });
    expect(codes({ languages: ['es'] }, 'samhsa-helpline')).toContain('crisis-in-spanish');
    expect(codes({}, 'samhsa-helpline', 'es')).toContain('crisis-in-spanish');
    expect(codes({}, 'samhsa-helpline')).not.toContain('crisis-in-spanish');
  });

  it('gives ASL and TTY ways to deaf visitors', () => {
    expect(codes({ accessibility: ['asl'] }, '988-lifeline')).toContain('crisis-asl');
    expect(codes({ accessibility: ['deaf-hard-of-hearing-support'] }, 'samhsa-helpline')).toContain(
      'crisis-tty',
    );
  });

  it('tells family members which lines are for them, and people who use drugs about Never Use Alone', () => {
    expect(codes({ forWhom: 'someone-i-care-about' }, 'samhsa-helpline')).toContain('crisis-for-families');
    expect(codes({ concerns: ['opioids'] }, 'never-use-alone')).toContain('crisis-for-people-who-use-drugs');
    expect(codes({ concerns: ['alcohol'] }, 'never-use-alone')).not.toContain(
      'crisis-for-people-who-use-drugs',
    );
  });

  it('marks help lines that are not crisis lines', () => {
    expect(codes({}, 'nami-helpline')).toContain('helpline-not-crisis');
    expect(codes({}, '211')).toContain('helpline-not-crisis');
  });
});
