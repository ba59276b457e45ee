import { readFixture } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../model/resource-kinds.js';
import { FEEDS, feedOptions, feedText } from './__tests__/feeds.js';
import { importMeetingGuide, type MeetingGuideImportOptions } from './import-meeting-guide.js';
import { FeedChangedError, importMeetingGuideStream } from './import-meeting-guide-stream.js';
import type { JsonChunk } from './json-stream.js';

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

  it('reads a wrapper object and a single meeting, held whole', async () => {
    const records = JSON.parse(feedText('timezones.json')) as unknown[];
    const options = { now: new Date('2025-01-01T00:00:00Z') };
    for (const value of [{ meetings: records }, records[0]]) {
      const text = JSON.stringify(value);
      const stream = await streamed(textChunks(text, 10), options);
      expect(stream).toMatchObject(importMeetingGuide(text, options));
      expect(stream.resources.length).toBeGreaterThan(0);
    }
  });

  it('throws when the file changes between its two readings', async () => {
    const text = feedText('timezones.json');
    let opened = 0;
    const open = () => (opened++ === 0 ? [text] : ['[]']);
    await expect(streamed(open)).rejects.toBeInstanceOf(FeedChangedError);
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
    for (const text of [types, `[${types}]`, '"meetings"', '[1, 2, 3]', '{"records": [{"fields": {}}]}']) {
      const stream = (await streamed(textChunks(text, 50))).report;
      expect(stream.status).toBe('not-a-feed');
      expect(stream).toEqual(importMeetingGuide(text).report);
    }
  });
});
