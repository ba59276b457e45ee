import { describe, expect, it } from 'vitest';
import { CRISIS_HOTLINES } from '../directory/crisis-hotlines.js';
import { type NeedsProfileInput, NeedsProfileSchema } from '../model/needs-profile.js';
import type { Resource } from '../model/resource.js';
import { indexResource } from '../search/indexed-resource.js';
import { brokenHardRule, HARD_RULES, type HardRuleId } from './hard-rules.js';
import { profileFacts } from './profile-facts.js';
import { testMeeting, testOnlineService, testProvider } from './testing/build.js';

function broken(resource: Resource, profile: NeedsProfileInput): HardRuleId | undefined {
  return brokenHardRule(
    indexResource(resource),
    profileFacts(NeedsProfileSchema.parse(profile), undefined, 'en'),
  );
}

const family = { forWhom: 'someone-i-care-about' } as const;

describe('hard rules', () => {
  it('lists each rule once, with its check', () => {
    const ids = HARD_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toHaveLength(11);
  });

  it('active-only: inactive and temporarily closed resources are never suggested', () => {
    expect(broken(testMeeting('m', { status: 'inactive' }), {})).toBe('active-only');
    expect(broken(testMeeting('m', { status: 'temporarily-closed' }), {})).toBe('active-only');
    expect(broken(testMeeting('m'), {})).toBeUndefined();
  });

  it('crisis-lines-listed-apart: crisis hotlines go in the crisis list, not a circle', () => {
    for (const line of CRISIS_HOTLINES) expect(broken(line, {})).toBe('crisis-lines-listed-apart');
  });

  it('no-closed-meetings-for-family: a closed meeting is never a family member’s suggestion', () => {
    const closed = testMeeting('m', { meetingAccess: 'closed' });
    expect(broken(closed, family)).toBe('no-closed-meetings-for-family');
    expect(broken(closed, { forWhom: 'me' })).toBeUndefined();
    expect(broken(testMeeting('m', { meetingAccess: 'open' }), family)).toBeUndefined();
  });

  it('no-closed-meetings-for-family: a family group’s closed meeting is for families and stays', () => {
    const familyGroup = testMeeting('fg', {
      meetingAccess: 'closed',
      circles: ['family'],
      serves: 'family-and-friends',
    });
    expect(broken(familyGroup, family)).toBeUndefined();
  });

  it('required-language: a required language must be offered; unlisted counts as English', () => {
    const spanish = testMeeting('es', { languages: ['es-419'] });
    const unlisted = testMeeting('x', { languages: [] });
    const required = { languages: ['es'], languageRequired: true };
    expect(broken(spanish, required)).toBeUndefined();
    expect(broken(testMeeting('en', { languages: ['en'] }), required)).toBe('required-language');
    expect(broken(unlisted, required)).toBe('required-language');
    expect(broken(unlisted, { languages: ['en'], languageRequired: true })).toBeUndefined();
    expect(broken(testMeeting('en', { languages: ['en'] }), { languages: ['es'] })).toBeUndefined();
  });

  it('required-audience: every required audience must be served', () => {
    const veterans = testMeeting('v', { audiences: ['veterans', 'men'] });
    expect(broken(veterans, { requiredAudiences: ['veterans'] })).toBeUndefined();
    expect(broken(veterans, { requiredAudiences: ['veterans', 'women'] })).toBe('required-audience');
    expect(broken(testMeeting('g'), { requiredAudiences: ['veterans'] })).toBe('required-audience');
  });

  it('gender-specific-group: a women’s group is not suggested to a man, nor the reverse', () => {
    expect(broken(testMeeting('w', { audiences: ['women'] }), { audiences: ['men'] })).toBe(
      'gender-specific-group',
    );
    expect(broken(testMeeting('m', { audiences: ['men'] }), { audiences: ['women'] })).toBe(
      'gender-specific-group',
    );
    expect(broken(testMeeting('w', { audiences: ['women'] }), { audiences: ['women'] })).toBeUndefined();
    expect(broken(testMeeting('w', { audiences: ['women'] }), {})).toBeUndefined();
  });

  it('online-only: nothing that needs travel', () => {
    expect(broken(testMeeting('m'), { onlineOnly: true })).toBe('online-only');
    expect(broken(testMeeting('h', { attendance: ['hybrid'] }), { onlineOnly: true })).toBeUndefined();
    expect(broken(testOnlineService('o'), { onlineOnly: true })).toBeUndefined();
  });

  it('attendance-possible: a resource offering none of the visitor’s ways is left out; hybrid fits both', () => {
    expect(broken(testOnlineService('o'), { attendance: ['in-person'] })).toBe('attendance-possible');
    expect(broken(testMeeting('h', { attendance: ['hybrid'] }), { attendance: ['online'] })).toBeUndefined();
    expect(broken(testMeeting('u', { attendance: [] }), { attendance: ['phone'] })).toBeUndefined();
  });

  it('must-be-free: a listed cost with no free option is left out; unlisted cost stays', () => {
    expect(broken(testProvider('p', { cost: ['private-insurance'] }), { cost: { mustBeFree: true } })).toBe(
      'must-be-free',
    );
    expect(
      broken(testProvider('p', { cost: ['free', 'medicaid'] }), { cost: { mustBeFree: true } }),
    ).toBeUndefined();
    expect(broken(testProvider('p', { cost: [] }), { cost: { mustBeFree: true } })).toBeUndefined();
  });

  it('age-limit: a line with an upper age is not suggested to older people', () => {
    const teenLine = {
      ...testOnlineService('l'),
      kind: 'hotline',
      channels: [{ type: 'call', number: '555' }],
      isCrisisLine: false,
      isEmergency: false,
      maxAge: 24,
    } as Resource;
    expect(broken(teenLine, { ageGroup: '25-to-64' })).toBe('age-limit');
    expect(broken(teenLine, { ageGroup: '18-to-24' })).toBeUndefined();
  });

  it('concern-related: a resource about other concerns only is left out; general terms count', () => {
    expect(broken(testMeeting('ga', { concerns: ['gambling'] }), { concerns: ['alcohol'] })).toBe(
      'concern-related',
    );
    expect(
      broken(testMeeting('na', { concerns: ['general-substance-use'] }), { concerns: ['opioids'] }),
    ).toBeUndefined();
    expect(broken(testMeeting('any', { concerns: [] }), { concerns: ['opioids'] })).toBeUndefined();
    expect(broken(testMeeting('ga', { concerns: ['gambling'] }), {})).toBeUndefined();
  });
});
