import { describe, expect, it } from 'vitest';
import { emptyPlan } from './plan-model.js';
import { parsePlan } from './plan-schema.js';
import { withoutResource, withPerson, withResource } from './plan-store.js';

const saved = {
  id: 'national-al-anon-family-groups',
  name: 'Al-Anon Family Groups (and Alateen)',
  circle: 'family' as const,
  url: 'https://al-anon.org',
  savedAt: '2026-03-01T12:00:00.000Z',
};

describe('a support plan file', () => {
  it('round-trips through JSON', () => {
    const plan = withPerson(withResource(emptyPlan(), saved), {
      id: 'p1',
      name: 'Aunt Rosa',
      phone: '215-555-0100',
    });
    expect(parsePlan(JSON.stringify(plan))).toEqual(plan);
  });

  it('refuses files that are not plans, or that carry script links', () => {
    expect(parsePlan('not json')).toBeUndefined();
    expect(parsePlan(JSON.stringify({ resources: [] }))).toBeUndefined();
    const bad = withResource(emptyPlan(), { ...saved, url: 'javascript:alert(1)' });
    expect(parsePlan(JSON.stringify(bad))).toBeUndefined();
    const badPhone = withPerson(emptyPlan(), { id: 'x', name: 'X', phone: '<script>' });
    expect(parsePlan(JSON.stringify(badPhone))).toBeUndefined();
  });

  it('keeps one copy of a resource saved twice, and removes it', () => {
    const twice = withResource(withResource(emptyPlan(), saved), { ...saved, name: 'Al-Anon' });
    expect(twice.resources).toHaveLength(1);
    expect(twice.resources[0]?.name).toBe('Al-Anon');
    expect(withoutResource(twice, saved.id).resources).toEqual([]);
  });
});
