import { readFixture } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../model/resource-kinds.js';
import { FEEDS, feedOptions, feedText } from './__tests__/feeds.js';
import { importMeetingGuide, type MeetingGuideImportOptions } from './import-meeting-guide.js';
import { FeedChangedError, importMeetingGuideStream } from './import-meeting-guide-stream.js';
import { JsonArrayScanner, type JsonChunk, type JsonTopEvent, readJsonTopLevel } from './json-stream.js';

/** The UTF-8 bytes of `text` in pieces of `size` bytes (so multi-byte characters are split). */
function byteChunks(text: string, size: number): () => Iterable<JsonChunk> {
  const bytes = new TextEncoder().encode(text);
  return function* () {
    for (let start = 0; start < bytes.length; start += size) yield bytes.subarray(start, start + size);
  };
}

/** `text` in pieces of `size` UTF-16 code units, given as an async stream. */
function textChunks(text: string, size: number): () => AsyncIterable<JsonChunk> {
  return async function* () {
    for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
  };
}

async function streamed(
  open: () => Iterable<JsonChunk> | AsyncIterable<JsonChunk>,
  options: MeetingGuideImportOptions & { batchSize?: number } = {},
) {
  const resources: Meeting[] = [];
  const batches: number[] = [];
  const report = await importMeetingGuideStream(open, {
    ...options,
    onBatch: (meetings) => {
      batches.push(meetings.length);
      resources.push(...meetings);
    },
  });
  return { resources, report, batches };
}

const SMALL = 250_000;

describe('importMeetingGuideStream gives what importMeetingGuide gives for the whole text', () => {
  it.each(FEEDS.map(([file]) => file))('%s, in pieces of 7 bytes, 64 KiB and text', async (file) => {
    const text = feedText(file);
    const whole = importMeetingGuide(text, feedOptions(file));
    // Some feeds hold multi-byte characters, which 7-byte pieces split.
    for (const open of [byteChunks(text, 7), byteChunks(text, 65_536), textChunks(text, 4099)]) {
      const stream = await streamed(open, feedOptions(file));
      expect(stream.report).toEqual(whole.report);
      expect(stream.resources).toEqual(whole.resources);
    }
  });

  it.each(FEEDS.map(([file]) => file).filter((file) => feedText(file).length < SMALL))(
    '%s, one byte at a time',
    async (file) => {
      const text = feedText(file);
      const stream = await streamed(byteChunks(text, 1), feedOptions(file));
      expect(stream).toMatchObject(importMeetingGuide(text, feedOptions(file)));
    },
  );

  it('splits multi-byte characters and still reads them', async () => {
    const text = JSON.stringify([
      { name: 'Réunion du café — 12 Étapes 🌱', slug: 'cafe', day: 1, time: '19:00', address: 'Montréal' },
    ]);
    const options = { timeZone: 'America/Toronto', now: new Date('2025-01-01T00:00:00Z') };
    const whole = importMeetingGuide(text, options);
    for (const size of [1, 2, 3, 5]) {
      const stream = await streamed(byteChunks(text, size), options);
      expect(stream.resources).toEqual(whole.resources);
    }
    expect(whole.resources[0]?.name).toBe('Réunion du café — 12 Étapes 🌱');
  });

  it('hands meetings over in batches of the size asked, after saying what the feed is', async () => {
    const text = feedText('eda.json');
    const calls: string[] = [];
    const report = await importMeetingGuideStream(byteChunks(text, 65_536), {
      ...feedOptions('eda.json'),
      batchSize: 100,
      onFeed: ({ records, detected }) => {
        calls.push(`feed ${records} ${detected.fellowship}`);
      },
      onBatch: (meetings, progress) => {
        calls.push(`batch ${meetings.length} ${progress.read}/${progress.records}`);
      },
    });
    expect(calls[0]).toBe(`feed ${report.counts.records} EDA`);
    expect(calls.slice(1).every((call) => /^batch (100|\d{1,2}) \d+\/\d+$/.test(call))).toBe(true);
    expect(calls).toHaveLength(1 + Math.ceil(report.counts.imported / 100));
  });

  it('finds exact repeats and the 1–7 days of a feed only its end shows', async () => {
    const records = JSON.parse(feedText('timezones.json')) as Record<string, unknown>[];
    const [first] = records;
    const feed = JSON.stringify([...records, first, { ...first, slug: 'late-sunday', day: 7 }]);
    const options = { now: new Date('2025-01-01T00:00:00Z') };
    const stream = await streamed(byteChunks(feed, 16), options);
    expect(stream.report).toEqual(importMeetingGuide(feed, options).report);
    expect(stream.report.detected.dayNumbering).toBe('monday-1');
    expect(stream.report.counts.byCode['duplicate-record']).toBe(1);
  });

  it('reads a single meeting object whole', async () => {
    const records = JSON.parse(feedText('timezones.json')) as unknown[];
    const options = { now: new Date('2025-01-01T00:00:00Z') };
    const text = JSON.stringify(records[0]);
    const stream = await streamed(textChunks(text, 10), options);
    expect(stream).toMatchObject(importMeetingGuide(text, options));
    expect(stream.report.detected.container).toBe('object');
    expect(stream.resources).toHaveLength(1);
  });

  it('throws when the file changes between its two readings', async () => {
    const text = feedText('timezones.json');
    let opened = 0;
    const open = () => (opened++ === 0 ? [text] : ['[]']);
    await expect(streamed(open)).rejects.toBeInstanceOf(FeedChangedError);
  });
});

/** A real feed's text wrapped in objects of each form the whole-text import accepts. */
function wrappers(feed: string): [name: string, text: string][] {
  return [
    ['{"meetings": feed}', `{"meetings": ${feed}}`],
    [
      '{"data": feed, "meta": {...}}',
      `{\n  "data": ${feed},\n  "meta": {"count": 3, "links": [1, [2]], "next": null}\n}`,
    ],
    // Keys not in WRAPPER_KEYS: the first (in Object.keys order) holding meetings.
    ['{"version": 2, "schedule": feed}', `{"version": 2, "notes": ["a", "b"], "schedule": ${feed}}`],
    // A wrapper key holding no meetings yields to a later wrapper key that does.
    [
      '{"data": [...], "meetings": feed}',
      `{"data": [{"id": 1}, {"id": 2}], "empty": [], "meetings": ${feed}}`,
    ],
    // Integer-like keys come first in Object.keys; a repeated key keeps its first place, its last value.
    ['{"z": feed, "7": feed}', `{"z": ${feed}, "7": ${feed}}`],
    ['{"z": [1], "7": [2], "z": feed}', `{"z": [1], "7": [2], "z": ${feed}}`],
  ];
}

describe('readJsonTopLevel with properties', () => {
  it('reports a top-level object a property at a time, a list an item at a time', async () => {
    const text =
      '{"me\\u0065tings": [{"a": [1, {"b": "]}"}]}, 2], "meta": {"n": [3]}, "empty": [], "s": "x"}';
    const events: JsonTopEvent[] = [];
    for await (const event of readJsonTopLevel(textChunks(text, 3)(), { properties: true }))
      events.push(event);
    const at = (part: string) => text.indexOf(part);
    expect(events).toEqual([
      { kind: 'object', offset: 0 },
      { kind: 'list', key: 'meetings', offset: at('[{') },
      { kind: 'item', key: 'meetings', value: { a: [1, { b: ']}' }] }, offset: at('{"a"') },
      { kind: 'item', key: 'meetings', value: 2, offset: at('2]') },
      { kind: 'property', key: 'meta', value: { n: [3] }, offset: at('{"n"') },
      { kind: 'list', key: 'empty', offset: at('[],') },
      { kind: 'property', key: 's', value: 'x', offset: at('"x"') },
    ]);
    // Without the option, an object is held whole, as before.
    const whole: JsonTopEvent[] = [];
    for await (const event of readJsonTopLevel([text])) whole.push(event);
    expect(whole).toEqual([{ kind: 'value', value: JSON.parse(text) }]);
  });

  it('gives each item of a wrapped list as its text arrives, holding only what it still needs', () => {
    const items = Array.from({ length: 2000 }, (_, id) => ({ id, name: `meeting ${id}`, day: id % 7 }));
    const text = JSON.stringify({ meta: { total: items.length }, meetings: items });
    const scanner = new JsonArrayScanner({ properties: true });
    let seen = 0;
    let held = 0;
    for (let start = 0; start < text.length; start += 1000) {
      seen += scanner.push(text.slice(start, start + 1000)).filter((event) => event.kind === 'item').length;
      if (start === 50_000) expect(seen).toBeGreaterThan(1000);
      held = Math.max(held, (scanner as unknown as { buffer: string }).buffer.length);
    }
    seen += scanner.end().filter((event) => event.kind === 'item').length;
    expect(seen).toBe(items.length);
    expect(held).toBeLessThan(1200);
  });
});

describe('importMeetingGuideStream streams wrapped feeds', () => {
  it.each(FEEDS.map(([file]) => file))('%s in wrappers, in pieces of 7 bytes and 64 KiB', async (file) => {
    const feed = feedText(file);
    for (const [name, text] of wrappers(feed)) {
      const whole = importMeetingGuide(text, feedOptions(file));
      expect(whole.report.status, name).toBe('ok');
      const sizes = [7, 65_536, ...(text.length < SMALL / 2 ? [1] : [])];
      for (const size of sizes) {
        const stream = await streamed(byteChunks(text, size), feedOptions(file));
        expect(stream.report, `${name} in ${size}-byte pieces`).toEqual(whole.report);
        expect(stream.resources, `${name} in ${size}-byte pieces`).toEqual(whole.resources);
      }
    }
  });

  it('reads the Extended JSON of a wrapped feed', async () => {
    const file = 'oiaa-online-extended-json.json';
    const text = `{"meetings": ${feedText(file)}}`;
    const whole = importMeetingGuide(text, feedOptions(file));
    expect(whole.report.detected.extendedJson).toBe(true);
    const stream = await streamed(textChunks(text, 4099), feedOptions(file));
    expect(stream.report).toEqual(whole.report);
    expect(stream.resources).toEqual(whole.resources);
  });

  it('hands a wrapped feed over in several batches, after saying what it is', async () => {
    const text = `{"meta": {"source": "test"}, "meetings": ${feedText('eda.json')}}`;
    const calls: string[] = [];
    const report = await importMeetingGuideStream(byteChunks(text, 65_536), {
      ...feedOptions('eda.json'),
      batchSize: 50,
      onFeed: ({ records, detected }) => {
        calls.push(`feed ${records} ${detected.container}`);
      },
      onBatch: (meetings, progress) => {
        calls.push(`batch ${meetings.length} ${progress.read}/${progress.records}`);
      },
    });
    expect(report.detected.container).toBe('object.meetings');
    expect(calls[0]).toBe(`feed ${report.counts.records} object.meetings`);
    expect(calls.length).toBeGreaterThan(3);
    expect(calls).toHaveLength(1 + Math.ceil(report.counts.imported / 50));
  });

  it('throws when the wrapped list changes between the two readings', async () => {
    const feed = feedText('timezones.json');
    let opened = 0;
    const open = () =>
      opened++ === 0 ? [`{"meetings": ${feed}}`] : [`{"meetings": ${feed}, "more": ${feed}}`];
    expect((await streamed(open)).report.detected.container).toBe('object.meetings');
    opened = 0;
    const shrunk = () => (opened++ === 0 ? [`{"meetings": ${feed}}`] : ['{"meetings": []}']);
    await expect(streamed(shrunk)).rejects.toBeInstanceOf(FeedChangedError);
    opened = 0;
    const unwrapped = () => (opened++ === 0 ? [`{"meetings": ${feed}}`] : [feed]);
    await expect(streamed(unwrapped)).rejects.toBeInstanceOf(FeedChangedError);
  });
});

describe('importMeetingGuideStream on files that are not feeds', () => {
  it('reports invalid.json exactly as the whole-text import does', async () => {
    const text = feedText('invalid.json');
    for (const size of [1, 7, 65_536]) {
      const stream = await streamed(byteChunks(text, size));
      expect(stream.report).toEqual(importMeetingGuide(text).report);
      expect(stream.report.position).toEqual({ line: 80, column: 3, offset: 1906 });
      expect(stream.resources).toEqual([]);
    }
  });

  const BROKEN = [
    '',
    '  ',
    '[',
    '[1',
    '[1,',
    '[1,]',
    '[,1]',
    '[}',
    '[{"a":[1}]',
    '[1 2]',
    '[{"a":1}] x',
    '[]x',
    '[tru]',
    '[1]]',
    '[[]',
    '["a\nb"]',
    '{"meetings": [',
    '{',
    '{"meetings": [1,',
    '{"meetings": [1]',
    '{"meetings": [1],',
    '{"meetings": [1],}',
    '{"meetings": [1] "data": 2}',
    '{"meetings" [1]}',
    '{"meetings": }',
    '{"meetings": ]}',
    '{meetings: [1]}',
    '{,"a": 1}',
    '{"a": 1,, "b": 2}',
    '{"a": tru}',
    '{"a": 1',
    '{"a": "b',
    '{"a\\x": 1}',
    '{"a": {"b": [1}}',
    '{"a": [{"b": 1}}',
    '{"a": [1 2]}',
    '{"a": []]}',
    '{"a": 1} x',
    '{}}',
    '\n{\n  "meta": {"n": 1},\n  "meetings": [\n    {"name": "a", "day": 1},\n    {"name": "b", "day": x}\n  ]\n}',
    '\uFEFF{"data": [{"name":"a","day":1},]}',
    '[{"a":"\\"}]',
    '\n\n  [ {"a": 1},\n {"b": x}]',
    '[{"name":"a","day":1}\n,\n{"name":"b","day":"\u0001"}',
    '\uFEFF[{"name":"a","day":1},]',
  ];

  it.each(BROKEN)('finds the error in %j where JSON.parse does', async (text) => {
    const whole = importMeetingGuide(text).report;
    for (const size of [1, 3, 1000]) {
      const stream = (await streamed(textChunks(text, size))).report;
      expect(stream.status).toBe('invalid-json');
      expect(stream.position).toEqual(whole.position);
      // The engine quotes the text around the error; the stream can only quote what it holds.
      expect(stream.message?.replace(/, ("|\.\.\.").*is not valid JSON/s, '')).toBe(
        whole.message?.replace(/, ("|\.\.\.").*is not valid JSON/s, ''),
      );
    }
  });

  it('finds the error in a large feed cut short, with its line and column', async () => {
    const text = feedText('oc.json');
    const cut = `${text.slice(0, Math.floor(text.length * 0.7))}`;
    const whole = importMeetingGuide(cut).report;
    const stream = (await streamed(byteChunks(cut, 65_536))).report;
    expect(stream.position).toEqual(whole.position);
    const middle = text.indexOf('"name"', Math.floor(text.length * 0.6));
    const garbled = `${text.slice(0, middle)}"day": 1 1, ${text.slice(middle)}`;
    expect(importMeetingGuide(garbled).report.status).toBe('invalid-json');
    expect((await streamed(byteChunks(garbled, 4096))).report.position).toEqual(
      importMeetingGuide(garbled).report.position,
    );
  });

  it('says what it found in JSON that is not a feed', async () => {
    const types = readFixture('meeting-guide', 'spec', 'types.json');
    const airtable = (records: unknown[]) => JSON.stringify({ records, offset: 'itr1' });
    const many = Array.from({ length: 300 }, (_, id) => ({ id }));
    for (const text of [
      types,
      `[${types}]`,
      '"meetings"',
      '[1, 2, 3]',
      '{"records": [{"fields": {}}]}',
      airtable([{ id: 'rec1', fields: { Name: 'A meeting', Day: 'Monday' } }]),
      // The one record with fields comes after the sample of the first items.
      airtable([...many, { id: 'rec2', fields: {} }]),
      // A list of meetings under "records" beside Airtable records is still an Airtable payload.
      `{"records": [${JSON.stringify({ name: 'a', day: 1, fields: {} })}], "meetings": ${feedText('timezones.json')}}`,
      '{}',
      '{"a": 1, "b": "two", "c": null}',
      '{"meetings": [], "data": [1, 2], "results": [{"id": 1}]}',
      `{"meetings": ${JSON.stringify(many)}}`,
      '{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": [9]}',
      '{"__proto__": [1], "2": [], "b": {"meetings": [{"name": "a", "day": 1}]}, "1": 0}',
      '{"meetings": [{"name": "a", "day": 1}], "meetings": 5}',
    ]) {
      for (const size of [1, 7, 50]) {
        const stream = (await streamed(textChunks(text, size))).report;
        expect(stream.status, text.slice(0, 60)).toBe('not-a-feed');
        expect(stream).toEqual(importMeetingGuide(text).report);
      }
    }
  });
});
