/** Where and why a text is not valid JSON. Line and column count from 1. */
export interface JsonTextError {
  /** The parser's words without its position, e.g. "Unexpected non-whitespace character after JSON". */
  reason: string;
  /** Offset in UTF-16 code units from the start of the text (after a byte-order mark). */
  offset: number;
  line: number;
  column: number;
}

/** The value of a JSON text, or where it went wrong. */
export type JsonTextResult = { ok: true; value: unknown } | { ok: false; error: JsonTextError };

// Engines word the position differently: V8 "at position 12 (line 1 column 13)",
// SpiderMonkey "at line 1 column 13 of the JSON data", JavaScriptCore not at all.
const POSITION = /\bposition (\d+)/;
const LINE_COLUMN = /\bline (\d+) column (\d+)/;
const POSITION_TAIL = /\s*(?:,?\s*(?:at|in JSON at)?\s*position \d+.*|at line \d+ column \d+.*)$/s;

/**
 * Parses a JSON text. On failure, reports the line and column of the error: from the
 * engine's message when it gives a position, otherwise from a scan of the text.
 */
export function parseJsonText(text: string): JsonTextResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const offset = errorOffset(body, message);
    const { line, column } = lineAndColumn(body, offset);
    const reason = message.replace(POSITION_TAIL, '').replace(/^JSON(?:\.parse)?(?: Parse error)?:\s*/i, '');
    return { ok: false, error: { reason: reason || 'Invalid JSON', offset, line, column } };
  }
}

function errorOffset(text: string, message: string): number {
  const position = POSITION.exec(message);
  if (position?.[1] !== undefined) return Math.min(Number(position[1]), text.length);
  const lineColumn = LINE_COLUMN.exec(message);
  if (lineColumn?.[1] !== undefined && lineColumn[2] !== undefined) {
    return offsetOf(text, Number(lineColumn[1]), Number(lineColumn[2]));
  }
  const scanned = scanForError(text);
  return scanned < 0 ? text.length : scanned;
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) {
    const next = text.indexOf('\n', start);
    if (next === -1) break;
    start = next + 1;
  }
  return Math.min(start + column - 1, text.length);
}

const NUMBER = /-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/**
 * The offset of the first JSON syntax error in `text`, or -1 when it is valid. Used only
 * when the engine's message carries no position.
 */
export function scanForError(text: string): number {
  let i = 0;
  const n = text.length;
  const skipSpace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      i++;
    }
  };
  const literal = (word: string): boolean => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    while (i < n && text[i] === word[0]) i++;
    return false;
  };
  const string = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const next = text[i + 1] ?? '';
        if (ESCAPES.has(next)) i += 2;
        else if (next === 'u' && HEX4.test(text.slice(i + 2, i + 6))) i += 6;
        else return false;
      } else i++;
    }
    return false;
  };
  const value = (): boolean => {
    skipSpace();
    const c = text[i];
    if (c === '{') return container('}', true);
    if (c === '[') return container(']', false);
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) {
      i = NUMBER.lastIndex;
      return true;
    }
    return false;
  };
  const container = (close: string, keyed: boolean): boolean => {
    i++;
    skipSpace();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (keyed) {
        skipSpace();
        if (text[i] !== '"' || !string()) return false;
        skipSpace();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value()) return false;
      skipSpace();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === close) {
        i++;
        return true;
      }
      return false;
    }
  };
  if (!value()) return Math.min(i, n);
  skipSpace();
  return i < n ? i : -1;
}
