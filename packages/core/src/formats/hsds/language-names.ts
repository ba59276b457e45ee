import { LanguageTagSchema } from '../../model/primitives.js';

/*
 * English names of languages as directories write them, to BCP 47 tags. Only languages
 * seen in HSDS and SAMHSA data; an unknown name is reported, never guessed.
 */
const NAMES: Readonly<Record<string, string>> = {
  english: 'en',
  spanish: 'es',
  french: 'fr',
  german: 'de',
  italian: 'it',
  portuguese: 'pt',
  russian: 'ru',
  polish: 'pl',
  ukrainian: 'uk',
  arabic: 'ar',
  chinese: 'zh',
  mandarin: 'cmn',
  cantonese: 'yue',
  korean: 'ko',
  japanese: 'ja',
  vietnamese: 'vi',
  tagalog: 'tl',
  hindi: 'hi',
  urdu: 'ur',
  bengali: 'bn',
  punjabi: 'pa',
  gujarati: 'gu',
  farsi: 'fa',
  persian: 'fa',
  hebrew: 'he',
  greek: 'el',
  hmong: 'hmn',
  khmer: 'km',
  somali: 'so',
  swahili: 'sw',
  haitian: 'ht',
  'haitian creole': 'ht',
  'american sign language': 'ase',
  asl: 'ase',
  slovak: 'sk',
  navajo: 'nv',
  lakota: 'lkt',
};

/** The BCP 47 tag of a language given by name ("Spanish") or by tag ("es"); undefined when unknown. */
export function languageTag(nameOrCode: string): string | undefined {
  const text = nameOrCode.trim();
  const byName = NAMES[text.toLowerCase()];
  if (byName !== undefined) return byName;
  if (/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(text) && LanguageTagSchema.safeParse(text).success) {
    const [lang = '', ...rest] = text.split('-');
    return [lang.toLowerCase(), ...rest].join('-');
  }
  return undefined;
}
