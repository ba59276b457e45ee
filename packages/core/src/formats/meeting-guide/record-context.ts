import type { AddressParts } from './address.js';
import type { FellowshipProfile } from './fellowships.js';
import type { DayNumbering, IssueLog, IssueSeverity, MeetingGuideIssueCode } from './import-report.js';

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
  sourceId: string;
  sourceUrl: string | undefined;
  importedAt: string;
  /** Model slugs given so far, to keep them unique. */
  slugs: Set<string>;
  /** One-line addresses already split in this import. */
  addresses: Map<string, AddressParts>;
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

/** `values` without repeats, in order. */
export function unique<T>(values: readonly T[]): T[] {
  // The lists are short: a scan beats building a Set.
  const out: T[] = [];
  for (const value of values) if (!out.includes(value)) out.push(value);
  return out;
}
