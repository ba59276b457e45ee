/**
 * Text folding for the search index: lowercase, accents removed, split on anything that
 * is not a letter or digit, so "Café Nuevo Día" and "cafe nuevo dia" find each other.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** `text` lowercased with accents and other combining marks removed. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The folded words of `text`, in order, without empty strings (duplicates kept). */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(NON_WORD)
    .filter((token) => token.length > 0);
}

/** The distinct folded words of several texts, in first-seen order. */
export function uniqueTokens(texts: readonly (string | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const text of texts) {
    if (text === undefined) continue;
    for (const token of tokenize(text)) seen.add(token);
  }
  return [...seen];
}
