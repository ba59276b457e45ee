import { z } from 'zod';

/**
 * Stable codes of what the Meeting Guide importer found. Feed-wide codes describe the
 * whole file (its shape, conventions, the fellowship); the rest one record's field.
 */
export const MeetingGuideIssueCodeSchema = z.enum([
  // The file
  'invalid-json',
  'not-a-feed',
  'empty-feed',
  'feed-wrapped',
  'extended-json',
  'source-assumed',
  'fellowship-detected',
  'fellowship-assumed',
  'day-numbering-detected',
  'day-numbering-assumed',
  'day-as-text',
  'time-12-hour',
  'types-as-text',
  'coordinates-as-text',
  'updated-as-text',
  // A record, skipped
  'not-an-object',
  'name-missing',
  'duplicate-record',
  'schema-invalid',
  // A record's fields
  'name-from-group',
  'slug-missing',
  'slug-duplicate',
  'slug-normalized',
  'text-truncated',
  'by-appointment',
  'day-invalid',
  'day-zero-in-1-7-feed',
  'day-missing',
  'time-missing',
  'time-invalid',
  'end-time-invalid',
  'end-time-equals-start',
  'duration-invalid',
  'time-zone-invalid',
  'time-zone-guessed',
  'time-zone-missing',
  'types-invalid',
  'type-code-unknown',
  'type-code-proposed',
  'type-code-online',
  'access-conflict',
  'language-invalid',
  'coordinates-invalid',
  'coordinates-partial',
  'coordinates-null-island',
  'coordinates-swapped',
  'longitude-sign-flipped',
  'coordinates-outside-country',
  'conference-url-invalid',
  'conference-phone-invalid',
  'conference-phone-shortened',
  'attendance-inferred',
  'attendance-option-unknown',
  'online-without-link',
  'location-temporarily-closed',
  'temporarily-closed',
  'inactive',
  'contact-invalid',
  'listing-url-invalid',
  'updated-invalid',
]);
/** A stable code of what the importer found. */
export type MeetingGuideIssueCode = z.infer<typeof MeetingGuideIssueCodeSchema>;

/** `error`: the record (or the file) was not imported; `warning`: a value was dropped, fixed or guessed; `info`: a value was read in a way worth knowing. */
export type IssueSeverity = 'error' | 'warning' | 'info';

/** One thing the importer changed, guessed or skipped. */
export interface MeetingGuideIssue {
  /** Position of the record in the feed (from 0); null for the feed as a whole. */
  index: number | null;
  /** The record's slug as the feed wrote it, when it has one. */
  slug?: string;
  /** The field, e.g. "latitude" or "types[2]"; "" for the whole record or file. */
  path: string;
  severity: IssueSeverity;
  code: MeetingGuideIssueCode;
  /** Plain words for a curator. */
  message: string;
  /** For feed-wide entries: how many records it concerns. */
  count?: number;
}

/** What the importer read the feed as. */
export interface MeetingGuideDetection {
  /** Where the records were: `array`, `object.<key>` or `object`; null when none were found. */
  container: string | null;
  extendedJson: boolean;
  /** How days were numbered: 0 = Sunday (the spec), 1 = Monday … 7 = Sunday (ISO), or 1 = Sunday … 7 = Saturday. */
  dayNumbering: DayNumbering;
  fellowship: string | null;
  /** How the fellowship was chosen. */
  fellowshipFrom: 'option' | 'feed' | 'assumed';
  /** The `provenance.source` given to every record. */
  source: string;
}

/** How a feed numbers the days of the week. */
export type DayNumbering = 'sunday-0' | 'monday-1' | 'sunday-1';

/** Counts for the whole import. */
export interface MeetingGuideCounts {
  /** Records found in the feed. */
  records: number;
  imported: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Issues of each code, all severities. */
  byCode: Partial<Record<MeetingGuideIssueCode, number>>;
}

/** The report of one import: what was found, counts, and every issue. */
export interface MeetingGuideImportReport {
  /** `ok` when the file was read as a feed (even with record errors). */
  status: 'ok' | 'invalid-json' | 'not-a-feed';
  /** For a file that was not read: what is wrong with it, in plain words. */
  message?: string;
  /** For invalid JSON: where the parser stopped (1-based). */
  position?: { line: number; column: number; offset: number };
  detected: MeetingGuideDetection;
  counts: MeetingGuideCounts;
  issues: MeetingGuideIssue[];
}

/** Collects issues while a feed is read. */
export class IssueLog {
  readonly issues: MeetingGuideIssue[] = [];
  /**
   * Each message text once: most records that share an issue share its words, and a large
   * feed's report would otherwise hold a copy of them for every record.
   */
  private readonly texts = new Map<string, string>();

  /** Records an issue about the feed as a whole. */
  feed(severity: IssueSeverity, code: MeetingGuideIssueCode, message: string, count?: number): void {
    const issue: MeetingGuideIssue = { index: null, path: '', severity, code, message };
    if (count !== undefined) issue.count = count;
    this.issues.push(issue);
  }

  /** Records an issue about one record's field. */
  record(
    index: number,
    slug: string | undefined,
    path: string,
    severity: IssueSeverity,
    code: MeetingGuideIssueCode,
    message: string,
  ): void {
    let text = this.texts.get(message);
    if (text === undefined) {
      text = message;
      this.texts.set(message, message);
    }
    // Built whole (`slug` last, where adding it would put it), so no issue needs a second store.
    this.issues.push(
      slug === undefined
        ? { index, path, severity, code, message: text }
        : { index, path, severity, code, message: text, slug },
    );
  }

  /** Counts by severity and code, with the record totals given. */
  counts(records: number, imported: number): MeetingGuideCounts {
    // Counted in a Map (adding keys to an object one issue at a time is slow), whose order,
    // that of each code's first issue, the object keeps.
    const perCode = new Map<MeetingGuideIssueCode, number>();
    let errors = 0;
    let warnings = 0;
    let infos = 0;
    for (const issue of this.issues) {
      perCode.set(issue.code, (perCode.get(issue.code) ?? 0) + 1);
      if (issue.severity === 'error') errors++;
      else if (issue.severity === 'warning') warnings++;
      else infos++;
    }
    const byCode: Partial<Record<MeetingGuideIssueCode, number>> = {};
    for (const [code, count] of perCode) byCode[code] = count;
    return { records, imported, skipped: records - imported, errors, warnings, infos, byCode };
  }
}
