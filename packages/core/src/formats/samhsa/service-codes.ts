import type { AccessibilityFeature } from '../../vocab/accessibility.js';
import type { Approach } from '../../vocab/approaches.js';
import type { Audience } from '../../vocab/audiences.js';
import type { Concern } from '../../vocab/concerns.js';
import type { Cost } from '../../vocab/costs.js';
import type { LevelOfCare } from '../../vocab/levels-of-care.js';
import type { Medication } from '../../vocab/medications.js';

/** What one SAMHSA service code means in our vocabularies. */
export interface SamhsaCodeMapping {
  /** The cleaned label. */
  readonly label: string;
  readonly levelsOfCare?: readonly LevelOfCare[];
  readonly medications?: readonly Medication[];
  readonly costs?: readonly Cost[];
  readonly audiences?: readonly Audience[];
  readonly concerns?: readonly Concern[];
  readonly approaches?: readonly Approach[];
  readonly accessibility?: readonly AccessibilityFeature[];
  /** A BCP 47 tag, for codes that name a language services are offered in. */
  readonly language?: string;
  /** Services for families too (family or couples counseling). */
  readonly servesFamilies?: true;
}

/*
 * Derived from SAMHSA's public-domain service-code key of the 2017 treatment directory
 * (samhsa_service_code_key.json), labels cleaned of the PDF's ligature glitches, split
 * words and cut-off endings. Only codes that map to a vocabulary term are listed; the rest
 * are kept on records as "samhsa:<code>" tags. BUM and CMHA appear in the directory but not
 * in the key: they are the key's BM ("Buprenorphine maintenance") written as in the
 * directory, and the comprehensive mental health assessment paired with CSAA.
 */
const LANGUAGE_CODES: Readonly<Record<string, readonly [string, string]>> = {
  SP: ['Spanish', 'es'],
  F2: ['Albanian', 'sq'],
  F3: ['Amharic', 'am'],
  F4: ['Arabic', 'ar'],
  F5: ['Armenian', 'hy'],
  F8: ['Belarusian', 'be'],
  F9: ['Bengali', 'bn'],
  F10: ['Bosnian', 'bs'],
  F11: ['Bulgarian', 'bg'],
  F12: ['Burmese', 'my'],
  F17: ['Chinese', 'zh'],
  F20: ['Croatian', 'hr'],
  F21: ['Czech', 'cs'],
  F22: ['Danish', 'da'],
  F23: ['Dutch', 'nl'],
  F25: ['Farsi', 'fa'],
  F28: ['French', 'fr'],
  F30: ['German', 'de'],
  F31: ['Greek', 'el'],
  F33: ['Gujarati', 'gu'],
  F34: ['Hawaiian', 'haw'],
  F35: ['Hebrew', 'he'],
  F36: ['Hindi', 'hi'],
  F37: ['Hmong', 'hmn'],
  F38: ['Hungarian', 'hu'],
  F40: ['Ilocano', 'ilo'],
  F42: ['Italian', 'it'],
  F43: ['Japanese', 'ja'],
  F44: ['Khmer', 'km'],
  F47: ['Korean', 'ko'],
  F48: ['Lao', 'lo'],
  F49: ['Latvian', 'lv'],
  F52: ['Macedonian', 'mk'],
  F53: ['Malay', 'ms'],
  F54: ['Malayalam', 'ml'],
  F61: ['Nepali', 'ne'],
  F63: ['Norwegian', 'no'],
  F65: ['Punjabi', 'pa'],
  F66: ['Polish', 'pl'],
  F67: ['Portuguese', 'pt'],
  F69: ['Romanian', 'ro'],
  F70: ['Russian', 'ru'],
  F71: ['Samoan', 'sm'],
  F73: ['Serbian', 'sr'],
  F76: ['Slovak', 'sk'],
  F79: ['Swahili', 'sw'],
  F80: ['Swedish', 'sv'],
  F81: ['Tagalog', 'tl'],
  F82: ['Tamil', 'ta'],
  F85: ['Telugu', 'te'],
  F86: ['Thai', 'th'],
  F88: ['Turkish', 'tr'],
  F89: ['Ukrainian', 'uk'],
  F91: ['Urdu', 'ur'],
  F92: ['Vietnamese', 'vi'],
  F95: ['Yiddish', 'yi'],
  F96: ['Yoruba', 'yo'],
  F99: ['Lithuanian', 'lt'],
  F104: ['Somali', 'so'],
  F159: ['Zulu', 'zu'],
  N4: ['Cherokee', 'chr'],
  N23: ['Navajo', 'nv'],
  N18: ['Lakota', 'lkt'],
  N24: ['Ojibwa', 'oj'],
};

const TABLE: Readonly<Record<string, SamhsaCodeMapping>> = {
  // Type of care and setting.
  SA: { label: 'Substance use treatment', concerns: ['general-substance-use'] },
  SAF: { label: 'Substance use treatment services', concerns: ['general-substance-use'] },
  MHSAF: { label: 'Mix of mental health and substance use treatment', concerns: ['co-occurring'] },
  MHF: { label: 'Mental health treatment services', concerns: ['general-mental-health'] },
  MHS: { label: 'Mental health services', concerns: ['general-mental-health'] },
  DT: { label: 'Detoxification', levelsOfCare: ['withdrawal-management'] },
  HID: { label: 'Hospital inpatient detoxification', levelsOfCare: ['inpatient', 'withdrawal-management'] },
  HI: { label: 'Hospital inpatient', levelsOfCare: ['inpatient'] },
  HIT: { label: 'Hospital inpatient treatment', levelsOfCare: ['inpatient'] },
  PSYH: { label: 'Psychiatric hospital', levelsOfCare: ['inpatient'] },
  OP: { label: 'Outpatient', levelsOfCare: ['outpatient'] },
  ORT: { label: 'Regular outpatient treatment', levelsOfCare: ['outpatient'] },
  OD: { label: 'Outpatient detoxification', levelsOfCare: ['outpatient', 'withdrawal-management'] },
  OIT: { label: 'Intensive outpatient treatment', levelsOfCare: ['intensive-outpatient'] },
  ODT: {
    label: 'Outpatient day treatment or partial hospitalization',
    levelsOfCare: ['partial-hospitalization'],
  },
  PH: { label: 'Partial hospitalization/day treatment', levelsOfCare: ['partial-hospitalization'] },
  RES: { label: 'Residential', levelsOfCare: ['residential'] },
  RL: { label: 'Long-term residential (more than 30 days)', levelsOfCare: ['residential'] },
  RS: { label: 'Short-term residential (30 days or less)', levelsOfCare: ['residential'] },
  RD: { label: 'Residential detoxification', levelsOfCare: ['residential', 'withdrawal-management'] },
  OTP: {
    label: 'SAMHSA-certified Opioid Treatment Program',
    levelsOfCare: ['opioid-treatment-program'],
    concerns: ['opioids'],
  },
  OTPA: { label: 'All clients in Opioid Treatment Program', levelsOfCare: ['opioid-treatment-program'] },
  OMB: {
    label: 'Outpatient methadone/buprenorphine or naltrexone treatment',
    levelsOfCare: ['outpatient'],
    concerns: ['opioids'],
  },
  // Withdrawal care by substance.
  ADTX: { label: 'Alcohol detoxification', levelsOfCare: ['withdrawal-management'], concerns: ['alcohol'] },
  BDTX: {
    label: 'Benzodiazepines detoxification',
    levelsOfCare: ['withdrawal-management'],
    concerns: ['sedatives'],
  },
  CDTX: {
    label: 'Cocaine detoxification',
    levelsOfCare: ['withdrawal-management'],
    concerns: ['stimulants'],
  },
  MDTX: {
    label: 'Methamphetamine detoxification',
    levelsOfCare: ['withdrawal-management'],
    concerns: ['stimulants'],
  },
  ODTX: { label: 'Opioid detoxification', levelsOfCare: ['withdrawal-management'], concerns: ['opioids'] },
  // Medications.
  METH: { label: 'Methadone', medications: ['methadone'], concerns: ['opioids'] },
  MM: { label: 'Methadone maintenance', medications: ['methadone'], concerns: ['opioids'] },
  MMW: {
    label: 'Methadone maintenance for a predetermined time',
    medications: ['methadone'],
    concerns: ['opioids'],
  },
  DM: {
    label: 'Methadone detoxification',
    medications: ['methadone'],
    levelsOfCare: ['withdrawal-management'],
  },
  MO: { label: 'Methadone clients only', medications: ['methadone'] },
  BU: { label: 'Buprenorphine used in treatment', medications: ['buprenorphine'], concerns: ['opioids'] },
  BM: { label: 'Buprenorphine maintenance', medications: ['buprenorphine'], concerns: ['opioids'] },
  BUM: { label: 'Buprenorphine maintenance', medications: ['buprenorphine'], concerns: ['opioids'] },
  BMW: {
    label: 'Buprenorphine maintenance for a predetermined time',
    medications: ['buprenorphine'],
    concerns: ['opioids'],
  },
  DB: {
    label: 'Buprenorphine detoxification',
    medications: ['buprenorphine'],
    levelsOfCare: ['withdrawal-management'],
  },
  UBN: {
    label: 'Prescribes/administers buprenorphine and/or naltrexone',
    medications: ['buprenorphine', 'naltrexone'],
  },
  BMO: { label: 'Methadone and buprenorphine clients only', medications: ['methadone', 'buprenorphine'] },
  NXN: { label: 'Naltrexone (oral)', medications: ['naltrexone'] },
  VTRL: { label: 'Extended-release, injectable naltrexone', medications: ['naltrexone'] },
  RPN: { label: 'Relapse prevention with naltrexone', medications: ['naltrexone'] },
  ACM: { label: 'Acamprosate (Campral)', medications: ['acamprosate'], concerns: ['alcohol'] },
  DSF: { label: 'Disulfiram (Antabuse)', medications: ['disulfiram'], concerns: ['alcohol'] },
  MOA: { label: 'Accepts clients on opioid medication', approaches: ['medication-supportive'] },
  // Approaches.
  TWFA: { label: '12-step facilitation', approaches: ['twelve-step'] },
  // Payment.
  MC: { label: 'Medicare', costs: ['medicare'] },
  MD: { label: 'Medicaid', costs: ['medicaid'] },
  MI: { label: 'Military insurance (e.g., VA, TRICARE)', costs: ['military-insurance'] },
  PI: { label: 'Private health insurance', costs: ['private-insurance'] },
  SF: { label: 'Cash or self-payment', costs: ['self-pay'] },
  SI: { label: 'State-financed insurance (other than Medicaid)', costs: ['state-insurance'] },
  SS: { label: 'Sliding fee scale (fee is based on income and other factors)', costs: ['sliding-scale'] },
  PA: { label: 'Payment assistance (check with facility for details)', costs: ['payment-assistance'] },
  NP: { label: 'No payment accepted', costs: ['free'] },
  // Special programs and groups.
  AD: { label: 'Adolescents', audiences: ['teens'] },
  CHLD: { label: 'Children/adolescents', audiences: ['teens'] },
  YAD: { label: 'Young adults', audiences: ['young-people'] },
  TAY: { label: 'Transitional age young adults', audiences: ['young-people'] },
  SE: { label: 'Seniors/older adults', audiences: ['seniors'] },
  WN: { label: 'Adult women', audiences: ['women'] },
  MN: { label: 'Adult men', audiences: ['men'] },
  PW: { label: 'Pregnant/postpartum women', audiences: ['pregnant-or-postpartum'] },
  GL: { label: 'Lesbian, gay, bisexual, or transgender (LGBT)', audiences: ['lgbtq'] },
  VET: { label: 'Veterans', audiences: ['veterans'] },
  ADM: { label: 'Active duty military', audiences: ['active-duty-military'] },
  MF: { label: 'Military families', audiences: ['military-families'] },
  CJ: { label: 'Criminal justice clients', audiences: ['justice-involved'] },
  CO: { label: 'Persons with co-occurring mental and substance use disorders', concerns: ['co-occurring'] },
  TRMA: { label: 'Persons who have experienced trauma', concerns: ['trauma'] },
  TRC: { label: 'Trauma-related counseling', concerns: ['trauma'] },
  TGD: { label: 'Treatment for gambling disorder', concerns: ['gambling'] },
  TCC: { label: 'Smoking/tobacco cessation counseling', concerns: ['tobacco'] },
  NRT: { label: 'Nicotine replacement therapy', concerns: ['tobacco'] },
  NSC: { label: 'Non-nicotine smoking/tobacco cessation', concerns: ['tobacco'] },
  CMHA: { label: 'Comprehensive mental health assessment', concerns: ['general-mental-health'] },
  // Families and access.
  FCO: { label: 'Family counseling offered', servesFamilies: true },
  MCO: { label: 'Marital/couples counseling offered', servesFamilies: true },
  AH: {
    label:
      'Assistance for the deaf and hard of hearing (may be provided by either staff counselor or on-call interpreter)',
    accessibility: ['deaf-hard-of-hearing-support'],
  },
  TA: { label: 'Transportation assistance', accessibility: ['transportation-help'] },
  CCC: { label: "Child care for clients' children", accessibility: ['childcare'] },
};

/** SAMHSA service codes mapped to our vocabularies: care types, medications, payment, groups, languages. */
export const SAMHSA_SERVICE_CODES: Readonly<Record<string, SamhsaCodeMapping>> = {
  ...TABLE,
  ...Object.fromEntries(
    Object.entries(LANGUAGE_CODES).map(([code, [label, language]]) => [code, { label, language }]),
  ),
};
