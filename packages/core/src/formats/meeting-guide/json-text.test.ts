import { describe, expect, it } from 'vitest';
import { FEEDS, feedText } from './__tests__/feeds.js';
import { lineAndColumn, parseJsonText, scanForError } from './json-text.js';

describe('parseJsonText', () => {
  it("finds line 80, column 3 in invalid.json from the engine's position", () => {
    const result = parseJsonText(feedText('invalid.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ line: 80, column: 3, offset: 1906 });
    expect(result.error.reason).not.toMatch(/position|line \d/);
  });

  it('finds the same place by scanning when the engine gives no position', () => {
    const text = feedText('invalid.json');
    const offset = scanForError(text);
    expect(offset).toBe(1906);
    expect(lineAndColumn(text, offset)).toEqual({ line: 80, column: 3 });
    expect(text.slice(offset, offset + 12)).toBe('invalid text');
  });

  it.each(FEEDS.map(([file]) => file))('scans %s as valid JSON, as JSON.parse does', (file) => {
    expect(scanForError(feedText(file))).toBe(-1);
  });

  it('finds a cut-off file and a bad escape by scanning', () => {
    const text = feedText('timezones.json');
    const cut = text.slice(0, 120);
    expect(scanForError(cut)).toBe(cut.length);
    const badEscape = text.replace('San Francisco meeting', 'San Francisco \\q meeting');
    expect(badEscape.slice(scanForError(badEscape), scanForError(badEscape) + 2)).toBe('\\q');
  });

  it('reads a text that starts with a byte-order mark', () => {
    const result = parseJsonText(`\uFEFF${feedText('timezones.json')}`);
    expect(result.ok).toBe(true);
  });
});
