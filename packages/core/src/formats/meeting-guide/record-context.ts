import type { AddressParts } from './address.js';
import type { FellowshipProfile } from './fellowships.js';
import type { DayNumbering, IssueLog, IssueSeverity, MeetingGuideIssueCode } from './import-report.js';
import type { WebUrlReader } from './values.js';

/** What every record of one feed shares while it is read. */
export interface FeedContext {
  log: IssueLog;
  profile: FellowshipProfile;
  numbering: DayNumbering;
  /** The zone given by the caller for records without one. */
  defaultZone: string | undefined;
  /** The zone most records of the feed name, a last resort for the rest. */
  feedZone: string | undefined;
  source: string;
  /** What every id starts with: the source as a slug, and a dash. */
  idPrefix: string;
  sourceUrl: string | undefined;
  importedAt: string;
  /** Model slugs given so far, to keep them unique. */
  slugs: Set<string>;
  /** One-line addresses already split in this import. */
  addresses: Map<string, AddressParts>;
  /** Reads the records' web addresses, parsing each site's address once. */
  webUrls: WebUrlReader;
  /** Feed-wide tallies of conventions, reported once. */
  tally: { twelveHour: number; coordinatesAsText: number; typesAsText: number; updatedAsText: number };
}

/** Logs issues against one record; a class rather than a closure, so nothing is built per call. */
export class RecordIssues {
  constructor(
    private readonly log: IssueLog,
    private readonly index: number,
    private readonly slug: string | undefined,
  ) {}

  add(path: string, severity: IssueSeverity, code: MeetingGuideIssueCode, message: string): void {
    this.log.record(this.index, this.slug, path, severity, code, message);
  }
}

/** `values` without repeats, in order, as a new list. */
export function unique<T>(values: readonly T[]): T[] {
  // The lists are short and seldom repeat: a scan beats building a Set, and a list without
  // repeats is copied whole.
  for (let i = 1; i < values.length; i++) {
    if (values.indexOf(values[i] as T) < i) {
      const out: T[] = [];
      for (const value of values) addUnique(out, value);
      return out;
    }
  }
  return values.slice();
}

/**
 * `list` at its exact length. A list grown by `push` keeps room for some 16 more entries,
 * which a meeting would hold for as long as it lives; the copy holds only what is there.
 */
export function exact<T>(list: T[]): T[] {
  return list.length === 0 ? list : list.slice();
}

/** Adds `value` to the end of `list` unless the list already holds it. */
export function addUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value);
}
