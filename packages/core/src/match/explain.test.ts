import { describe, expect, it } from 'vitest';
import {
  NoticeCodeSchema,
  ReasonCodeSchema,
  UnmetCodeSchema,
  WidenedReasonCodeSchema,
} from '../model/match-codes.js';
import { noticeText, reasonText, timeEn, timeEs, unmetText, weekdayName, widenedText } from './explain.js';

describe('explain', () => {
  it('has English and Spanish words for every code', () => {
    const texts = [
      ...ReasonCodeSchema.options.map((code) => reasonText(code, {})),
      ...UnmetCodeSchema.options.map((code) => unmetText(code, {})),
      ...NoticeCodeSchema.options.map((code) => noticeText(code, {})),
      ...WidenedReasonCodeSchema.options.map((code) => widenedText(code, {})),
    ];
    for (const text of texts) {
      expect(text.en.trim().length).toBeGreaterThan(0);
      expect(text.es.trim().length).toBeGreaterThan(0);
      expect(text.en).not.toMatch(/undefined|NaN/);
      expect(text.es).not.toMatch(/undefined|NaN/);
    }
  });

  it('writes a weekly meeting with its distance', () => {
    expect(reasonText('next-meeting', { day: 2, minute: 19 * 60, distance: 1.2, unit: 'mi' })).toEqual({
      en: 'Tuesdays 7:00 PM, 1.2 mi away',
      es: 'martes 19:00, a 1.2 mi',
    });
  });

  it('says honestly when it widened', () => {
    expect(widenedText('online-added', { radius: 10, unit: 'mi' })).toEqual({
      en: 'Nothing within 10 miles; these meet online',
      es: 'Nada a menos de 10 millas; estos se reúnen en línea',
    });
  });

  it('names languages, terms and the 988 menu', () => {
    expect(reasonText('language', { language: 'es' })).toEqual({ en: 'In Spanish', es: 'En español' });
    expect(reasonText('insurance', { cost: 'medicaid' }).en).toBe('Takes Medicaid');
    expect(reasonText('crisis-for-veterans', { number: '988', press: '1' }).en).toBe(
      'Veterans: call 988, then press 1',
    );
    expect(reasonText('crisis-in-spanish', { number: '988', press: '2' }).es).toBe(
      'En español: llame al 988 y oprima 2',
    );
  });

  it('formats times and days for each language', () => {
    expect(timeEn(0)).toBe('12:00 AM');
    expect(timeEn(12 * 60 + 5)).toBe('12:05 PM');
    expect(timeEs(19 * 60 + 30)).toBe('19:30');
    expect(weekdayName(6, 'es')).toBe('sábado');
  });
});
