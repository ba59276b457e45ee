import type { LanguageTag } from '../../model/primitives.js';
import type { AccessibilityFeature } from '../../vocab/accessibility.js';
import type { Approach } from '../../vocab/approaches.js';
import type { Audience } from '../../vocab/audiences.js';
import type { Concern } from '../../vocab/concerns.js';

/** One thing a Meeting Guide type code says about a meeting, in the model's own fields. */
export type TypeCodeEffect =
  | { readonly field: 'meetingAccess'; readonly value: 'open' | 'closed' }
  | { readonly field: 'audiences'; readonly value: Audience }
  | { readonly field: 'languages'; readonly value: LanguageTag }
  | { readonly field: 'accessibility'; readonly value: AccessibilityFeature }
  | { readonly field: 'approaches'; readonly value: Approach }
  | { readonly field: 'concerns'; readonly value: Concern }
  /** `TC`: the venue is closed for now; `ONL`: the meeting is held online. */
  | { readonly field: 'attendance'; readonly value: 'location-temporarily-closed' | 'online' };

/**
 * Where a code comes from: `official` (the 87 codes of the spec's types.json, the only
 * ones exported), `proposed` (the spec's proposed-new list) or `common` (`ONL`, used by
 * most TSML sites though the spec never adopted it).
 */
export type TypeCodeOrigin = 'official' | 'proposed' | 'common';

/** A Meeting Guide type code: its English name and what it means in the model. */
export interface TypeCodeInfo {
  /** The spec's English name, e.g. "Big Book". */
  readonly name: string;
  readonly origin: TypeCodeOrigin;
  /**
   * The fields the code sets. Empty for a meeting format ("Big Book", "Speaker"…), which
   * has no vocabulary term and lives on in `typeCodes`.
   */
  readonly effects: readonly TypeCodeEffect[];
}

const format = (name: string): TypeCodeInfo => ({ name, origin: 'official', effects: [] });
const language = (name: string, tag: LanguageTag): TypeCodeInfo => ({
  name,
  origin: 'official',
  effects: [{ field: 'languages', value: tag }],
});
const audience = (name: string, value: Audience): TypeCodeInfo => ({
  name,
  origin: 'official',
  effects: [{ field: 'audiences', value }],
});
const access = (name: string, value: AccessibilityFeature): TypeCodeInfo => ({
  name,
  origin: 'official',
  effects: [{ field: 'accessibility', value }],
});

/**
 * Every Meeting Guide type code the importer knows: the 87 official codes, the proposed
 * ones and `ONL`. Keys are case-sensitive as the spec writes them.
 */
export const MEETING_GUIDE_TYPE_CODES = {
  '11': format('11th Step Meditation'),
  '12x12': format('12 Steps & 12 Traditions'),
  A: { name: 'Secular', origin: 'official', effects: [{ field: 'approaches', value: 'secular' }] },
  ABSI: format('As Bill Sees It'),
  AF: language('Afrikaans', 'af'),
  AL: format('Concurrent with Alateen'),
  'AL-AN': format('Concurrent with Al-Anon'),
  AM: language('Amharic', 'am'),
  AR: language('Arabic', 'ar'),
  ASL: {
    name: 'American Sign Language',
    origin: 'official',
    effects: [
      { field: 'accessibility', value: 'asl' },
      { field: 'languages', value: 'ase' },
    ],
  },
  B: format('Big Book'),
  BA: access('Babysitting Available', 'childcare'),
  BE: audience('Newcomer', 'newcomers'),
  BG: language('Bulgarian', 'bg'),
  BI: audience('Bisexual', 'lgbtq'),
  BRK: format('Breakfast'),
  C: { name: 'Closed', origin: 'official', effects: [{ field: 'meetingAccess', value: 'closed' }] },
  CAN: format('Candlelight'),
  CF: access('Child-Friendly', 'child-friendly'),
  D: format('Discussion'),
  DA: language('Danish', 'da'),
  DB: format('Digital Basket'),
  DD: { name: 'Dual Diagnosis', origin: 'official', effects: [{ field: 'concerns', value: 'co-occurring' }] },
  DE: language('German', 'de'),
  DR: format('Daily Reflections'),
  EL: language('Greek', 'el'),
  EN: language('English', 'en'),
  FA: language('Persian', 'fa'),
  FI: language('Finnish', 'fi'),
  FF: access('Fragrance Free', 'fragrance-free'),
  FR: language('French', 'fr'),
  G: audience('Gay', 'lgbtq'),
  GR: format('Grapevine'),
  H: format('Birthday'),
  HE: language('Hebrew', 'he'),
  HI: language('Hindi', 'hi'),
  HR: language('Croatian', 'hr'),
  HU: language('Hungarian', 'hu'),
  IS: language('Icelandic', 'is'),
  ITA: language('Italian', 'it'),
  JA: language('Japanese', 'ja'),
  KA: language('Georgian', 'ka'),
  KOR: language('Korean', 'ko'),
  L: audience('Lesbian', 'lgbtq'),
  LGBTQ: audience('LGBTQ', 'lgbtq'),
  LIT: format('Literature'),
  LS: format('Living Sober'),
  LT: language('Lithuanian', 'lt'),
  M: audience('Men', 'men'),
  MED: format('Meditation'),
  ML: language('Malayalam', 'ml'),
  MT: language('Maltese', 'mt'),
  N: audience('Native American', 'indigenous'),
  NB: audience('Non-Binary', 'non-binary'),
  NDG: audience('Indigenous', 'indigenous'),
  NE: language('Nepali', 'ne'),
  NL: language('Dutch', 'nl'),
  NO: language('Norwegian', 'no'),
  O: { name: 'Open', origin: 'official', effects: [{ field: 'meetingAccess', value: 'open' }] },
  OUT: format('Outdoor'),
  P: audience('Professionals', 'professionals'),
  POA: format('Proof of Attendance'),
  POC: audience('People of Color', 'people-of-color'),
  POL: language('Polish', 'pl'),
  POR: language('Portuguese', 'pt'),
  PUN: language('Punjabi', 'pa'),
  RUS: language('Russian', 'ru'),
  S: language('Spanish', 'es'),
  SEN: audience('Seniors', 'seniors'),
  SK: language('Slovak', 'sk'),
  SL: language('Slovenian', 'sl'),
  SM: format('Smoking Permitted'),
  SP: format('Speaker'),
  ST: format('Step Study'),
  SV: language('Swedish', 'sv'),
  T: audience('Transgender', 'transgender'),
  TC: {
    name: 'Location Temporarily Closed',
    origin: 'official',
    effects: [{ field: 'attendance', value: 'location-temporarily-closed' }],
  },
  TH: language('Thai', 'th'),
  TL: language('Tagalog', 'tl'),
  TR: format('Tradition Study'),
  TUR: language('Turkish', 'tr'),
  UK: language('Ukrainian', 'uk'),
  W: audience('Women', 'women'),
  X: access('Wheelchair Access', 'wheelchair'),
  XB: access('Wheelchair-Accessible Bathroom', 'accessible-restroom'),
  XT: format('Cross Talk Permitted'),
  Y: audience('Young People', 'young-people'),
  'BV-I': { name: 'Blind / Visually Impaired', origin: 'proposed', effects: [] },
  'D-HOH': {
    name: 'Deaf / Hard of Hearing',
    origin: 'proposed',
    effects: [{ field: 'accessibility', value: 'deaf-hard-of-hearing-support' }],
  },
  'LO-I': { name: 'Loners / Isolationists', origin: 'proposed', effects: [] },
  QSL: { name: 'Quebec Sign Language', origin: 'proposed', effects: [{ field: 'languages', value: 'fcs' }] },
  RSL: { name: 'Russian Sign Language', origin: 'proposed', effects: [{ field: 'languages', value: 'rsl' }] },
  ONL: { name: 'Online', origin: 'common', effects: [{ field: 'attendance', value: 'online' }] },
} as const satisfies Record<string, TypeCodeInfo>;

/** A type code the importer knows. */
export type MeetingGuideTypeCode = keyof typeof MEETING_GUIDE_TYPE_CODES;

const TYPE_CODES = new Map<string, TypeCodeInfo>(Object.entries(MEETING_GUIDE_TYPE_CODES));

/** Whether `code` is a type code the importer knows (matched exactly). */
export function isTypeCode(code: string): code is MeetingGuideTypeCode {
  return TYPE_CODES.has(code);
}

/** What a type code means, or undefined for a code the importer does not know (matched exactly). */
export function typeCodeInfo(code: string): TypeCodeInfo | undefined {
  return TYPE_CODES.get(code);
}

/** The official codes of the spec, the only ones an exported feed carries. */
export const OFFICIAL_TYPE_CODES: readonly MeetingGuideTypeCode[] = (
  Object.keys(MEETING_GUIDE_TYPE_CODES) as MeetingGuideTypeCode[]
).filter((code) => MEETING_GUIDE_TYPE_CODES[code].origin === 'official');

const CODES_BY_NAME = new Map<string, string>(
  Object.entries(MEETING_GUIDE_TYPE_CODES).map(([code, info]) => [info.name.toLowerCase(), code]),
);

/** The code whose English name is `name` ("open" → "O"), for feeds that write types as words. */
export function typeCodeByName(name: string): string | undefined {
  return CODES_BY_NAME.get(name.trim().toLowerCase());
}

/**
 * The code written for a field value on export when no code from the feed already says
 * it, e.g. audience `lgbtq` → "LGBTQ" (not "G", "L" or "BI", which only a feed can choose).
 */
export const CANONICAL_TYPE_CODES: {
  readonly audiences: Partial<Record<Audience, MeetingGuideTypeCode>>;
  readonly accessibility: Partial<Record<AccessibilityFeature, MeetingGuideTypeCode>>;
  readonly approaches: Partial<Record<Approach, MeetingGuideTypeCode>>;
  readonly concerns: Partial<Record<Concern, MeetingGuideTypeCode>>;
  readonly languages: Readonly<Record<string, MeetingGuideTypeCode>>;
} = {
  audiences: {
    women: 'W',
    men: 'M',
    lgbtq: 'LGBTQ',
    transgender: 'T',
    'non-binary': 'NB',
    'young-people': 'Y',
    seniors: 'SEN',
    'people-of-color': 'POC',
    indigenous: 'NDG',
    professionals: 'P',
    newcomers: 'BE',
  },
  accessibility: {
    wheelchair: 'X',
    'accessible-restroom': 'XB',
    asl: 'ASL',
    'fragrance-free': 'FF',
    childcare: 'BA',
    'child-friendly': 'CF',
  },
  approaches: { secular: 'A' },
  concerns: { 'co-occurring': 'DD' },
  languages: Object.fromEntries(
    OFFICIAL_TYPE_CODES.flatMap((code) =>
      MEETING_GUIDE_TYPE_CODES[code].effects.flatMap((effect) =>
        effect.field === 'languages' ? [[effect.value, code] as const] : [],
      ),
    ),
  ),
};
