import { describe, expect, it } from 'vitest';
import { dialDigits } from './crisis-line.js';
import { CRISIS_LINES, PRIMARY_CRISIS_LINE_ID } from './crisis-lines.js';

const byId = (id: string) => {
  const line = CRISIS_LINES.find((l) => l.id === id);
  if (!line) throw new Error(`missing line ${id}`);
  return line;
};

describe('national crisis lines', () => {
  it('leads with 988, reachable by call, text, chat and videophone', () => {
    const lifeline = byId(PRIMARY_CRISIS_LINE_ID);
    expect(lifeline.channels.map((c) => c.type)).toEqual(
      expect.arrayContaining(['call', 'text', 'chat', 'videophone']),
    );
    const call = lifeline.channels.find((c) => c.type === 'call' && c.number === '988');
    expect(call?.type === 'call' && call.menu.map((m) => m.press)).toEqual(['1', '2']);
  });

  it('routes veterans through 988 press 1, and Spanish through press 2', () => {
    const call = byId('988-lifeline').channels.find((c) => c.type === 'call');
    if (call?.type !== 'call') throw new Error('no call channel');
    expect(call.menu.find((m) => m.press === '1')?.connectsTo).toBe('veterans-crisis-line');
    expect(call.menu.find((m) => m.press === '2')?.language).toBe('es');
  });

  it('keeps the text keywords as published', () => {
    const keyword = (id: string) =>
      byId(id).channels.flatMap((c) => (c.type === 'text' ? [c.keyword ?? null] : []));
    expect(keyword('crisis-text-line')).toEqual(['HOME']);
    expect(keyword('trevor-project')).toEqual(['START']);
  });

  it('marks the NAMI HelpLine as a help line, not a crisis line', () => {
    expect(byId('nami-helpline').isCrisisLine).toBe(false);
    expect(byId('988-lifeline').isCrisisLine).toBe(true);
  });

  it('gives SAMHSA a TTY channel and every line a source or none, never a verified date', () => {
    expect(byId('samhsa-helpline').channels.some((c) => c.type === 'tty')).toBe(true);
    for (const line of CRISIS_LINES) expect(line.verifiedAt).toBeNull();
  });

  it('has unique ids', () => {
    expect(new Set(CRISIS_LINES.map((l) => l.id)).size).toBe(CRISIS_LINES.length);
  });

  it('dials digits only', () => {
    expect(dialDigits('1-800-662-4357')).toBe('18006624357');
  });
});
