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
import { describeOtherList, findFeedRecords, isMeetingList, SHAPE_SAMPLE } from './feed-shape.js';
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
 * What the first pass keeps of one list — the file's top-level list, or one held by a
 * property of a top-level object: its length, its first {@link SHAPE_SAMPLE} items (what
 * decides whether it holds meetings), its first object, the first item carrying an
 * Airtable-style `fields` object, and, once it looks like meetings, the survey of its records.
 */
class ListReader {
  count = 0;
  /** The first items, up to SHAPE_SAMPLE of them. */
  readonly sample: unknown[] = [];
  shape = 'unknown' as 'unknown' | 'feed' | 'other';
  extendedJson = false;
  firstObject: Record<string, unknown> | undefined;
  /** The first item that is an object with a `fields` object, and its index. */
  withFields: { index: number; value: unknown } | undefined;
  readonly survey: FeedSurvey;

  /**
   * @param key The key of the property holding the list ('' for a top-level list).
   * @param occurrence Which list of the file this is (counted from 0), for the second pass.
   * @param keepSample Whether the first items are kept once they have decided the list's
   *   shape (a wrapper's lists need them for {@link standIn}; a top-level list does not).
   */
  constructor(
    dayNumbering: MeetingGuideStreamOptions['dayNumbering'],
    readonly key: string,
    readonly occurrence: number,
    private readonly keepSample = true,
  ) {
    this.survey = new FeedSurvey(dayNumbering);
  }

  add(value: unknown): void {
    const index = this.count++;
    if (this.firstObject === undefined && isRecord(value)) this.firstObject = value;
    if (this.withFields === undefined && isRecord(value) && isRecord(value.fields)) {
      this.withFields = { index, value };
    }
    if (this.shape === 'feed') this.survey.add(this.extendedJson ? unwrapExtendedJson(value) : value);
    else if (this.shape === 'unknown') {
      this.sample.push(value);
      if (this.sample.length === SHAPE_SAMPLE) this.settle();
    }
  }

  /** Decides, from the first items, whether the list holds meetings; surveys them if so. */
  settle(): void {
    if (this.shape !== 'unknown') return;
    if (isMeetingList(this.sample)) {
      this.shape = 'feed';
      this.extendedJson = this.sample.slice(0, EXTENDED_JSON_SAMPLE).some(hasExtendedJson);
      for (const record of this.sample)
        this.survey.add(this.extendedJson ? unwrapExtendedJson(record) : record);
    } else this.shape = 'other';
    if (!this.keepSample) this.sample.length = 0;
  }

  /**
   * A stand-in for the list, for {@link findFeedRecords}: as long as the list, with the same
   * first items (all it samples) and the first item with `fields` (all the Airtable test
   * looks for) in their places, and holes for the rest.
   */
  standIn(): unknown[] {
    const list = [...this.sample];
    if (this.withFields !== undefined) list[this.withFields.index] = this.withFields.value;
    list.length = this.count;
    return list;
  }
}

/**
 * Reads a Meeting Guide feed as a stream, holding one batch of meetings rather than the
 * file: the same meetings and the same report as {@link importMeetingGuide} gives for the
 * whole text. `open` is called twice and must give the same file each time (e.g.
 * `() => createReadStream(path)`): a first pass reads what only the whole feed tells —
 * its day numbering (a 7 anywhere means 1–7), fellowship, usual time zone and repeated
 * slugs — keeping a few bytes a record; the second converts each record and hands the
 * meetings to `onBatch`. A wrapper object (`{"meetings": [...]}`, `{"data": [...], "meta":
 * {...}}`, any key holding a list of meetings) is streamed too: the first pass reads it a
 * property at a time, keeping the properties that are not lists and the first items of each
 * list, and picks the list exactly as the whole-text import does (`detected.shape` is then
 * `object.<key>`); the second pass reads only that list's items. A file that is one meeting
 * object is read whole in the second pass, as is a file that is neither a list nor an
 * object. Resolves to the report; rejects only with what `open` or a callback throws, or
 * {@link FeedChangedError}.
 */
export async function importMeetingGuideStream(
  open: () => JsonChunks,
  options: MeetingGuideStreamOptions,
): Promise<MeetingGuideImportReport> {
  const batchSize = Math.max(1, options.batchSize ?? 500);

  // First pass: the shape of the feed (from its first records) and the survey; for an
  // object, its properties, with a stand-in for each list.
  let top: ListReader | undefined;
  let object: Record<string, unknown> | undefined;
  const lists: ListReader[] = [];
  let list: ListReader | undefined;
  for await (const event of readJsonTopLevel(open(), { properties: true })) {
    switch (event.kind) {
      case 'error':
        return invalidJsonReport(event.error, options);
      case 'value':
        // A string would be taken for JSON text: it goes back as the text it was read from.
        return importWhole(
          typeof event.value === 'string' ? JSON.stringify(event.value) : event.value,
          options,
          batchSize,
        );
      case 'item':
        if (event.key === undefined) {
          top ??= new ListReader(options.dayNumbering, '', 0, false);
          top.add(event.value);
        } else list?.add(event.value);
        break;
      case 'object':
        object = {};
        break;
      case 'list':
        list = new ListReader(options.dayNumbering, event.key, lists.length);
        lists.push(list);
        if (object) setOwn(object, event.key, list);
        break;
      case 'property':
        if (object) setOwn(object, event.key, event.value);
        break;
    }
  }

  let reader: ListReader;
  let container = 'array';
  if (object === undefined) {
    // A top-level list (an empty one gives no item).
    reader = top ?? new ListReader(options.dayNumbering, '', 0);
    reader.settle();
    if (reader.shape === 'other') {
      return notAFeedReport(describeOtherList(reader.count, reader.firstObject), options);
    }
  } else {
    // An object (`{}` gives no property): find its records as the whole-text import would.
    for (const item of lists) item.settle();
    const standIns = new Map<unknown[], ListReader>();
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (value instanceof ListReader) {
        const standIn = value.standIn();
        standIns.set(standIn, value);
        setOwn(object, key, standIn);
      }
    }
    const shape = findFeedRecords(object);
    if (shape.kind === 'not-a-feed') return notAFeedReport(shape.found, options);
    const chosen = standIns.get(shape.records as unknown[]);
    // One meeting object: one record, read whole.
    if (chosen === undefined) return importWhole(await readWhole(open), options, batchSize);
    reader = chosen;
    container = shape.container;
  }
  object = undefined;
  list = undefined;
  lists.length = 0;

  const { survey, extendedJson, count: records } = reader;
  const prepared = prepareFeed(survey, options, new IssueLog(), container, extendedJson);
  survey.done();
  await options.onFeed?.({ records, detected: prepared.detected });

  // Second pass: each record of the list, a batch at a time.
  const wrapped = container !== 'array';
  const converter = new RecordConverter(prepared.ctx, survey.repeatedSlugs, options.validate ?? false);
  let index = 0;
  let listIndex = -1;
  let batch: Meeting[] = [];
  for await (const event of readJsonTopLevel(open(), { properties: wrapped })) {
    if (event.kind === 'list') {
      listIndex++;
      if (listIndex === reader.occurrence && event.key !== reader.key) throw new FeedChangedError();
      continue;
    }
    if ((event.kind === 'property' || event.kind === 'object') && wrapped) continue;
    if (event.kind !== 'item' || (event.key !== undefined) !== wrapped) throw new FeedChangedError();
    if (wrapped && listIndex !== reader.occurrence) continue;
    if (index >= records) throw new FeedChangedError();
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

/** Sets a property as `JSON.parse` does (an own property even for `__proto__`; a repeated key keeps its place). */
function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The whole text of the file. */
async function readWhole(open: () => JsonChunks): Promise<string> {
  const decoder = new TextDecoder();
  const parts: string[] = [];
  for await (const chunk of open()) {
    parts.push(typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** A file read whole (its text, or its value parsed): read as such, then handed over in batches. */
async function importWhole(
  input: unknown,
  options: MeetingGuideStreamOptions,
  batchSize: number,
): Promise<MeetingGuideImportReport> {
  const { resources, report } = importMeetingGuide(input, options);
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
