import type { Meeting } from '../../model/resource-kinds.js';
import { hasExtendedJson, unwrapExtendedJson } from './extended-json.js';
import {
  EXTENDED_JSON_SAMPLE,
  FeedSurvey,
  finishReport,
  invalidJsonReport,
  type MeetingGuideImportOptions,
  notAFeedReport,
  prepareFeed,
  RecordConverter,
} from './feed-passes.js';
import { findFeedRecords } from './feed-shape.js';
import { IssueLog, type MeetingGuideImportReport } from './import-report.js';
import { parseJsonText } from './json-text.js';

export type { MeetingGuideImportOptions } from './feed-passes.js';

/** The meetings read from a feed, and the report of what was read, changed, guessed or skipped. */
export interface MeetingGuideImportResult {
  resources: Meeting[];
  report: MeetingGuideImportReport;
}

/**
 * Reads a Meeting Guide feed — JSON text or an already parsed value — into meetings of the
 * Recovery Circles model, with a report. Takes every variant seen in the wild: days as
 * 0–6, text, arrays or 1–7; 12-hour times; types as a list, a string or null; coordinates
 * as text; address parts or a one-line address; MongoDB Extended JSON; a wrapper object.
 * Never throws on a record and never drops one without an `error` issue saying why.
 * For a file too large to hold whole, see {@link importMeetingGuideStream}.
 */
export function importMeetingGuide(
  input: unknown,
  options: MeetingGuideImportOptions = {},
): MeetingGuideImportResult {
  let value = input;
  if (typeof input === 'string') {
    const parsed = parseJsonText(input);
    if (!parsed.ok) return { resources: [], report: invalidJsonReport(parsed.error, options) };
    value = parsed.value;
  }
  const shape = findFeedRecords(value);
  if (shape.kind === 'not-a-feed') return { resources: [], report: notAFeedReport(shape.found, options) };

  let records: readonly unknown[] = shape.records;
  const extendedJson = records.slice(0, EXTENDED_JSON_SAMPLE).some(hasExtendedJson);
  if (extendedJson) records = records.map(unwrapExtendedJson);

  const survey = new FeedSurvey(options.dayNumbering, records.length);
  for (const record of records) survey.add(record);
  const prepared = prepareFeed(survey, options, new IssueLog(), shape.container, extendedJson);
  survey.done();

  // A list this call made (parsed from text, or unwrapped) lets go of each record once read,
  // so a large feed is not held twice over, as records and as meetings.
  const owned = typeof input === 'string' || extendedJson ? (records as unknown[]) : undefined;
  const converter = new RecordConverter(prepared.ctx, survey.repeatedSlugs, options.validate ?? false);
  const resources: Meeting[] = [];
  for (let index = 0; index < records.length; index++) {
    const meeting = converter.convert(records[index], index);
    if (owned !== undefined) owned[index] = undefined;
    if (meeting) resources.push(meeting);
  }
  return { resources, report: finishReport(prepared, records.length, resources.length) };
}
