/**
 * Text folding for the search index: lowercase, accents removed, split on anything that
 * is not a letter or digit, so "Café Nuevo Día" and "cafe nuevo dia" find each other.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/u;

/** Anything outside printable ASCII; text without it needs no Unicode folding. */
const NOT_PLAIN_ASCII = /[^ -~]/;

/** Whether `text` is all printable ASCII: a loop, as a regular expression costs more on short text. */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126) return false;
  }
  return true;
}

/** `text` lowercased with accents and other combining marks removed. */
export function foldText(text: string): string {
  // Most names are plain ASCII, and normalizing them is most of the cost of indexing.
  if (isPlainAscii(text)) return text.toLowerCase();
  return text.normalize('NFD').replace(COMBINING_MARKS, '').toLowerCase();
}

const NON_WORD_ASCII = /[^a-z0-9]+/;

/** The folded words of `text`, in order, without empty strings (duplicates kept). */
export function tokenize(text: string): string[] {
  const folded = foldText(text);
  const words = folded.split(NOT_PLAIN_ASCII.test(folded) ? NON_WORD : NON_WORD_ASCII);
  return words.filter((token) => token.length > 0);
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
