import { readFixture } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../model/resource-kinds.js';
import { feedOptions, feedRecord } from './__tests__/feeds.js';
import { exportMeetingGuide } from './export-meeting-guide.js';
import { importMeetingGuide } from './import-meeting-guide.js';
import { MEETING_GUIDE_TYPE_CODES, OFFICIAL_TYPE_CODES, typeCodeInfo } from './type-codes.js';

type SpecNames = Record<string, { en: string }>;

function specCodes(file: string): SpecNames {
  return JSON.parse(readFixture('meeting-guide', 'spec', file));
}

const official = specCodes('types.json');
const proposed = specCodes('types-proposed-new.json');

/** A real record (Sussex County, one day, no conference) carrying only `codes`. */
function importWithTypes(codes: string[]): { meeting: Meeting; messages: string[] } {
  const record = feedRecord('sussexaa.json', 'rehoboth-beach-speaker');
  record.types = codes;
  const { resources, report } = importMeetingGuide([record], feedOptions('sussexaa.json'));
  const meeting = resources[0];
  if (!meeting) throw new Error('not imported');
  return { meeting, messages: report.issues.map((issue) => issue.code) };
}

/** The fields a code can set, as a plain object to compare. */
function fields(meeting: Meeting) {
  return {
    meetingAccess: meeting.meetingAccess,
    audiences: meeting.audiences,
    languages: meeting.languages,
    accessibility: meeting.accessibility,
    approaches: meeting.approaches,
    concerns: meeting.concerns,
    attendance: meeting.attendance,
    status: meeting.status,
  };
}

describe('Meeting Guide type codes', () => {
  it('knows all 87 official codes of types.json, by the same English names', () => {
    expect(Object.keys(official)).toHaveLength(87);
    expect([...OFFICIAL_TYPE_CODES].sort()).toEqual(Object.keys(official).sort());
    for (const [code, names] of Object.entries(official)) {
      expect(typeCodeInfo(code)).toMatchObject({ name: names.en, origin: 'official' });
    }
  });

  it('knows the proposed codes, marked as proposed', () => {
    for (const [code, names] of Object.entries(proposed)) {
      expect(typeCodeInfo(code)).toMatchObject({ name: names.en, origin: 'proposed' });
    }
  });

  it.each(Object.keys(official))('maps %s to something and writes it back on export', (code) => {
    const plain = importWithTypes([]);
    const { meeting, messages } = importWithTypes([code]);
    expect(messages).not.toContain('type-code-unknown');
    expect(meeting.typeCodes).toEqual([code]);
    const info = MEETING_GUIDE_TYPE_CODES[code as keyof typeof MEETING_GUIDE_TYPE_CODES];
    if (info.effects.length > 0) expect(fields(meeting)).not.toEqual(fields(plain.meeting));
    for (const effect of info.effects) {
      if (effect.field === 'meetingAccess') expect(meeting.meetingAccess).toBe(effect.value);
      else if (effect.field === 'attendance') expect(meeting.status).toBe('temporarily-closed');
      else expect(meeting[effect.field]).toContain(effect.value);
    }
    const [exported] = exportMeetingGuide([meeting]);
    expect(exported?.types).toContain(code);
  });

  it('maps the codes of the spec examples to the model', () => {
    const { meeting } = importWithTypes(['O', 'W', 'LGBTQ', 'Y', 'S', 'ASL', 'X', 'BE', 'A', 'DD']);
    expect(fields(meeting)).toMatchObject({
      meetingAccess: 'open',
      audiences: ['women', 'lgbtq', 'young-people', 'newcomers'],
      languages: ['es', 'ase'],
      accessibility: ['asl', 'wheelchair'],
      approaches: ['twelve-step', 'secular'],
      concerns: ['alcohol', 'co-occurring'],
    });
  });

  it('reads types written as names and keeps lower-case variants as tags with a hint', () => {
    const named = importWithTypes(['Open', 'Big Book']);
    expect(named.meeting.typeCodes).toEqual(['O', 'B']);
    const lower = importWithTypes(['o']);
    expect(lower.meeting.tags).toEqual(['o']);
    expect(lower.meeting.meetingAccess).toBe('unknown');
    const record = feedRecord('sussexaa.json', 'rehoboth-beach-speaker');
    record.types = ['o'];
    const { report } = importMeetingGuide([record], feedOptions('sussexaa.json'));
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        path: 'types[0]',
        code: 'type-code-unknown',
        message: '"o" is not a Meeting Guide type code (did the feed mean "O"?); kept as a tag.',
      }),
    );
  });
});
