import { describe, expect, it } from 'vitest';
import { firstVisitRedirect, prefersSpanish, storedLocale, storeLocale } from './locale-preference.js';
import { doubleEscape } from './quick-exit.js';

function memoryStorage() {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
  };
}

describe('the language on a first visit', () => {
  it('go to Spanish once when the browser prefers it, never again after a choice', () => {
    const storage = memoryStorage();
    const args = { locale: 'en' as const, languages: ['es-MX', 'en'], path: '/find' };
    expect(firstVisitRedirect({ ...args, stored: storedLocale(storage) })).toBe('/es/find');
    storeLocale(storage, 'en');
    expect(firstVisitRedirect({ ...args, stored: storedLocale(storage) })).toBeUndefined();
  });

  it('never redirect from a Spanish page, nor for English browsers', () => {
    expect(
      firstVisitRedirect({ locale: 'es', stored: undefined, languages: ['es'], path: '/es/' }),
    ).toBeUndefined();
    expect(
      firstVisitRedirect({ locale: 'en', stored: undefined, languages: ['en-US', 'es'], path: '/' }),
    ).toBeUndefined();
    expect(prefersSpanish(['fr', 'es-419'])).toBe(true);
  });
});

describe('quick exit by keyboard', () => {
  it('leave on two Escape presses close together, not on one or on typing between', () => {
    let clock = 0;
    let exits = 0;
    const onKey = doubleEscape(
      () => exits++,
      1500,
      () => clock,
    );
    onKey({ key: 'Escape' });
    clock = 3000;
    onKey({ key: 'Escape' });
    expect(exits).toBe(0);
    clock = 3500;
    onKey({ key: 'a' });
    onKey({ key: 'Escape' });
    expect(exits).toBe(0);
    clock = 4000;
    onKey({ key: 'Escape' });
    expect(exits).toBe(1);
  });
});
