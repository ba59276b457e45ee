import type { Organization, Resource } from '@recovery-circles/core';

/** The formats an import understands. */
export const IMPORT_FORMATS = ['meeting-guide', 'hsds', 'samhsa', 'csv'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * What an import reads: one file's text, the tables of a CSV package (a folder), or a JSON
 * list or object on disk that is streamed rather than read whole (`preview` tells the format
 * by: a list of its first item, or the object with each of its lists cut to the first item).
 */
export type ImportSource =
  | { kind: 'file'; name: string; text: string }
  | { kind: 'package'; name: string; tables: Record<string, string> }
  | { kind: 'path'; name: string; path: string; preview: unknown };

/** One thing a converter changed, guessed or skipped, in one shape for every format. */
export interface ImportIssue {
  /** Record position in the file (from 0), or null for the file as a whole. */
  index: number | null;
  /** The record's slug or id in the source, when it has one. */
  ref?: string;
  /** Field path, e.g. "day" or "locations.0.postal_code". */
  path?: string;
  severity: 'error' | 'warning' | 'info';
  code: string;
  message: string;
}

/** What a converter produced from the source. */
export interface Converted {
  resources: Resource[];
  /**
   * Organizations the source holds (HSDS), valid by core's OrganizationSchema: written
   * before the resources, which may name them. Those that were not valid are in `issues`.
   */
  organizations?: Organization[];
  /**
   * Organizations read from the source, saved or not (one the converter could not read at
   * all, e.g. one without a name, is only in `issues`).
   */
  organizationRecords?: number;
  issues: ImportIssue[];
  /** Records the source held, imported or not. */
  records: number;
  /** Set when the whole file could not be read; nothing is imported then. */
  fatal?: string;
  /** The provenance source name every record carries (used to retire what a re-import drops). */
  source: string;
}

/** Where a streamed conversion sends each resource, and how far it has got. */
export interface ConvertSink {
  write(resource: Resource): Promise<void>;
  /** Records read so far, of all the file holds. */
  progress(done: number, total: number): void;
}

/** What a streamed conversion produced: as {@link Converted}, the resources having gone to the sink. */
export type Streamed = Omit<Converted, 'resources'> & { imported: number };

/** A format's converter and how to recognise its files. */
export interface FormatAdapter {
  format: ImportFormat;
  /** Whether `source` looks like this format (used by `--format auto`). */
  detect(source: ImportSource): boolean;
  /** Converts a source held whole (a streamed source is read whole first). */
  convert(source: ImportSource, options: { sourceName?: string }): Converted;
  /** Converts a source on disk as a stream, for the formats that can. */
  stream?(
    source: Extract<ImportSource, { kind: 'path' }>,
    options: { sourceName?: string },
    sink: ConvertSink,
  ): Promise<Streamed>;
}
