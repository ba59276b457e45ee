import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { type MatchResultInput, MatchResultSchema } from './match-result.js';

const emptySection = { items: [], total: 0, hasMore: false };

function result(change: Partial<MatchResultInput> = {}): MatchResultInput {
  return {
    generatedAt: '2024-05-07T19:00:00Z',
    crisis: [{ lineId: '988-lifeline', featured: true, reasons: [] }],
    circles: {
      family: emptySection,
      peers: {
        items: [
          {
            resourceId: 'oc-aa-64769',
            circle: 'peers',
            score: 0.82,
            reasons: [
              {
                code: 'distance',
                params: { miles: 1.2 },
                text: { en: '1.2 mi away', es: 'A 1.2 mi' },
              },
              {
                code: 'next-meeting',
                params: { at: '2024-05-13T19:30:00-07:00', timeZone: 'America/Los_Angeles' },
                text: { en: 'Mondays 7:30 pm', es: 'Los lunes a las 7:30 p. m.' },
              },
            ],
            unmet: [
              {
                code: 'language-not-offered',
                params: { language: 'es' },
                text: { en: 'Not in Spanish', es: 'No es en español' },
              },
            ],
            forPersonYouCareAbout: true,
          },
        ],
        total: 14,
        hasMore: true,
        widenedReason: 'radius-expanded',
      },
      professionals: emptySection,
    },
    widened: { reasons: ['radius-expanded'], radius: { from: 10, to: 25, unit: 'mi' } },
    notices: [{ code: 'crisis-first', text: { en: 'Help now', es: 'Ayuda ahora' } }],
    ...change,
  };
}

describe('MatchResultSchema', () => {
  it('parses a network with crisis lines, circle sections, structured reasons and notices', () => {
    const parsed = MatchResultSchema.parse(result());
    expect(parsed.circles.peers.items[0]?.reasons[0]).toEqual({
      code: 'distance',
      params: { miles: 1.2 },
      text: { en: '1.2 mi away', es: 'A 1.2 mi' },
    });
    expect(parsed.notices[0]?.params).toEqual({});
    expect(MatchResultSchema.parse(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
  });

  it('can embed the crisis line itself', () => {
    const [line] = CRISIS_LINES;
    if (!line) throw new Error('no crisis line');
    const parsed = MatchResultSchema.parse(result({ crisis: [{ lineId: line.id, line, featured: true }] }));
    expect(parsed.crisis[0]?.line?.name).toBe('988 Suicide & Crisis Lifeline');
  });

  it('never has an empty crisis list', () => {
    expect(MatchResultSchema.safeParse(result({ crisis: [] })).success).toBe(false);
  });

  it.each([
    ['a score above 1', { score: 1.5 }],
    ['a crisis item inside a circle section', { circle: 'crisis' }],
    ['an unknown reason code', { reasons: [{ code: 'vibes', text: { en: 'x', es: 'x' } }] }],
    ['a reason without words', { reasons: [{ code: 'free' }] }],
    ['an unknown unmet code', { unmet: [{ code: 'nope', text: { en: 'x', es: 'x' } }] }],
  ])('rejects an item with %s', (_what, change) => {
    const item = {
      resourceId: 'r',
      circle: 'professionals',
      score: 0.5,
      ...change,
    };
    const input = result({
      circles: {
        family: emptySection,
        peers: emptySection,
        professionals: { items: [item], total: 1, hasMore: false },
      },
    } as Partial<MatchResultInput>);
    expect(MatchResultSchema.safeParse(input).success).toBe(false);
  });
});
