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
import { describeOtherList, isMeetingList, SHAPE_SAMPLE } from './feed-shape.js';
import { importMeetingGuide } from './import-meeting-guide.js';
import { IssueLog, type MeetingGuideDetection, type MeetingGuideImportReport } from './import-report.js';
import { type JsonChunks, readJsonTopLevel } from './json-stream.js';

/** How far a streamed import has got. */
export interface MeetingGuideStreamProgress {
  /** Records read so far in the second pass. */
  read: number;
  /** Records in the feed, as counted by the first pass. */
  records: number;
}

/** How to read a Meeting Guide feed as a stream, and where its meetings go. */
export interface MeetingGuideStreamOptions extends MeetingGuideImportOptions {
  /** Meetings handed to `onBatch` at a time; 500 by default. */
  batchSize?: number;
  /**
   * Called once the first pass has read the whole feed and found it to be one, before any
   * meeting is handed over: how many records it holds and what it was read as.
   */
  onFeed?: (feed: { records: number; detected: MeetingGuideDetection }) => void | Promise<void>;
  /** Receives the meetings a batch at a time, in feed order; awaited before reading on. */
  onBatch: (meetings: Meeting[], progress: MeetingGuideStreamProgress) => void | Promise<void>;
}

/** Thrown when the two readings of a streamed feed do not hold the same records. */
export class FeedChangedError extends Error {
  constructor() {
    super('The feed changed between its two readings; import it again.');
    this.name = 'FeedChangedError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a Meeting Guide feed as a stream, holding one batch of meetings rather than the
 * file: the same meetings and the same report as {@link importMeetingGuide} gives for the
 * whole text. `open` is called twice and must give the same file each time (e.g.
 * `() => createReadStream(path)`): a first pass reads what only the whole feed tells —
 * its day numbering (a 7 anywhere means 1–7), fellowship, usual time zone and repeated
 * slugs — keeping a few bytes a record; the second converts each record and hands the
 * meetings to `onBatch`. A file that is not a top-level list (a wrapper object, one
 * meeting) is held whole and read by {@link importMeetingGuide}. Resolves to the report;
 * rejects only with what `open` or a callback throws, or {@link FeedChangedError}.
 */
export async function importMeetingGuideStream(
  open: () => JsonChunks,
  options: MeetingGuideStreamOptions,
): Promise<MeetingGuideImportReport> {
  const batchSize = Math.max(1, options.batchSize ?? 500);

  // First pass: the shape of the feed (from its first records) and the survey.
  const survey = new FeedSurvey(options.dayNumbering);
  let prefix: unknown[] = [];
  let shape = 'unknown' as 'unknown' | 'feed' | 'other';
  let extendedJson = false;
  let firstObject: Record<string, unknown> | undefined;
  let records = 0;
  const settle = (): void => {
    if (isMeetingList(prefix)) {
      shape = 'feed';
      extendedJson = prefix.slice(0, EXTENDED_JSON_SAMPLE).some(hasExtendedJson);
      for (const record of prefix) survey.add(extendedJson ? unwrapExtendedJson(record) : record);
    } else {
      shape = 'other';
      firstObject = prefix.find(isRecord);
    }
    prefix = [];
  };
  for await (const event of readJsonTopLevel(open())) {
    if (event.kind === 'error') return invalidJsonReport(event.error, options);
    if (event.kind === 'value') return importWhole(event.value, options, batchSize);
    records++;
    if (shape === 'feed') survey.add(extendedJson ? unwrapExtendedJson(event.value) : event.value);
    else if (shape === 'unknown') {
      prefix.push(event.value);
      if (prefix.length === SHAPE_SAMPLE) settle();
    } else if (firstObject === undefined && isRecord(event.value)) firstObject = event.value;
  }
  if (shape === 'unknown') settle();
  if (shape === 'other') return notAFeedReport(describeOtherList(records, firstObject), options);

  const prepared = prepareFeed(survey, options, new IssueLog(), 'array', extendedJson);
  survey.done();
  await options.onFeed?.({ records, detected: prepared.detected });

  // Second pass: each record, a batch at a time.
  const converter = new RecordConverter(prepared.ctx, survey.repeatedSlugs, options.validate ?? false);
  let index = 0;
  let batch: Meeting[] = [];
  for await (const event of readJsonTopLevel(open())) {
    if (event.kind !== 'item' || index >= records) throw new FeedChangedError();
    const meeting = converter.convert(extendedJson ? unwrapExtendedJson(event.value) : event.value, index);
    index++;
    if (meeting === undefined) continue;
    batch.push(meeting);
    if (batch.length >= batchSize) {
      await options.onBatch(batch, { read: index, records });
      batch = [];
    }
  }
  if (index !== records) throw new FeedChangedError();
  if (batch.length > 0) await options.onBatch(batch, { read: index, records });
  return finishReport(prepared, records, converter.imported);
}

/** A file that is not a top-level list, already parsed whole: read as such, then handed over in batches. */
async function importWhole(
  value: unknown,
  options: MeetingGuideStreamOptions,
  batchSize: number,
): Promise<MeetingGuideImportReport> {
  // A string would be taken for JSON text: it goes back as the text it was read from.
  const { resources, report } = importMeetingGuide(
    typeof value === 'string' ? JSON.stringify(value) : value,
    options,
  );
  if (report.status !== 'ok') return report;
  await options.onFeed?.({ records: report.counts.records, detected: report.detected });
  for (let start = 0; start < resources.length; start += batchSize) {
    await options.onBatch(resources.slice(start, start + batchSize), {
      read: Math.min(start + batchSize, resources.length),
      records: report.counts.records,
    });
  }
  return report;
}
