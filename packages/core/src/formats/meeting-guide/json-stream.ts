import { type JsonTextError, parseJsonText } from './json-text.js';

/** A piece of a JSON file: text, or UTF-8 bytes (a multi-byte character may be split across pieces). */
export type JsonChunk = string | Uint8Array;

/** A JSON file read in pieces: a Node read stream, an async generator, or a plain list of pieces. */
export type JsonChunks = AsyncIterable<JsonChunk> | Iterable<JsonChunk>;

/** What a top-level scan of a JSON file finds, in order. */
export type JsonTopEvent =
  /**
   * One item of a top-level list, parsed, and the offset of its first character; with
   * `properties`, also one item of a list held by a property of a top-level object, with
   * that property's `key`.
   */
  | { kind: 'item'; value: unknown; offset: number; key?: string }
  /** With `properties`: the file is an object (at `offset`, its "{"); its properties follow. */
  | { kind: 'object'; offset: number }
  /**
   * With `properties`: a property of a top-level object whose value is a list starts (at
   * `offset`, its "["); its items follow as `item` events carrying the same key.
   */
  | { kind: 'list'; key: string; offset: number }
  /** With `properties`: a property of a top-level object whose value is not a list, parsed. */
  | { kind: 'property'; key: string; value: unknown; offset: number }
  /**
   * The whole file, parsed, when it is not a list (it was held whole to parse it); with
   * `properties`, only when it is neither a list nor an object.
   */
  | { kind: 'value'; value: unknown }
  /** Where and why the file stops being JSON; nothing follows. */
  | { kind: 'error'; error: JsonTextError };

/** How to scan the top level of a JSON file. */
export interface JsonScanOptions {
  /**
   * Reads a top-level object a property at a time rather than whole: each property whose
   * value is a list gives a `list` event then its items one by one, any other property
   * gives a `property` event, all after an `object` event. Off by default: an object is
   * held whole and given as `value`.
   */
  properties?: boolean;
}

// Where the scanner is in the file.
const START = 0; // before the first value: only white space so far
const BEFORE_ITEM = 1; // after "[" or ",": an item (or, right after "[", "]") comes next
const IN_ITEM = 2; // inside an item
const AFTER_ITEM = 3; // after an item: "," or "]" comes next
const DONE = 4; // after the closing "]": only white space may follow
const WHOLE = 5; // the file is not a list: it is kept whole and parsed at the end
const FAILED = 6; // stopped: after the first error, or once the file has ended
// A top-level object read a property at a time (the `properties` option):
const BEFORE_KEY = 7; // after "{" or ",": a key (or, right after "{", "}") comes next
const AFTER_KEY = 8; // after a key: ":" comes next
const BEFORE_VALUE = 9; // after ":": a value comes next ("[" starts a list read item by item)
const AFTER_VALUE = 10; // after a property's value: "," or "}" comes next

// What the token being read (IN_ITEM) is.
const TOKEN_ITEM = 0; // an item of a list
const TOKEN_KEY = 1; // a property's key
const TOKEN_VALUE = 2; // a property's value that is not a list

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isSpace(code: number): boolean {
  return code === SPACE || code === LF || code === CR || code === TAB;
}

/**
 * Splits the text of a JSON file, given piece by piece, into the items of its top-level
 * list, each handed to `JSON.parse` on its own, so only the item being read is held. A
 * small tokenizer finds where each item ends: it follows strings (and their escapes) and
 * the nesting of brackets. A file that is not a list is kept whole and parsed at the end —
 * unless, with the `properties` option, it is an object: then each property is read on its
 * own, and a property holding a list is read an item at a time. The first syntax error
 * stops the scan with the line and column `JSON.parse` would give for the whole file.
 */
export class JsonArrayScanner {
  private state: number = START;
  /** Text not yet let go of; `buffer[0]` is at `base` in the file. */
  private buffer = '';
  private base = 0;
  /** Where the scan is in `buffer`. */
  private pos = 0;
  /** Where the current item starts in `buffer`. */
  private itemStart = 0;
  /**
   * Where the last item (or property value) ended, or the "[" or "{" if none yet, in
   * `buffer`: syntax errors between items are replayed from there.
   */
  private afterItem = 0;
  /** Items read of the list being read. */
  private items = 0;
  private afterComma = false;
  /** Open brackets of the current item, innermost last. */
  private readonly stack: number[] = [];
  private inString = false;
  /** Line breaks before `base`, and where the line holding `base` starts. */
  private lines = 0;
  private lineStart = 0;
  private readonly whole: string[] = [];
  private started = false;
  private list: boolean | undefined;
  private readonly properties: boolean;
  /** Whether the file is an object read a property at a time. */
  private object = false;
  /** Whether the scan is inside a list held by a property of that object. */
  private inList = false;
  /** The key of the property being read, and how many properties have been read. */
  private key = '';
  private props = 0;
  private token = TOKEN_ITEM;

  constructor(options: JsonScanOptions = {}) {
    this.properties = options.properties ?? false;
  }

  /** Whether the file is a top-level list: undefined until its first character is read. */
  get isList(): boolean | undefined {
    return this.list;
  }

  /** Reads the next piece of text; returns what it completes. */
  push(text: string): JsonTopEvent[] {
    if (this.state === FAILED || text === '') return [];
    let piece = text;
    if (!this.started) {
      this.started = true;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    if (this.state === WHOLE) {
      this.whole.push(piece);
      return [];
    }
    this.release();
    this.buffer += piece;
    const events: JsonTopEvent[] = [];
    this.scan(events, false);
    return events;
  }

  /** Ends the file; returns what is left to report. */
  end(): JsonTopEvent[] {
    const events: JsonTopEvent[] = [];
    switch (this.state) {
      case WHOLE:
      case START: {
        const text = this.state === WHOLE ? this.whole.join('') : this.buffer;
        this.whole.length = 0;
        const parsed = parseJsonText(text);
        events.push(
          parsed.ok ? { kind: 'value', value: parsed.value } : { kind: 'error', error: parsed.error },
        );
        break;
      }
      case IN_ITEM:
        this.scan(events, true);
        // A number or word that ran to the end of the file leaves the list (or object) unclosed.
        if ((this.state as number) !== FAILED && (this.state as number) !== DONE) {
          events.push(this.syntaxError(this.buffer.length));
        }
        break;
      case BEFORE_ITEM:
      case AFTER_ITEM:
      case BEFORE_KEY:
      case AFTER_KEY:
      case BEFORE_VALUE:
      case AFTER_VALUE:
        events.push(this.syntaxError(this.buffer.length));
        break;
      default:
        break;
    }
    this.state = FAILED;
    this.buffer = '';
    return events;
  }

  /** Lets go of the text before what is still needed, counting its line breaks. */
  private release(): void {
    // From the end of the last item on: a syntax error is replayed from there.
    const keep = Math.min(this.afterItem, this.pos, this.state === IN_ITEM ? this.itemStart : this.pos);
    if (keep <= 0) return;
    const buffer = this.buffer;
    for (let i = buffer.indexOf('\n'); i !== -1 && i < keep; i = buffer.indexOf('\n', i + 1)) {
      this.lines++;
      this.lineStart = this.base + i + 1;
    }
    this.buffer = buffer.slice(keep);
    this.base += keep;
    this.pos -= keep;
    this.itemStart -= keep;
    this.afterItem -= keep;
  }

  private scan(events: JsonTopEvent[], atEnd: boolean): void {
    const buffer = this.buffer;
    const length = buffer.length;
    while (this.state !== FAILED) {
      let pos = this.pos;
      while (
        pos < length &&
        this.state !== IN_ITEM &&
        this.state !== WHOLE &&
        isSpace(buffer.charCodeAt(pos))
      )
        pos++;
      this.pos = pos;
      if (pos >= length && !(atEnd && this.state === IN_ITEM)) return;
      const code = buffer.charCodeAt(pos);
      switch (this.state) {
        case START:
          this.list = code === OPEN_BRACKET;
          if (code === OPEN_BRACKET) {
            this.state = BEFORE_ITEM;
            this.pos = pos + 1;
            this.afterItem = pos + 1;
          } else if (code === OPEN_BRACE && this.properties) {
            this.object = true;
            events.push({ kind: 'object', offset: this.base + pos });
            this.state = BEFORE_KEY;
            this.pos = pos + 1;
            this.afterItem = pos + 1;
          } else {
            // Not a list: keep the file whole (from its first character, so offsets hold).
            this.state = WHOLE;
            this.whole.push(buffer);
            this.buffer = '';
            this.pos = 0;
            return;
          }
          break;
        case BEFORE_ITEM:
          if (code === CLOSE_BRACKET && !this.afterComma) {
            this.closeList(pos + 1);
          } else if (code === CLOSE_BRACKET) {
            events.push(this.syntaxError(pos + 1));
          } else this.startToken(TOKEN_ITEM, pos);
          break;
        case IN_ITEM: {
          const end = this.scanItem(atEnd);
          if (end < 0) return;
          this.finishItem(end, events);
          break;
        }
        case AFTER_ITEM:
          if (code === COMMA) {
            this.state = BEFORE_ITEM;
            this.afterComma = true;
            this.pos = pos + 1;
          } else if (code === CLOSE_BRACKET) {
            this.closeList(pos + 1);
          } else events.push(this.syntaxError(pos + 1));
          break;
        case BEFORE_KEY:
          if (code === CLOSE_BRACE && !this.afterComma) {
            this.state = DONE;
            this.pos = pos + 1;
          } else if (code === QUOTE) this.startToken(TOKEN_KEY, pos);
          else events.push(this.syntaxError(pos + 1));
          break;
        case AFTER_KEY:
          if (code === 0x3a) {
            this.state = BEFORE_VALUE;
            this.pos = pos + 1;
          } else events.push(this.syntaxError(pos + 1));
          break;
        case BEFORE_VALUE:
          if (code === OPEN_BRACKET) {
            events.push({ kind: 'list', key: this.key, offset: this.base + pos });
            this.inList = true;
            this.items = 0;
            this.afterComma = false;
            this.state = BEFORE_ITEM;
            this.pos = pos + 1;
            this.afterItem = pos + 1;
          } else this.startToken(TOKEN_VALUE, pos);
          break;
        case AFTER_VALUE:
          if (code === COMMA) {
            this.state = BEFORE_KEY;
            this.afterComma = true;
            this.pos = pos + 1;
          } else if (code === CLOSE_BRACE) {
            this.state = DONE;
            this.pos = pos + 1;
          } else events.push(this.syntaxError(pos + 1));
          break;
        default:
          // After the list (or object), anything but white space is an error.
          events.push(this.syntaxError(pos + 1));
          break;
      }
    }
  }

  /**
   * Moves through the current item; returns where it ends in `buffer` (just after its last
   * character), or -1 when more text is needed.
   */
  private scanItem(atEnd: boolean): number {
    const buffer = this.buffer;
    const length = buffer.length;
    const stack = this.stack;
    let pos = this.pos;
    // A string or a container item starts with its opening character.
    if (pos === this.itemStart && !this.inString && stack.length === 0) {
      const first = buffer.charCodeAt(pos);
      if (first === OPEN_BRACE || first === OPEN_BRACKET) {
        stack.push(first);
        pos++;
      } else if (first === QUOTE) {
        this.inString = true;
        pos++;
      }
    }
    const scalar = stack.length === 0 && !this.inString;
    while (pos < length) {
      if (this.inString) {
        // Jump to the next quote not escaped by an odd run of backslashes.
        const quote = buffer.indexOf('"', pos);
        if (quote === -1) {
          pos = length;
          break;
        }
        let backslashes = 0;
        while (buffer.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
        pos = quote + 1;
        if (backslashes % 2 === 1) continue;
        this.inString = false;
        if (stack.length === 0) return pos;
        continue;
      }
      const code = buffer.charCodeAt(pos);
      if (scalar) {
        // A number or a word ends at white space or punctuation.
        if (
          isSpace(code) ||
          code === COMMA ||
          code === CLOSE_BRACKET ||
          code === CLOSE_BRACE ||
          code === OPEN_BRACKET ||
          code === OPEN_BRACE ||
          code === QUOTE
        )
          return pos;
        pos++;
        continue;
      }
      if (code === QUOTE) this.inString = true;
      else if (code === OPEN_BRACE || code === OPEN_BRACKET) stack.push(code);
      else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
        const open = stack.pop();
        // A bracket that closes the wrong thing ends the item here: JSON.parse will say why.
        if (open !== (code === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET) || stack.length === 0) return pos + 1;
      }
      pos++;
    }
    this.pos = pos;
    if (atEnd) return length;
    return -1;
  }

  /** Starts reading a token (an item, a key, a property's value) at `pos`. */
  private startToken(token: number, pos: number): void {
    this.state = IN_ITEM;
    this.token = token;
    this.itemStart = pos;
    this.stack.length = 0;
    this.inString = false;
  }

  /** After the "]" of a list, which ends at `next`: the file, or the property holding it. */
  private closeList(next: number): void {
    this.pos = next;
    if (!this.inList) {
      this.state = DONE;
      return;
    }
    this.inList = false;
    this.props++;
    this.state = AFTER_VALUE;
    this.afterItem = next;
  }

  private finishItem(end: number, events: JsonTopEvent[]): void {
    if (end === this.itemStart) {
      // Punctuation where an item should be ("[,", "[}").
      events.push(this.syntaxError(end + 1));
      return;
    }
    const text = this.buffer.slice(this.itemStart, end);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      // Replayed with what surrounds it, so the error reads as it would for the whole file.
      events.push(this.syntaxError(end));
      return;
    }
    const offset = this.base + this.itemStart;
    this.pos = end;
    if (this.token === TOKEN_KEY) {
      // The replay point stays before the key, so an error after it reads in context.
      this.key = value as string;
      this.state = AFTER_KEY;
      return;
    }
    if (this.token === TOKEN_VALUE) {
      events.push({ kind: 'property', key: this.key, value, offset });
      this.props++;
      this.state = AFTER_VALUE;
    } else {
      events.push(
        this.inList ? { kind: 'item', value, offset, key: this.key } : { kind: 'item', value, offset },
      );
      this.items++;
      this.state = AFTER_ITEM;
    }
    this.afterItem = end;
  }

  /**
   * The error of a file that breaks the list's own syntax before `until` in `buffer`. The
   * text from the last item on is replayed after a stand-in for what came before ("[" and,
   * once an item was read, "0"; in an object, `{` and `"":0` for the properties before, and
   * `"":[` for a list being read), so `JSON.parse` words the error as it would for the file.
   */
  private syntaxError(until: number): JsonTopEvent {
    const lead = !this.object
      ? this.items > 0
        ? '[0'
        : '['
      : this.inList
        ? this.items > 0
          ? '{"":[0'
          : '{"":['
        : this.props > 0
          ? '{"":0'
          : '{';
    const tail = this.buffer.slice(this.afterItem, Math.min(this.buffer.length, until + 32));
    const parsed = parseJsonText(lead + tail);
    if (parsed.ok || parsed.error.offset < lead.length) {
      return this.errorAt(this.base + until - 1, 'Invalid JSON');
    }
    return this.errorAt(this.base + this.afterItem + parsed.error.offset - lead.length, parsed.error.reason);
  }

  /** An error at `offset` in the file, with its line and column. */
  private errorAt(offset: number, reason: string): JsonTopEvent {
    this.state = FAILED;
    let { lines, lineStart } = this;
    const buffer = this.buffer;
    const until = offset - this.base;
    for (let i = buffer.indexOf('\n'); i !== -1 && i < until; i = buffer.indexOf('\n', i + 1)) {
      lines++;
      lineStart = this.base + i + 1;
    }
    return { kind: 'error', error: { reason, offset, line: lines + 1, column: offset - lineStart + 1 } };
  }
}

/**
 * Reads the top level of a JSON file given in pieces: each item of a top-level list as it
 * completes, the whole value when the file is not a list (with `properties`, a top-level
 * object a property at a time, a list-valued property an item at a time), or the first
 * syntax error.
 * Works on any async or sync iterable of text or UTF-8 bytes (a Node `fs.createReadStream`,
 * a generator over a `fetch` body's reader, a list of strings); pure, for Node and browsers.
 */
export async function* readJsonTopLevel(
  chunks: JsonChunks,
  options: JsonScanOptions = {},
): AsyncGenerator<JsonTopEvent, void, undefined> {
  const scanner = new JsonArrayScanner(options);
  const decoder = new TextDecoder();
  for await (const chunk of chunks) {
    const events = scanner.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
    for (const event of events) {
      yield event;
      if (event.kind === 'error') return;
    }
  }
  const rest = [...scanner.push(decoder.decode()), ...scanner.end()];
  for (const event of rest) {
    yield event;
    if (event.kind === 'error') return;
  }
}
