/** Where the meeting records of a parsed JSON value were found, or what was found instead. */
export type FeedShape =
  | {
      kind: 'feed';
      records: readonly unknown[];
      /** `array` for a top-level array, `object.<key>` for a wrapper, `object` for one meeting. */
      container: string;
    }
  | { kind: 'not-a-feed'; found: string };

// Fields that only meeting records carry; a record needs a name or slug and one of these.
const MEETING_FIELDS = [
  'day',
  'time',
  'types',
  'formatted_address',
  'address',
  'conference_url',
  'conference_phone',
  'location',
  'attendance_option',
  'timezone',
];
const WRAPPER_KEYS = ['meetings', 'data', 'results', 'items', 'rows'];
/** How many records, from the first, decide whether a list holds meetings. */
export const SHAPE_SAMPLE = 200;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isMeetingLike(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value.name === undefined && value.slug === undefined) return false;
  return MEETING_FIELDS.some((field) => value[field] !== undefined);
}

/** Whether most of (a sample of) the items look like meetings. An empty list counts. */
export function isMeetingList(items: readonly unknown[]): boolean {
  if (items.length === 0) return true;
  const sample = items.length > SHAPE_SAMPLE ? items.slice(0, SHAPE_SAMPLE) : items;
  let meetings = 0;
  for (const item of sample) if (isMeetingLike(item)) meetings++;
  return meetings * 2 >= sample.length;
}

function describeKeys(value: Record<string, unknown>): string {
  const keys = Object.keys(value);
  if (keys.length === 0) return 'no keys';
  const shown = keys.slice(0, 8).join(', ');
  return keys.length > 8 ? `keys ${shown}… (${keys.length} in all)` : `keys ${shown}`;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  return `a ${typeof value}`;
}

/** What a top-level list of `length` items that are not meetings holds, for the report. */
export function describeOtherList(length: number, first: Record<string, unknown> | undefined): string {
  return `a list of ${length} items that do not look like meetings (no name or slug with a day, time, types or address)${
    first ? `; the first object has ${describeKeys(first)}` : ''
  }`;
}

/**
 * Finds the meeting records in a parsed Meeting Guide feed: a top-level array, or an array
 * under a wrapper key (`meetings`, `data`…, or any key holding a list of meetings).
 * Anything else — an Airtable-style `{records: [{fields}]}` payload, an object with no list
 * of meetings, a list of things that are not meetings — is described for the report.
 */
export function findFeedRecords(value: unknown): FeedShape {
  if (Array.isArray(value)) {
    if (isMeetingList(value)) return { kind: 'feed', records: value, container: 'array' };
    return { kind: 'not-a-feed', found: describeOtherList(value.length, value.find(isRecord)) };
  }
  if (!isRecord(value))
    return { kind: 'not-a-feed', found: `${describeValue(value)}, not a list of meetings` };

  const records = value.records;
  if (Array.isArray(records) && records.some((item) => isRecord(item) && isRecord(item.fields))) {
    return {
      kind: 'not-a-feed',
      found: `an Airtable-style payload ({"records": [{"id", "fields"}]}) with ${records.length} records; export the table as a Meeting Guide feed (a JSON list of meetings) instead`,
    };
  }
  for (const key of [...WRAPPER_KEYS, ...Object.keys(value)]) {
    const items = value[key];
    if (Array.isArray(items) && items.length > 0 && isMeetingList(items)) {
      return { kind: 'feed', records: items, container: `object.${key}` };
    }
  }
  if (isMeetingLike(value)) return { kind: 'feed', records: [value], container: 'object' };
  const lists = Object.entries(value)
    .filter(([, item]) => Array.isArray(item))
    .map(([key, item]) => `"${key}" (${describeValue(item)})`);
  return {
    kind: 'not-a-feed',
    found: `an object with ${describeKeys(value)}${
      lists.length > 0 ? `; its lists ${lists.join(', ')} hold no meetings` : ' and no list of meetings'
    }`,
  };
}
