import { describe, expect, it } from 'vitest';
import { DEFAULT_RADIUS, NeedsProfileSchema } from './needs-profile.js';

describe('NeedsProfileSchema', () => {
  it('accepts an empty profile and fills sensible defaults', () => {
    expect(NeedsProfileSchema.parse({})).toEqual({
      forWhom: 'me',
      concerns: [],
      radius: DEFAULT_RADIUS,
      radiusUnit: 'mi',
      onlineOnly: false,
      attendance: [],
      languages: [],
      languageRequired: false,
      audiences: [],
      requiredAudiences: [],
      approaches: 'not-sure',
      cost: { mustBeFree: false, insurance: [], uninsured: false },
      medications: [],
      levelsOfCare: [],
      accessibility: [],
      availability: [],
      urgency: 'exploring',
    });
  });

  it('takes a parent looking for help for a child, in Spanish, near a ZIP code', () => {
    const profile = NeedsProfileSchema.parse({
      forWhom: 'someone-i-care-about',
      relationship: 'parent',
      concerns: ['opioids'],
      where: { zip: '92626' },
      radius: 15,
      radiusUnit: 'km',
      languages: ['es'],
      languageRequired: true,
      requiredAudiences: ['parents'],
      approaches: ['twelve-step', 'craft'],
      cost: { insurance: ['medicaid'] },
      availability: [{ day: 2, from: '18:00', to: '21:00' }],
      timeZone: 'America/Los_Angeles',
      urgency: 'soon',
      ageGroup: 'under-18',
    });
    expect(profile.cost).toEqual({ mustBeFree: false, insurance: ['medicaid'], uninsured: false });
    expect(profile.where).toEqual({ zip: '92626' });
  });

  it('takes a place or device coordinates instead of a ZIP code', () => {
    expect(NeedsProfileSchema.parse({ where: { place: 'Costa Mesa, CA' } }).where).toEqual({
      place: 'Costa Mesa, CA',
    });
    expect(NeedsProfileSchema.parse({ where: { lat: 33.68, lng: -117.87 } }).where).toEqual({
      lat: 33.68,
      lng: -117.87,
    });
  });

  it.each([
    ['a ZIP code that is not 5 digits', { where: { zip: '9262' } }],
    ['two kinds of place at once', { where: { zip: '92626', place: 'Costa Mesa, CA' } }],
    ['coordinates off the globe', { where: { lat: 100, lng: 0 } }],
    ['a negative radius', { radius: -1 }],
    ['an unknown unit', { radiusUnit: 'furlong' }],
    ['a free time that ends before it starts', { availability: [{ day: 1, from: '20:00', to: '19:00' }] }],
    ['a weekday beyond Saturday', { availability: [{ day: 7, from: '09:00', to: '10:00' }] }],
    ['an unknown time zone', { timeZone: 'Pacific Time' }],
    ['an unknown urgency', { urgency: 'whenever' }],
    ['an approach that is not one', { approaches: ['any'] }],
    ['an unknown relationship', { relationship: 'landlord' }],
  ])('rejects %s', (_what, input) => {
    expect(NeedsProfileSchema.safeParse(input).success).toBe(false);
  });
});
