/*
 * The SAMHSA service-code key was extracted from a PDF, and it shows: ligatures came out as
 * stray glyphs ("detoxi˝cation", "o˙ered", "˜e Joint Commission"), words were split by
 * commas ("Anger, management"), two entries were glued together ("LaoF49, Latvian") and one
 * label ran into the next key ("HIV/" + "AIDS": "or hepatitis"). These functions repair that.
 */

/** A change made while cleaning a key: which code, what it was, what it became, and why. */
export interface LabelRepair {
  readonly code: string;
  readonly before: string;
  readonly after: string;
  readonly kind: 'glyph' | 'split-words' | 'glued-entries' | 'continued-label';
}

const GLYPHS: readonly [string, string][] = [
  ['\ufb01', 'fi'],
  ['\ufb02', 'fl'],
  ['\ufb00', 'ff'],
  ['\ufb03', 'ffi'],
  ['\ufb04', 'ffl'],
  // The same ligatures as the PDF's font encoding turned them into spacing accents.
  ['\u02dd', 'fi'],
  ['\u02d9', 'ff'],
  ['\u02c6', 'ft'],
  ['\u02dc', 'Th'],
  ['\u02da', 'Q'],
  ['\u2122', "'"],
  ['\u0160', '\u2014'],
];

/** Replaces ligature glyphs and their mis-decoded stand-ins with plain letters. */
export function fixGlyphs(label: string): string {
  let out = label;
  for (const [glyph, text] of GLYPHS) out = out.split(glyph).join(text);
  return out;
}

/**
 * Undoes comma-split words: when every space in a label follows a comma, the commas are
 * artifacts ("Cash, or, self-payment"), and a doubled comma was a real one ("Pashto,, Southern").
 */
export function fixSplitWords(label: string): string {
  const spaces = label.match(/ /g)?.length ?? 0;
  const commaSpaces = label.match(/, /g)?.length ?? 0;
  if (spaces === 0 || spaces !== commaSpaces) return label;
  return label.replace(/,(,?) /g, '$1 ');
}

/** Cleans one label: glyphs, split words, runs of spaces. */
export function cleanSamhsaLabel(label: string): string {
  return fixSplitWords(fixGlyphs(label)).replace(/\s+/g, ' ').trim();
}

/**
 * Cleans a whole code key (code → label) as published, in its order: each label is
 * cleaned, glued entries ("LaoF49, Latvian") are split, and a label ending in "/" takes the
 * next entry, whose key was really its next word. Returns the labels and every repair made.
 */
export function cleanSamhsaCodeKey(key: Readonly<Record<string, string>>): {
  labels: Record<string, string>;
  repairs: LabelRepair[];
} {
  const labels: Record<string, string> = {};
  const repairs: LabelRepair[] = [];
  let previous: string | undefined;
  for (const [rawCode, rawLabel] of Object.entries(key)) {
    const code = rawCode.trim();
    if (previous !== undefined && labels[previous]?.endsWith('/')) {
      const before = labels[previous] ?? '';
      const after = `${before}${code} ${cleanSamhsaLabel(rawLabel)}`;
      labels[previous] = after;
      repairs.push({ code: previous, before, after, kind: 'continued-label' });
      continue;
    }
    const glued = /^(.*?[a-z)])([A-Z]+\d+), (.+)$/.exec(rawLabel);
    if (glued !== null) {
      const [, first = '', secondCode = '', second = ''] = glued;
      labels[code] = cleanSamhsaLabel(first);
      labels[secondCode] = cleanSamhsaLabel(second);
      repairs.push({
        code,
        before: rawLabel,
        after: `${labels[code]} | ${secondCode}: ${labels[secondCode]}`,
        kind: 'glued-entries',
      });
      previous = secondCode;
      continue;
    }
    const glyphFixed = fixGlyphs(rawLabel);
    const cleaned = cleanSamhsaLabel(rawLabel);
    if (glyphFixed !== rawLabel) repairs.push({ code, before: rawLabel, after: glyphFixed, kind: 'glyph' });
    if (fixSplitWords(glyphFixed) !== glyphFixed)
      repairs.push({ code, before: glyphFixed, after: cleaned, kind: 'split-words' });
    labels[code] = cleaned;
    previous = code;
  }
  return { labels, repairs };
}
