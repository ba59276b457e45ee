import { NeedsProfileSchema } from '@recovery-circles/core';
import { describe, expect, it } from 'vitest';
import { availabilityOf, decodeAnswers, encodeAnswers, profileOf } from './answers.js';
import { parseWhere } from './where.js';

describe('answers in the page address', () => {
  it('round-trip a parent worried about a son using opioids', () => {
    const query = 'for=someone&rel=parent&c=opioids&where=19103&r=25';
    const answers = decodeAnswers(query);
    expect(answers).toMatchObject({
      forWhom: 'someone-i-care-about',
      relationship: 'parent',
      concerns: ['opioids'],
      where: { zip: '19103' },
      radius: 25,
    });
    expect(encodeAnswers(answers)).toBe(query);
  });

  it('drop unknown and malformed values instead of guessing', () => {
    const answers = decodeAnswers('c=opioids,heroin&aud=veterans,martians&r=-3&days=1,9&ll=200,5&urg=panic');
    expect(answers.concerns).toEqual(['opioids']);
    expect(answers.audiences).toEqual(['veterans']);
    expect(answers.radius).toBeUndefined();
    expect(answers.days).toEqual([1]);
    expect(answers.where).toBeUndefined();
    expect(answers.urgency).toBeUndefined();
  });

  it('read a ZIP, a ZIP+4 and a city', () => {
    expect(parseWhere(' 19103 ')).toEqual({ zip: '19103' });
    expect(parseWhere('19103-1234')).toEqual({ zip: '19103' });
    expect(parseWhere('Austin, TX')).toEqual({ place: 'Austin, TX' });
    expect(parseWhere('12')).toBeUndefined();
  });

  it('turn evenings into free times on every day', () => {
    const slots = availabilityOf(decodeAnswers('times=evening'));
    expect(slots).toHaveLength(7);
    expect(slots[0]).toEqual({ day: 0, from: '17:00', to: '22:00' });
    expect(availabilityOf(decodeAnswers('days=2&times=morning,evening'))).toEqual([
      { day: 2, from: '06:00', to: '12:00' },
      { day: 2, from: '17:00', to: '22:00' },
    ]);
  });

  it('make a profile the API contract accepts, for every persona', () => {
    const queries = [
      'for=someone&rel=parent&c=opioids&where=19103',
      'for=me&c=alcohol&online=1&lang=es&langreq=1&aud=women&times=evening',
      'for=me&aud=veterans&urg=crisis',
      'for=me&age=18-to-24&c=depression&aud=lgbtq,young-people&ll=39.95,-75.16',
      'for=me&c=opioids&med=methadone&appr=medication-supportive&free=1&ins=medicaid',
      '',
    ];
    for (const query of queries) {
      const profile = profileOf(decodeAnswers(query), 'America/New_York');
      expect(NeedsProfileSchema.safeParse(profile).success, query).toBe(true);
    }
  });

  it('leave the relationship out when the search is for oneself', () => {
    const profile = profileOf(decodeAnswers('for=me&rel=parent'), undefined);
    expect(profile.relationship).toBeUndefined();
    expect(profile.approaches).toBe('not-sure');
  });
});
