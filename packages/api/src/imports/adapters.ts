import { createReadStream } from 'node:fs';
import type { Resource } from '@recovery-circles/core';
import {
  type ImportIssue as CoreIssue,
  FeedChangedError,
  importCuratorCsv,
  importHsdsCsvPackage,
  importHsdsJson,
  importMeetingGuide,
  importMeetingGuideStream,
  importSamhsaDirectory,
  importSamhsaOtp,
  type MeetingGuideImportReport,
  SAMHSA_SERVICE_CODES,
} from '@recovery-circles/core/formats';
import { readWhole } from './read-source.js';
import type { Converted, FormatAdapter, ImportIssue, ImportSource, Streamed } from './types.js';

/** Core's CSV-style issues (row or index, field, reason) in the import report's shape. */
function fromCoreIssues(issues: readonly CoreIssue[]): ImportIssue[] {
  return issues.map((issue) => ({
    index: issue.index,
    ...(issue.id === undefined ? {} : { ref: issue.id }),
    path: issue.field,
    severity: issue.severity,
    code: issue.code,
    message: issue.reason,
  }));
}

function firstLine(text: string): string {
  const end = text.indexOf('\n');
  return (end === -1 ? text : text.slice(0, end)).replace(/^\uFEFF/, '').trim();
}

function headerOf(source: ImportSource): string[] {
  return source.kind === 'file' && /\.csv$/i.test(source.name)
    ? firstLine(source.text)
        .split(',')
        .map((h) => h.trim().replace(/^"|"$/g, '').toLowerCase())
    : [];
}

function jsonOf(source: ImportSource): unknown {
  // A streamed file is told by its preview: `looksHsds` reads only a list's first item.
  if (source.kind === 'path') return source.preview;
  if (source.kind !== 'file' || !/\.json$/i.test(source.name)) return undefined;
  try {
    return JSON.parse(source.text);
  } catch {
    return undefined;
  }
}

const HSDS_KEYS = ['organization', 'service_at_locations', 'services', 'organization_id', 'service'];

function looksHsds(value: unknown): boolean {
  const record = Array.isArray(value) ? value[0] : value;
  if (!record || typeof record !== 'object') return false;
  const object = record as Record<string, unknown>;
  if (Array.isArray(object.contents)) return looksHsds(object.contents[0]);
  return HSDS_KEYS.some((key) => key in object);
}

/** Resources from a source name that re-imports are matched on. */
function withSource(resources: readonly Resource[], source: string): Resource[] {
  return resources.map((r) => ({ ...r, provenance: { ...r.provenance, source } }));
}

const SAMHSA_LABELS: Record<string, string> = Object.fromEntries(
  Object.entries(SAMHSA_SERVICE_CODES).map(([code, mapping]) => [code, mapping.label]),
);

const hsds: FormatAdapter = {
  format: 'hsds',
  detect: (source) =>
    source.kind === 'package'
      ? 'datapackage' in source.tables || 'services' in source.tables
      : looksHsds(jsonOf(source)),
  convert(streamed, options) {
    const source = readWhole(streamed);
    const name = options.sourceName ?? `hsds:${source.name}`;
    if (source.kind === 'package') {
      const result = importHsdsCsvPackage(source.tables, { source: name });
      return {
        resources: [...result.resources],
        issues: fromCoreIssues(result.issues),
        records: countRecords(result),
        source: name,
      };
    }
    let json: unknown;
    try {
      json = JSON.parse(source.text);
    } catch (error) {
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: `not JSON: ${(error as Error).message}`,
        source: name,
      };
    }
    const result = importHsdsJson(json, { source: name });
    return {
      resources: [...result.resources],
      issues: fromCoreIssues(result.issues),
      records: countRecords(result),
      source: name,
    };
  },
};

/** Records read: what was imported plus what an error skipped. */
function countRecords(result: { resources: readonly unknown[]; issues: readonly CoreIssue[] }): number {
  const skipped = new Set(result.issues.filter((i) => i.severity === 'error').map((i) => i.index));
  return result.resources.length + skipped.size;
}

const samhsa: FormatAdapter = {
  format: 'samhsa',
  detect: (source) => {
    const header = headerOf(source);
    return header.includes('keys') && header.includes('name1')
      ? true
      : ['id', 'address', 'city', 'state', 'postal', 'latitude', 'longitude'].every((h) =>
          header.includes(h),
        );
  },
  convert(streamed, options) {
    const source = readWhole(streamed);
    if (source.kind !== 'file')
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: 'a SAMHSA import is one CSV file',
        source: 'samhsa',
      };
    const directory = headerOf(source).includes('keys');
    const name = options.sourceName ?? (directory ? 'samhsa-treatment-directory' : 'samhsa-otp-directory');
    const result = directory
      ? importSamhsaDirectory(source.text, SAMHSA_LABELS, { source: name })
      : importSamhsaOtp(source.text, { source: name });
    return {
      resources: [...result.resources],
      issues: fromCoreIssues(result.issues),
      records: countRecords(result),
      source: name,
    };
  },
};

const curatorCsv: FormatAdapter = {
  format: 'csv',
  detect: (source) => {
    const header = headerOf(source);
    return header.includes('name') && (header.includes('circles') || header.includes('serves'));
  },
  convert(streamed, options) {
    const source = readWhole(streamed);
    const name = options.sourceName ?? `curator-csv:${source.name}`;
    if (source.kind !== 'file')
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: 'a curator spreadsheet is one CSV file',
        source: name,
      };
    const kind = headerOf(source).includes('start') ? 'meetings' : 'services';
    const result = importCuratorCsv(source.text, kind);
    return {
      resources: withSource(result.resources, name),
      issues: fromCoreIssues(result.issues),
      records: countRecords(result),
      source: name,
    };
  },
};

/**
 * The import's view of a Meeting Guide report: its issues, the source name records carry
 * (`imported` tells whether any record carries the detected one), and why nothing was read.
 */
function fromMeetingGuideReport(
  report: MeetingGuideImportReport,
  fileName: string,
  sourceName: string | undefined,
  imported: number,
): Omit<Converted, 'resources'> {
  const issues: ImportIssue[] = report.issues.map((issue) => ({
    index: issue.index,
    ...(issue.slug === undefined ? {} : { ref: issue.slug }),
    ...(issue.path ? { path: issue.path } : {}),
    severity: issue.severity,
    code: issue.code,
    message: issue.message,
  }));
  const name = sourceName ?? (imported > 0 ? report.detected.source : `meeting-guide:${fileName}`);
  if (report.status !== 'ok') {
    const where = report.position ? ` (line ${report.position.line}, column ${report.position.column})` : '';
    return { issues, records: 0, fatal: `${report.message ?? report.status}${where}`, source: name };
  }
  return { issues, records: report.counts.records, source: name };
}

const meetingGuide: FormatAdapter = {
  format: 'meeting-guide',
  detect: (source) =>
    (source.kind === 'path' || (source.kind === 'file' && /\.json$/i.test(source.name))) &&
    !looksHsds(jsonOf(source)),
  convert(streamed, options) {
    const source = readWhole(streamed);
    if (source.kind !== 'file') {
      return {
        resources: [],
        issues: [],
        records: 0,
        fatal: 'a Meeting Guide feed is one JSON file',
        source: 'meeting-guide',
      };
    }
    const { resources, report } = importMeetingGuide(
      source.text,
      options.sourceName ? { source: { name: options.sourceName } } : {},
    );
    const converted = fromMeetingGuideReport(report, source.name, options.sourceName, resources.length);
    return { ...converted, resources: converted.fatal ? [] : resources };
  },
  async stream(source, options, sink): Promise<Streamed> {
    let imported = 0;
    let report: MeetingGuideImportReport;
    try {
      // Read twice (see importMeetingGuideStream), a batch of meetings at a time.
      report = await importMeetingGuideStream(() => createReadStream(source.path), {
        ...(options.sourceName ? { source: { name: options.sourceName } } : {}),
        onFeed: ({ records }) => sink.progress(0, records),
        onBatch: async (meetings, progress) => {
          for (const meeting of meetings) {
            await sink.write(meeting);
            imported++;
          }
          sink.progress(progress.read, progress.records);
        },
      });
    } catch (error) {
      if (!(error instanceof FeedChangedError)) throw error;
      return { issues: [], records: 0, fatal: error.message, source: 'meeting-guide', imported };
    }
    return { ...fromMeetingGuideReport(report, source.name, options.sourceName, imported), imported };
  },
};

/** Every format, in the order `--format auto` tries them. */
export const ADAPTERS: readonly FormatAdapter[] = [hsds, meetingGuide, samhsa, curatorCsv];
