/** A ZIP code cleaned by {@link normalizeZip}. */
export interface NormalizedZip {
  /** Five digits, e.g. "02139". */
  zip: string;
  /** The four-digit add-on of a ZIP+4, when given. */
  plus4?: string;
  /**
   * True when leading zeros had to be restored, as happens when a spreadsheet or
   * CSV import stored the ZIP as a number (02139 → 2139).
   */
  repaired: boolean;
}

const ZIP_TEXT = /^(\d{3,5})(?:[-\s](\d{4}))?$/;

/**
 * Cleans a US ZIP or ZIP+4: "02139", "02139-1234", "021391234" pass as they are;
 * a ZIP that lost its leading zeros ("2139", 2139, 601, "2139-1234") is padded back
 * and flagged `repaired`. Returns undefined for anything else.
 */
export function normalizeZip(input: string | number): NormalizedZip | undefined {
  if (typeof input === 'number') {
    if (!Number.isSafeInteger(input) || input < 0) return undefined;
    if (input <= 99_999) return padded(String(input), undefined);
    if (input <= 999_999_999) {
      const digits = String(input).padStart(9, '0');
      return result(digits.slice(0, 5), digits.slice(5), digits.length !== String(input).length);
    }
    return undefined;
  }
  const text = input.trim();
  if (/^\d{9}$/.test(text)) return result(text.slice(0, 5), text.slice(5), false);
  const match = ZIP_TEXT.exec(text);
  if (match === null) return undefined;
  const [, zip = '', plus4] = match;
  return padded(zip, plus4);
}

function padded(zip: string, plus4: string | undefined): NormalizedZip {
  return result(zip.padStart(5, '0'), plus4, zip.length < 5);
}

function result(zip: string, plus4: string | undefined, repaired: boolean): NormalizedZip {
  return plus4 === undefined ? { zip, repaired } : { zip, plus4, repaired };
}

/** The five-digit ZIP of a well-formed "NNNNN" or "NNNNN-NNNN" string, else undefined. */
export function strictZip5(input: string): string | undefined {
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(input.trim());
  return match?.[1];
}
