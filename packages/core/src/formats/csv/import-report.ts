/** How much an import issue matters: `error` drops the record or field, `warning` repaired or guessed, `info` noted. */
export type ImportSeverity = 'error' | 'warning' | 'info';

/**
 * One thing an importer noticed about one record. Importers never throw on a record; they
 * keep what they can and say here what they dropped, repaired or guessed.
 */
export interface ImportIssue {
  /** 0-based position of the record in its input list, or the 1-based CSV row (header = row 1). */
  readonly index: number;
  /** The record's id in the source, when it has one. */
  readonly id?: string;
  /** Where in the record: a JSON path like "phones[0].number" or a CSV column name. */
  readonly field: string;
  readonly severity: ImportSeverity;
  /** A stable machine code such as "invalid-coordinates" or "zip-repaired". */
  readonly code: string;
  /** Plain words a curator can act on. */
  readonly reason: string;
}

/** Collects issues while importing, so converters can stay free of bookkeeping. */
export class IssueLog {
  readonly issues: ImportIssue[] = [];

  /** Records one issue. */
  add(issue: ImportIssue): void {
    this.issues.push(issue);
  }

  /** The number of issues of one severity. */
  count(severity: ImportSeverity): number {
    return this.issues.filter((issue) => issue.severity === severity).length;
  }
}

/** A scope of {@link IssueLog} bound to one record, so each call names only the field. */
export interface RecordIssues {
  error(field: string, code: string, reason: string): void;
  warning(field: string, code: string, reason: string): void;
  info(field: string, code: string, reason: string): void;
}

/** Binds `log` to the record at `index` (with source id `id`, when known). */
export function recordIssues(log: IssueLog, index: number, id?: string): RecordIssues {
  const add =
    (severity: ImportSeverity) =>
    (field: string, code: string, reason: string): void => {
      log.add(
        id === undefined
          ? { index, field, severity, code, reason }
          : { index, id, field, severity, code, reason },
      );
    };
  return { error: add('error'), warning: add('warning'), info: add('info') };
}
