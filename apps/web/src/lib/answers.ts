import {
  AGE_GROUPS,
  type AgeGroup,
  APPROACHES,
  type Approach,
  AUDIENCES,
  type Audience,
  CONCERNS,
  COSTS,
  type Concern,
  type Cost,
  type FreeTime,
  MEDICATIONS,
  type Medication,
  type NeedsProfileInput,
  RELATIONSHIPS,
  type Relationship,
  URGENCIES,
  type Urgency,
  type Where,
} from '@recovery-circles/core';
import { parseWhere } from './where.js';

/** Parts of the day a visitor can say they are free. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening'] as const;
/** A part of the day. */
export type DayPart = (typeof DAY_PARTS)[number];

/** Wall-clock hours of each part of the day, in the visitor's own zone. */
export const DAY_PART_HOURS: Record<DayPart, { from: string; to: string }> = {
  morning: { from: '06:00', to: '12:00' },
  afternoon: { from: '12:00', to: '17:00' },
  evening: { from: '17:00', to: '22:00' },
};

/** Insurance and payment choices the questions offer (a subset of the cost vocabulary). */
export const INSURANCE_CHOICES: readonly Cost[] = [
  'medicaid',
  'medicare',
  'private-insurance',
  'military-insurance',
  'state-insurance',
];

/** Languages the questions offer. */
export const LANGUAGE_CHOICES = ['en', 'es'] as const;

/** Everything the guided questions ask, as kept in the page address. Empty means "not said". */
export interface Answers {
  forWhom?: 'me' | 'someone-i-care-about';
  relationship?: Relationship;
  ageGroup?: AgeGroup;
  concerns: Concern[];
  where?: Where;
  /** Miles. */
  radius?: number;
  onlineOnly: boolean;
  languages: string[];
  languageRequired: boolean;
  audiences: Audience[];
  /** An empty list means the visitor did not say; `not-sure` asks for a mix. */
  approaches: Approach[] | 'not-sure';
  mustBeFree: boolean;
  insurance: Cost[];
  uninsured: boolean;
  medications: Medication[];
  /** 0 = Sunday … 6 = Saturday; empty with `dayParts` means every day. */
  days: number[];
  dayParts: DayPart[];
  urgency?: Urgency;
}

/** Answers with nothing said. */
export function emptyAnswers(): Answers {
  return {
    concerns: [],
    onlineOnly: false,
    languages: [],
    languageRequired: false,
    audiences: [],
    approaches: [],
    mustBeFree: false,
    insurance: [],
    uninsured: false,
    medications: [],
    days: [],
    dayParts: [],
  };
}

const ids = <T extends string>(terms: readonly { id: T }[]): ReadonlySet<string> =>
  new Set(terms.map((term) => term.id));
const KNOWN = {
  relationship: ids(RELATIONSHIPS),
  age: ids(AGE_GROUPS),
  concern: ids(CONCERNS),
  audience: ids(AUDIENCES),
  approach: ids(APPROACHES),
  cost: ids(COSTS),
  medication: ids(MEDICATIONS),
  urgency: ids(URGENCIES),
};

function list(params: URLSearchParams, key: string): string[] {
  return (params.get(key) ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
}

function known<T extends string>(values: string[], set: ReadonlySet<string>): T[] {
  // The set holds exactly the vocabulary's ids, so a member is a T.
  return [...new Set(values.filter((v) => set.has(v)))] as T[];
}

function one<T extends string>(value: string | null, set: ReadonlySet<string>): T | undefined {
  return value !== null && set.has(value) ? (value as T) : undefined;
}

const flag = (params: URLSearchParams, key: string) => params.get(key) === '1';

function parseLatLng(value: string | null): Where | undefined {
  if (value === null) return undefined;
  const [lat, lng] = value.split(',').map(Number);
  if (lat === undefined || lng === undefined || !Number.isFinite(lat) || !Number.isFinite(lng))
    return undefined;
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return { lat, lng };
}

/** The answers a page address holds; unknown or malformed values are left out, never guessed. */
export function decodeAnswers(query: string | URLSearchParams): Answers {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const answers = emptyAnswers();
  const forWhom = params.get('for');
  if (forWhom === 'me') answers.forWhom = 'me';
  if (forWhom === 'someone') answers.forWhom = 'someone-i-care-about';
  const relationship = one<Relationship>(params.get('rel'), KNOWN.relationship);
  if (relationship) answers.relationship = relationship;
  const age = one<AgeGroup>(params.get('age'), KNOWN.age);
  if (age) answers.ageGroup = age;
  answers.concerns = known(list(params, 'c'), KNOWN.concern);
  const where = parseLatLng(params.get('ll')) ?? parseWhere(params.get('where') ?? '');
  if (where) answers.where = where;
  const radius = Number(params.get('r'));
  if (Number.isFinite(radius) && radius > 0 && radius <= 500) answers.radius = radius;
  answers.onlineOnly = flag(params, 'online');
  answers.languages = [
    ...new Set(list(params, 'lang').filter((v) => /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(v))),
  ];
  answers.languageRequired = flag(params, 'langreq');
  answers.audiences = known(list(params, 'aud'), KNOWN.audience);
  const approaches = list(params, 'appr');
  answers.approaches = approaches.includes('not-sure') ? 'not-sure' : known(approaches, KNOWN.approach);
  answers.mustBeFree = flag(params, 'free');
  answers.insurance = known(list(params, 'ins'), KNOWN.cost);
  answers.uninsured = flag(params, 'unins');
  answers.medications = known(list(params, 'med'), KNOWN.medication);
  answers.days = [
    ...new Set(
      list(params, 'days')
        .map(Number)
        .filter((d) => Number.isInteger(d) && d >= 0 && d <= 6),
    ),
  ].sort();
  answers.dayParts = DAY_PARTS.filter((part) => list(params, 'times').includes(part));
  const urgency = one<Urgency>(params.get('urg'), KNOWN.urgency);
  if (urgency) answers.urgency = urgency;
  return answers;
}

/** The answers as a query string (without "?"), in a stable order; empty answers are left out. */
export function encodeAnswers(answers: Answers): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value !== '') params.set(key, value);
  };
  put('for', answers.forWhom === 'someone-i-care-about' ? 'someone' : answers.forWhom);
  put('rel', answers.relationship);
  put('age', answers.ageGroup);
  put('c', answers.concerns.join(','));
  if (answers.where && 'zip' in answers.where) put('where', answers.where.zip);
  if (answers.where && 'place' in answers.where) put('where', answers.where.place);
  if (answers.where && 'lat' in answers.where) put('ll', `${answers.where.lat},${answers.where.lng}`);
  put('r', answers.radius?.toString());
  if (answers.onlineOnly) put('online', '1');
  put('lang', answers.languages.join(','));
  if (answers.languageRequired) put('langreq', '1');
  put('aud', answers.audiences.join(','));
  put('appr', answers.approaches === 'not-sure' ? 'not-sure' : answers.approaches.join(','));
  if (answers.mustBeFree) put('free', '1');
  put('ins', answers.insurance.join(','));
  if (answers.uninsured) put('unins', '1');
  put('med', answers.medications.join(','));
  put('days', answers.days.join(','));
  put('times', answers.dayParts.join(','));
  put('urg', answers.urgency);
  return params.toString();
}

/** The weekly free times the answers describe: each chosen day (or every day) × each part of the day. */
export function availabilityOf(answers: Answers): FreeTime[] {
  if (answers.dayParts.length === 0 && answers.days.length === 0) return [];
  const days = answers.days.length > 0 ? answers.days : [0, 1, 2, 3, 4, 5, 6];
  const parts: readonly DayPart[] = answers.dayParts.length > 0 ? answers.dayParts : DAY_PARTS;
  return days.flatMap((day) => parts.map((part) => ({ day, ...DAY_PART_HOURS[part] })));
}

/** The needs profile to send to `POST /v1/match`; `timeZone` is the visitor's own. */
export function profileOf(answers: Answers, timeZone: string | undefined): NeedsProfileInput {
  return {
    forWhom: answers.forWhom ?? 'me',
    ...(answers.relationship && answers.forWhom === 'someone-i-care-about'
      ? { relationship: answers.relationship }
      : {}),
    ...(answers.ageGroup ? { ageGroup: answers.ageGroup } : {}),
    concerns: answers.concerns,
    ...(answers.where ? { where: answers.where } : {}),
    ...(answers.radius ? { radius: answers.radius } : {}),
    radiusUnit: 'mi',
    onlineOnly: answers.onlineOnly,
    languages: answers.languages,
    languageRequired: answers.languageRequired && answers.languages.length > 0,
    audiences: answers.audiences,
    approaches:
      answers.approaches === 'not-sure' || answers.approaches.length === 0 ? 'not-sure' : answers.approaches,
    cost: { mustBeFree: answers.mustBeFree, insurance: answers.insurance, uninsured: answers.uninsured },
    medications: answers.medications,
    availability: availabilityOf(answers),
    ...(timeZone ? { timeZone } : {}),
    urgency: answers.urgency ?? 'exploring',
  };
}

/** A change to some answers; `undefined` takes an answer back. */
export type AnswersPatch = { [K in keyof Answers]?: Answers[K] | undefined };

/** The answers with a change applied. */
export function patchAnswers(answers: Answers, patch: AnswersPatch): Answers {
  const next: Answers = { ...answers };
  for (const key of Object.keys(patch) as (keyof Answers)[]) {
    const value = patch[key];
    if (value === undefined) Reflect.deleteProperty(next, key);
    else Reflect.set(next, key, value);
  }
  return next;
}
