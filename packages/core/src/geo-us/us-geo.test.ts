import { readFixture } from '@recovery-circles/fixtures';
import { beforeAll, describe, expect, it } from 'vitest';
import { distanceKm } from '../geo/lat-lng.js';
import { loadUsGeo, lookupPlace, lookupZip } from './index.js';
import type { UsGeoIndex } from './us-geo-index.js';
import { normalizeZip } from './zip-code.js';

/** Minimal RFC 4180 reader: quoted fields may hold commas and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

let geo: UsGeoIndex;
beforeAll(async () => {
  geo = await loadUsGeo();
});

describe('lookupZip against the Census 2021 ZCTA fixture', () => {
  const rows = parseCsv(readFixture('geo', 'us-zcta-2021-internal-points.csv')).slice(1);

  it('agrees within 0.01° on 500 ZIPs spread over the whole file', () => {
    expect(rows.length).toBeGreaterThan(33_000);
    const stride = Math.floor(rows.length / 500);
    let checked = 0;
    for (let i = 0; i < rows.length && checked < 500; i += stride) {
      const [zip = '', lat = '', lng = ''] = rows[i] ?? [];
      const found = geo.lookupZip(zip);
      expect(found?.source, zip).toBe('census-zcta');
      expect(Math.abs((found?.lat ?? 0) - Number(lat)), zip).toBeLessThan(0.01);
      expect(Math.abs((found?.lng ?? 0) - Number(lng)), zip).toBeLessThan(0.01);
      checked++;
    }
    expect(checked).toBe(500);
  });

  it('names the post-office city and state', async () => {
    expect(await lookupZip('02139')).toMatchObject({
      zip: '02139',
      city: 'Cambridge',
      state: 'MA',
      source: 'census-zcta',
    });
    expect(geo.lookupZip('00601')).toMatchObject({ city: 'Adjuntas', state: 'PR' });
    expect(geo.lookupZip('02139-4307')?.zip).toBe('02139');
  });

  it('places a PO-box ZIP with no Census area at its post-office town', () => {
    const inCensus = new Set(rows.map((r) => r[0]));
    // 10008 is a Manhattan PO-box ZIP: no ZCTA, but the postal directory lists it.
    expect(inCensus.has('10008')).toBe(false);
    const box = geo.lookupZip('10008');
    expect(box).toMatchObject({ city: 'New York', state: 'NY', source: 'postal-directory' });
    const midtown = geo.lookupZip('10001');
    expect(box && midtown && distanceKm(box, midtown)).toBeLessThan(10);
  });

  it('falls back to the ZIP3 centroid for an unknown ZIP of a known prefix', () => {
    // Average the fixture's own 021xx points for the expected centroid.
    const prefix = rows.filter((r) => r[0]?.startsWith('021'));
    const lat = prefix.reduce((s, r) => s + Number(r[1]), 0) / prefix.length;
    const lng = prefix.reduce((s, r) => s + Number(r[2]), 0) / prefix.length;
    const unknown = ['02100', '02101', '02102', '02103', '02104', '02105', '02106', '02107'].find(
      (z) => !inAnySource(z),
    );
    expect(unknown).toBeDefined();
    const found = geo.lookupZip(unknown ?? '');
    expect(found).toMatchObject({ source: 'zip-prefix-fallback', state: 'MA' });
    expect(Math.abs((found?.lat ?? 0) - lat)).toBeLessThan(0.01);
    expect(Math.abs((found?.lng ?? 0) - lng)).toBeLessThan(0.01);
  });

  it('gives undefined for malformed or unplaceable ZIPs', () => {
    expect(geo.lookupZip('2139')).toBeUndefined();
    expect(geo.lookupZip('hello')).toBeUndefined();
    // No ZIP begins with 000.
    expect(geo.lookupZip('00000')).toBeUndefined();
  });

  function inAnySource(zip: string): boolean {
    const found = geo.lookupZip(zip);
    return found !== undefined && found.source !== 'zip-prefix-fallback';
  }
});

describe('repairing real ZIPs that lost their leading zero', () => {
  it('repairs the SAMHSA OTP directory ZIPs and places them near the facilities', () => {
    const [header = [], ...rows] = parseCsv(
      readFixture('treatment', 'Opioid_Treatment_Directory_Geocoded.csv'),
    );
    const col = (name: string): number => header.indexOf(name);
    const broken = rows.filter((r) => /^\d{4}(-\d{4})?$/.test(r[col('POSTAL')] ?? ''));
    expect(broken.length).toBeGreaterThan(200);
    let sameState = 0;
    let near = 0;
    for (const row of broken) {
      const normalized = normalizeZip(row[col('POSTAL')] ?? '');
      expect(normalized?.repaired).toBe(true);
      const found = geo.lookupZip(normalized?.zip ?? '');
      expect(found, row[col('POSTAL')]).toBeDefined();
      if (found?.state === row[col('STATE')]) sameState++;
      const facility = { lat: Number(row[col('Latitude')]), lng: Number(row[col('Longitude')]) };
      if (found && distanceKm(found, facility) < 25) near++;
    }
    // The directory has a few typos of its own (5457, a Vermont ZIP, for a Connecticut
    // clinic), and a ZIP point is not the street address: nearly all still agree.
    expect(sameState / broken.length).toBeGreaterThan(0.97);
    expect(near / broken.length).toBeGreaterThan(0.95);
  });
});

describe('lookupPlace', () => {
  it('finds "City, ST" and "City, State", case and accent insensitive', async () => {
    const cambridge = await lookupPlace('Cambridge, MA');
    expect(cambridge.ambiguous).toBe(false);
    expect(cambridge.matches).toHaveLength(1);
    expect(cambridge.matches[0]).toMatchObject({
      city: 'Cambridge',
      state: 'MA',
      stateName: 'Massachusetts',
    });
    expect(cambridge.matches[0]?.zips).toContain('02139');
    const near02139 = geo.lookupZip('02139');
    expect(cambridge.matches[0] && near02139 && distanceKm(cambridge.matches[0], near02139)).toBeLessThan(5);

    for (const q of [
      'cambridge, massachusetts',
      'CAMBRIDGE MA',
      'Cambridge Massachusetts',
      'Cámbridge, Ma 02139',
    ]) {
      expect(
        geo.lookupPlace(q).matches.map((m) => `${m.city}, ${m.state}`),
        q,
      ).toEqual(['Cambridge, MA']);
    }
  });

  it('lists every Springfield without a state and one with it', () => {
    const all = geo.lookupPlace('Springfield');
    expect(all.ambiguous).toBe(true);
    const states = all.matches.map((m) => m.state);
    for (const s of ['IL', 'MA', 'MO', 'OH', 'OR', 'VA']) expect(states).toContain(s);
    expect(new Set(states).size).toBe(states.length);
    // Sorted by number of ZIPs, a rough proxy for size.
    const counts = all.matches.map((m) => m.zips.length);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);

    const illinois = geo.lookupPlace('springfield, il');
    expect(illinois).toMatchObject({ ambiguous: false, state: 'IL' });
    expect(illinois.matches).toHaveLength(1);
    expect(illinois.matches[0]?.lat).toBeCloseTo(39.8, 0);
  });

  it('spells out Saint, Fort and Mount and handles multi-word states', () => {
    expect(geo.lookupPlace('St. Louis, MO').matches[0]?.city).toBe('Saint Louis');
    expect(geo.lookupPlace('Ft Lauderdale FL').matches[0]?.city).toBe('Fort Lauderdale');
    expect(geo.lookupPlace('Santa Fe New Mexico').matches[0]?.state).toBe('NM');
    expect(geo.lookupPlace('Helena MT').matches[0]?.state).toBe('MT');
    expect(geo.lookupPlace('San Juan, Puerto Rico').matches[0]?.state).toBe('PR');
  });

  it('finds nothing for an unknown place or a place in the wrong state', () => {
    expect(geo.lookupPlace('Atlantis').matches).toEqual([]);
    expect(geo.lookupPlace('Cambridge, TX')).toMatchObject({ matches: [], state: 'TX' });
    expect(geo.lookupPlace('  ').matches).toEqual([]);
  });
});
