import type { ChannelType, CrisisAudience, CrisisLine } from '../crisis/crisis-line.js';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { type Hotline, HotlineSchema } from '../model/resource-kinds.js';
import type { Schedule } from '../schedule/schedule-schema.js';
import type { AccessibilityFeature } from '../vocab/accessibility.js';
import type { Approach } from '../vocab/approaches.js';
import type { AttendanceMode } from '../vocab/attendance.js';
import type { Audience } from '../vocab/audiences.js';
import type { Concern } from '../vocab/concerns.js';
import type { Serves } from '../vocab/serves.js';

/** The id of the hotline resource made from a crisis line, e.g. "hotline-988-lifeline". */
export function hotlineIdForCrisisLine(lineId: string): string {
  return `hotline-${lineId}`;
}

const audienceTerms: Record<CrisisAudience, readonly Audience[]> = {
  anyone: [],
  veterans: ['veterans'],
  'lgbtq-youth': ['lgbtq', 'young-people'],
  families: ['families'],
  'people-who-use-drugs': [],
  parents: ['parents'],
};

const attendanceOfChannel: Record<ChannelType, AttendanceMode> = {
  call: 'phone',
  text: 'phone',
  tty: 'phone',
  videophone: 'phone',
  chat: 'online',
};

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function servesOf(line: CrisisLine): Serves {
  // A line for anyone also takes calls from people worried about someone.
  const forOthers = line.audiences.some((a) => a === 'anyone' || a === 'families' || a === 'parents');
  return forOthers ? 'both' : 'person-in-recovery';
}

function scheduleOf(line: CrisisLine): Schedule | undefined {
  switch (line.hours.kind) {
    case 'always':
      return { type: 'always' };
    case 'weekly': {
      const { days, opens, closes, timeZone } = line.hours;
      // Crisis lines number days ISO-style (7 = Sunday); schedules use 0 = Sunday.
      return { type: 'opening-hours', hours: days.map((day) => ({ day: day % 7, opens, closes })), timeZone };
    }
    case 'varies':
      return undefined;
  }
}

function accessibilityOf(line: CrisisLine): AccessibilityFeature[] {
  return unique(
    line.channels.flatMap((channel): AccessibilityFeature[] => {
      if (channel.type === 'tty') return ['tty'];
      if (channel.type === 'videophone' && channel.signLanguage === 'ase') return ['asl'];
      return [];
    }),
  );
}

/** The official address as the facts write it: the source URL without scheme or "www.". */
function officialAddress(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/^www\./, '');
}

/**
 * A crisis line as a hotline resource in the crisis circle, so the directory, the API and
 * exports treat it like any other record. Every fact is read from the line; nothing is added
 * beyond what its structured fields already say.
 */
export function hotlineFromCrisisLine(line: CrisisLine): Hotline {
  const forDrugUse = line.audiences.includes('people-who-use-drugs');
  const concerns: Concern[] = forDrugUse ? ['general-substance-use'] : [];
  // A line that stays on while someone uses, to send help if needed, is harm reduction by definition.
  const approaches: Approach[] = forDrugUse ? ['harm-reduction'] : [];
  const schedule = scheduleOf(line);
  const hoursNote = line.hours.kind === 'always' ? undefined : line.hours.text;
  const id = hotlineIdForCrisisLine(line.id);
  return HotlineSchema.parse({
    kind: 'hotline',
    id,
    slug: id,
    name: line.name,
    description: line.description.en,
    localizedDescription: line.description,
    circles: ['crisis'],
    serves: servesOf(line),
    concerns,
    approaches,
    audiences: unique(line.audiences.flatMap((a) => audienceTerms[a])),
    languages: line.languages,
    attendance: unique(line.channels.map((c) => attendanceOfChannel[c.type])),
    ...(schedule ? { schedule } : {}),
    cost: line.free ? ['free'] : [],
    accessibility: accessibilityOf(line),
    contact: line.source ? [{ type: 'website', url: line.source }] : [],
    provenance: line.source
      ? { source: officialAddress(line.source), sourceUrl: line.source }
      : { source: line.name },
    verification: { verifiedAt: line.verifiedAt },
    status: 'active',
    channels: line.channels,
    isCrisisLine: line.isCrisisLine,
    isEmergency: line.isEmergency,
    crisisLineId: line.id,
    ...(line.maxAge !== undefined ? { maxAge: line.maxAge } : {}),
    forWhom: line.forWhom,
    ...(hoursNote ? { hoursNote } : {}),
    ...(line.interpretation ? { interpretation: line.interpretation } : {}),
  });
}

/** Every line of `CRISIS_LINES` as a hotline resource, in the same order. */
export const CRISIS_HOTLINES: readonly Hotline[] = Object.freeze(CRISIS_LINES.map(hotlineFromCrisisLine));
