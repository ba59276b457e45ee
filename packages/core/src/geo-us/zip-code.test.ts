import { describe, expect, it } from 'vitest';
import { normalizeZip, strictZip5 } from './zip-code.js';

describe('normalizeZip', () => {
  it('passes well-formed ZIP and ZIP+4 through', () => {
    expect(normalizeZip('02139')).toEqual({ zip: '02139', repaired: false });
    expect(normalizeZip(' 02139-1234 ')).toEqual({ zip: '02139', plus4: '1234', repaired: false });
    expect(normalizeZip('021391234')).toEqual({ zip: '02139', plus4: '1234', repaired: false });
  });

  it('restores leading zeros lost to numeric storage', () => {
    expect(normalizeZip(2139)).toEqual({ zip: '02139', repaired: true });
    expect(normalizeZip('2139')).toEqual({ zip: '02139', repaired: true });
    expect(normalizeZip(601)).toEqual({ zip: '00601', repaired: true });
    expect(normalizeZip('2139-1234')).toEqual({ zip: '02139', plus4: '1234', repaired: true });
    expect(normalizeZip(21391234)).toEqual({ zip: '02139', plus4: '1234', repaired: true });
    expect(normalizeZip(90210)).toEqual({ zip: '90210', repaired: false });
  });

  it('rejects what is not a ZIP', () => {
    for (const bad of ['', 'abcde', '12', '123456', '02139-12', 'SW1A 1AA'])
      expect(normalizeZip(bad)).toBeUndefined();
    expect(normalizeZip(-5)).toBeUndefined();
    expect(normalizeZip(2.5)).toBeUndefined();
    expect(normalizeZip(1_000_000_000)).toBeUndefined();
  });

  it('strictZip5 accepts only five digits with an optional add-on', () => {
    expect(strictZip5('02139-1234')).toBe('02139');
    expect(strictZip5('2139')).toBeUndefined();
  });
});
