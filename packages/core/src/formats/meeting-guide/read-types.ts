import type { MeetingAccess } from '../../model/resource-kinds.js';
import type { AccessibilityFeature } from '../../vocab/accessibility.js';
import type { Approach } from '../../vocab/approaches.js';
import type { Audience } from '../../vocab/audiences.js';
import type { Concern } from '../../vocab/concerns.js';
import { addUnique, type FeedContext, type RecordIssues, unique } from './record-context.js';
import { type TypeCodeInfo, typeCodeByName, typeCodeInfo } from './type-codes.js';
import { clip } from './values.js';

const MAX_TAG = 120;
const MAX_CODE = 20;
const TYPE_SEPARATORS = /[,;|]/;
const TYPE_BRACKETS = /^[[\s"']+|[\]\s"']+$/g;
const TYPE_QUOTES = /^["'\s]+|["'\s]+$/g;
const WHITESPACE = /\s+/;

/**
 * What a record's type codes say. The lists hold no repeats and are the record's own, ready
 * to be the meeting's: `concerns` and `approaches` start with the fellowship's.
 */
export interface CodesRead {
  typeCodes: string[];
  tags: string[];
  meetingAccess: MeetingAccess;
  audiences: Audience[];
  languages: string[];
  accessibility: AccessibilityFeature[];
  approaches: Approach[];
  concerns: Concern[];
  online: boolean;
  locationClosed: boolean;
}

/** The paths of the first entries of `types`, made once. */
const TYPES_PATHS = Array.from({ length: 16 }, (_, i) => `types[${i}]`);

/** The path of entry `i` of `types` in the report. */
function typesPath(i: number): string {
  return TYPES_PATHS[i] ?? `types[${i}]`;
}

/**
 * The words of the issue about a proposed or unofficial code, made once per code (there are
 * a few dozen): the same codes come up record after record.
 */
const knownCodeMessages = new Map<string, string>();

function knownCodeMessage(code: string, info: TypeCodeInfo): string {
  let message = knownCodeMessages.get(code);
  if (message === undefined) {
    message =
      info.origin === 'proposed'
        ? `"${code}" (${info.name}) is only a proposed Meeting Guide code; read all the same.`
        : `"${code}" is not in the spec; kept as a tag and read as "held online".`;
    knownCodeMessages.set(code, message);
  }
  return message;
}

function splitTypes(text: string): string[] {
  const inner = text.replace(TYPE_BRACKETS, '');
  if (TYPE_SEPARATORS.test(inner))
    return inner.split(TYPE_SEPARATORS).map((part) => part.replace(TYPE_QUOTES, ''));
  const words = inner.split(WHITESPACE);
  // "O D BE" lists codes; "Big Book" is one name.
  if (words.length > 1 && words.every((word) => typeCodeInfo(word) !== undefined)) return words;
  return [inner];
}

/** Reads `types` — a list, a string ("C,W", "[open]") or null — into codes, fields and tags; unknown codes are kept as tags and reported. */
export function readTypes(value: unknown, ctx: FeedContext, say: RecordIssues): CodesRead {
  const read: CodesRead = {
    typeCodes: [],
    tags: [],
    meetingAccess: 'unknown',
    audiences: [],
    languages: [],
    accessibility: [],
    approaches: unique(ctx.profile.approaches),
    concerns: unique(ctx.profile.concerns),
    online: false,
    locationClosed: false,
  };
  if (value === undefined || value === null) return read;
  let entries: unknown[];
  if (Array.isArray(value)) entries = value;
  else if (typeof value === 'string') {
    entries = splitTypes(value);
    ctx.tally.typesAsText++;
  } else {
    say.add(
      'types',
      'warning',
      'types-invalid',
      `The types are ${typeof value}, not a list of codes; left out.`,
    );
    return read;
  }
  let sawOpen = false;
  let sawClosed = false;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (typeof entry !== 'string') {
      say.add(
        typesPath(i),
        'warning',
        'types-invalid',
        `${JSON.stringify(entry)} is not a type code; left out.`,
      );
      continue;
    }
    const written = entry.trim();
    if (written === '') continue;
    let code = written;
    let info = typeCodeInfo(code);
    if (!info) {
      const named = typeCodeByName(written);
      if (named !== undefined) {
        code = named;
        info = typeCodeInfo(named);
      }
    }
    if (!info) {
      const upper = written.toUpperCase();
      const hint = upper !== written && typeCodeInfo(upper) ? ` (did the feed mean "${upper}"?)` : '';
      addUnique(read.tags, clip(written, MAX_TAG));
      if (written.length <= MAX_CODE) addUnique(read.typeCodes, written);
      say.add(
        typesPath(i),
        'warning',
        'type-code-unknown',
        `"${written}" is not a Meeting Guide type code${hint}; kept as a tag.`,
      );
      continue;
    }
    addUnique(read.typeCodes, code);
    if (info.origin === 'proposed') {
      say.add(typesPath(i), 'info', 'type-code-proposed', knownCodeMessage(code, info));
    } else if (info.origin === 'common') {
      addUnique(read.tags, code);
      say.add(typesPath(i), 'info', 'type-code-online', knownCodeMessage(code, info));
    }
    for (const effect of info.effects) {
      switch (effect.field) {
        case 'meetingAccess':
          if (effect.value === 'open') sawOpen = true;
          else sawClosed = true;
          break;
        case 'audiences':
          addUnique(read.audiences, effect.value);
          break;
        case 'languages':
          addUnique(read.languages, effect.value);
          break;
        case 'accessibility':
          addUnique(read.accessibility, effect.value);
          break;
        case 'approaches':
          addUnique(read.approaches, effect.value);
          break;
        case 'concerns':
          addUnique(read.concerns, effect.value);
          break;
        case 'attendance':
          if (effect.value === 'online') read.online = true;
          else read.locationClosed = true;
          break;
      }
    }
  }
  if (sawOpen && sawClosed) {
    read.meetingAccess = 'closed';
    say.add(
      'types',
      'warning',
      'access-conflict',
      'The types say both open (O) and closed (C); read as closed, the safer reading for visitors.',
    );
  } else if (sawOpen) read.meetingAccess = 'open';
  else if (sawClosed) read.meetingAccess = 'closed';
  return read;
}
