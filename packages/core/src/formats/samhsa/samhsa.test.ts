import { readFileSync } from 'node:fs';
import { fixturePath, readFixture } from '@recovery-circles/fixtures';
import { createHsdsValidator } from '@recovery-circles/fixtures/hsds-validator';
import { describe, expect, it } from 'vitest';
import { exportHsdsService } from '../hsds/export.js';
import { cleanSamhsaCodeKey, cleanSamhsaLabel } from './clean-labels.js';
import { importSamhsaDirectory, importSamhsaOtp } from './import-samhsa.js';
import { SAMHSA_SERVICE_CODES } from './service-codes.js';

const otpBytes = new Uint8Array(
  readFileSync(fixturePath('treatment', 'Opioid_Treatment_Directory_Geocoded.csv')),
);
const codeKey: Record<string, string> = JSON.parse(readFixture('treatment', 'samhsa_service_code_key.json'));
const directoryText = readFixture('treatment', 'meth-2017.csv');

describe('SAMHSA Opioid Treatment Program directory', () => {
  const result = importSamhsaOtp(otpBytes);

  it('imports every program as a methadone facility for opioids', () => {
    expect(result.resources).toHaveLength(1831);
    expect(result.encoding).toBe('windows-1252');
    for (const provider of result.resources) {
      expect(provider).toMatchObject({
        kind: 'provider',
        providerType: 'facility',
        circles: ['professionals'],
        concerns: ['opioids'],
        medications: ['methadone'],
        levelsOfCare: ['opioid-treatment-program'],
      });
      expect(provider.location?.coordinates).toBeDefined();
    }
    expect(new Set(result.resources.map((provider) => provider.id)).size).toBe(1831);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('restores ZIP leading zeros, reports each repair and keeps ZIP+4', () => {
    expect(result.zipRepairs).toBe(232);
    const repairs = result.issues.filter((issue) => issue.code === 'zip-repaired');
    expect(repairs).toHaveLength(232);
    expect(repairs[0]).toMatchObject({ field: 'POSTAL', severity: 'info' });
    expect(
      result.resources.every((provider) => /^\d{5}(-\d{4})?$/.test(provider.location?.postalCode ?? '')),
    ).toBe(true);
    expect(result.resources.filter((provider) => provider.location?.postalCode?.length === 10)).toHaveLength(
      85,
    );
    const wasilla = result.resources.find(
      (provider) => provider.name === 'Community Medical Services - Wasilla',
    );
    expect(wasilla?.location).toMatchObject({ city: 'Wasilla', region: 'AK', postalCode: '99654-8525' });
    expect(wasilla?.location?.coordinates?.lat).toBeCloseTo(61.573, 3);
  });

  it('reads the Windows-1252 accent in a program name', () => {
    expect(result.resources.some((provider) => provider.name.startsWith('Clínica'))).toBe(true);
  });

  it('exports imported programs as valid HSDS services', () => {
    const validate = createHsdsValidator();
    for (const provider of result.resources.slice(0, 25)) {
      expect(validate('service', exportHsdsService(provider)).errors).toEqual([]);
    }
  });
});

describe('SAMHSA service-code key', () => {
  it('cleans ligature glitches, split words and glued entries', () => {
    expect(cleanSamhsaLabel('Buprenorphine, detoxi\u02ddcation')).toBe('Buprenorphine detoxification');
    expect(cleanSamhsaLabel('Family counseling o\u02d9ered')).toBe('Family counseling offered');
    expect(cleanSamhsaLabel('\u02dce, Joint, Commission')).toBe('The Joint Commission');
    expect(cleanSamhsaLabel('Military, insurance, (e.g.,, VA,, TRICARE)')).toBe(
      'Military insurance (e.g., VA, TRICARE)',
    );
    expect(cleanSamhsaLabel('Pashto,, Southern')).toBe('Pashto, Southern');
    expect(cleanSamhsaLabel('HIV or AIDS education, counseling, or support')).toBe(
      'HIV or AIDS education, counseling, or support',
    );
    expect(cleanSamhsaLabel('SAMHSA-certi\ufb01ed Opioid Treatment Program')).toBe(
      'SAMHSA-certified Opioid Treatment Program',
    );
    const { labels, repairs } = cleanSamhsaCodeKey(codeKey);
    expect(labels.F102).toBe('Edo');
    expect(labels.F25).toBe('Farsi');
    expect(labels.F48).toBe('Lao');
    expect(labels.F49).toBe('Latvian');
    expect(labels.HEOH).toBe('Health education services other than HIV/AIDS or hepatitis');
    expect(labels.AIDS).toBeUndefined();
    expect(labels.NCQA).toBe('National Committee for Quality Assurance');
    expect(labels.ACC).toBe('Aftercare/continuing care');
    expect(
      Object.values(labels).some((label) => /[\u02d9\u02dd\u02dc\u02da\u02c6\ufb01\ufb02]/.test(label)),
    ).toBe(false);
    expect(repairs.filter((repair) => repair.kind === 'glued-entries').map((repair) => repair.code)).toEqual([
      'F102',
      'F48',
    ]);
  });

  it('maps every mapped code to real vocabulary terms and a clean label', () => {
    for (const [code, mapping] of Object.entries(SAMHSA_SERVICE_CODES)) {
      expect(mapping.label, code).not.toMatch(/[\u02d9\u02dd\u02dc\u02da\u02c6]|, $/);
    }
    expect(SAMHSA_SERVICE_CODES.VTRL?.medications).toEqual(['naltrexone']);
    expect(SAMHSA_SERVICE_CODES.MD?.costs).toEqual(['medicaid']);
    expect(SAMHSA_SERVICE_CODES.PW?.audiences).toEqual(['pregnant-or-postpartum']);
    expect(SAMHSA_SERVICE_CODES.SP?.language).toBe('es');
  });
});

describe('SAMHSA treatment facility directory (2017)', () => {
  const result = importSamhsaDirectory(directoryText, codeKey);

  it('imports every facility', () => {
    expect(result.resources).toHaveLength(1090);
    expect(new Set(result.resources.map((provider) => provider.id)).size).toBe(1090);
    expect(result.issues.filter((issue) => issue.code === 'duplicate-id')).toHaveLength(33);
    expect(result.zipRepairs).toBe(142);
    expect(result.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    // BUM, CMHA and (after splitting "EdoF25, Farsi") F25 are all understood.
    expect(result.issues.filter((issue) => issue.code === 'unknown-service-code')).toEqual([]);
  });

  it('maps service codes to care levels, medications, payment, audiences and languages', () => {
    const shelby = result.resources.find((provider) => provider.provenance.externalId === '4041AL35007');
    expect(shelby).toBeDefined();
    expect(shelby?.name).toBe('Shelby County Treatment Center');
    expect(shelby?.medications).toEqual([
      'methadone',
      'buprenorphine',
      'naltrexone',
      'disulfiram',
      'acamprosate',
    ]);
    expect(shelby?.levelsOfCare).toEqual(
      expect.arrayContaining(['opioid-treatment-program', 'outpatient', 'intensive-outpatient']),
    );
    expect(shelby?.cost).toEqual(['self-pay', 'medicaid', 'private-insurance', 'sliding-scale']);
    expect(shelby?.audiences).toEqual(
      expect.arrayContaining([
        'lgbtq',
        'veterans',
        'active-duty-military',
        'pregnant-or-postpartum',
        'women',
        'men',
      ]),
    );
    expect(shelby?.concerns).toEqual(
      expect.arrayContaining(['opioids', 'co-occurring', 'trauma', 'gambling']),
    );
    expect(shelby?.languages).toEqual(['en', 'es']);
    expect(shelby?.accessibility).toEqual(['deaf-hard-of-hearing-support']);
    expect(shelby?.serves).toBe('both');
    expect(shelby?.approaches).toEqual(['twelve-step']);
    expect(shelby?.tags).toContain('samhsa:CARF');
    expect(shelby?.contact).toEqual([{ type: 'phone', number: '(205)216-0200' }]);
    expect(shelby?.location).toMatchObject({ city: 'Alabaster', region: 'AL', postalCode: '35007' });
    const spanish = result.resources.filter((provider) => provider.languages.includes('es'));
    expect(spanish).toHaveLength(469);
    const naltrexone = result.resources.filter((provider) => provider.medications.includes('naltrexone'));
    expect(naltrexone.length).toBeGreaterThan(222);
    expect(result.resources.every((provider) => provider.medications.includes('methadone'))).toBe(true);
  });
});
