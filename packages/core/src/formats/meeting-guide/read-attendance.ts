import type { Location } from '../../model/location.js';
import type { OnlineJoin } from '../../model/online-join.js';
import type { ResourceStatus } from '../../model/provenance.js';
import type { AttendanceMode } from '../../vocab/attendance.js';
import type { CodesRead } from './read-types.js';
import type { RecordIssues } from './record-context.js';
import { readText } from './values.js';

/**
 * How a meeting is joined from afar: `online` with a link; nothing more for a dial-in
 * alone (`phone` is added for every dial-in); `online` when the feed says so (an option or
 * ONL) but gives no way in, which is reported.
 */
function remoteModes(join: OnlineJoin | undefined): AttendanceMode[] {
  if (join?.url !== undefined) return ['online'];
  return join?.phone !== undefined ? [] : ['online'];
}

/** How a record without an attendance option is attended, as TSML works it out. */
function inferAttendance(
  codes: CodesRead,
  location: Location | undefined,
  join: OnlineJoin | undefined,
): AttendanceMode[] {
  const remote = join !== undefined || codes.online;
  const inPerson = location?.street !== undefined && !codes.locationClosed;
  if (remote && inPerson) return ['in-person', ...remoteModes(join), 'hybrid'];
  if (remote) return remoteModes(join);
  if (inPerson) return ['in-person'];
  return [];
}

/** Reads how a meeting is attended and whether it runs, from `attendance_option`, TC and ONL codes, join info and the address. */
export function readAttendance(
  raw: Record<string, unknown>,
  codes: CodesRead,
  location: Location | undefined,
  join: OnlineJoin | undefined,
  say: RecordIssues,
): { attendance: AttendanceMode[]; status: ResourceStatus } {
  const option = readText(raw.attendance_option)?.toLowerCase().replace('-', '_');
  let status: ResourceStatus = 'active';
  let modes: AttendanceMode[];
  switch (option) {
    case 'in_person':
      modes = ['in-person'];
      break;
    case 'hybrid':
      modes = ['in-person', ...remoteModes(join), 'hybrid'];
      break;
    case 'online':
      modes = remoteModes(join);
      break;
    default: {
      if (option === 'inactive') {
        status = 'inactive';
        say.add(
          'attendance_option',
          'info',
          'inactive',
          'The feed marks the meeting inactive; imported as inactive, so it is never matched.',
        );
      } else if (option !== undefined) {
        say.add(
          'attendance_option',
          'warning',
          'attendance-option-unknown',
          `"${option}" is not an attendance option (in_person, hybrid, online, inactive); worked out from the record instead.`,
        );
      }
      modes = inferAttendance(codes, location, join);
      if (option === undefined && (modes.length > 0 || join !== undefined)) {
        say.add(
          'attendance_option',
          'info',
          'attendance-inferred',
          inferredMessage(modes, join, codes, location),
        );
      }
    }
  }
  if (codes.locationClosed) {
    if (join !== undefined) {
      modes = modes.filter((mode) => mode !== 'in-person' && mode !== 'hybrid');
      if (!modes.includes('online') && join.url !== undefined) modes.push('online');
      say.add(
        'types',
        'info',
        'location-temporarily-closed',
        'TC: the venue is closed for now and the meeting meets online only.',
      );
    } else if (status === 'active') {
      status = 'temporarily-closed';
      say.add(
        'types',
        'info',
        'temporarily-closed',
        'TC with no way to join online: the meeting is temporarily closed.',
      );
    }
  }
  if (join?.phone !== undefined && !modes.includes('phone')) modes.push('phone');
  if (modes.includes('online') && join === undefined) {
    say.add(
      'conference_url',
      'warning',
      'online-without-link',
      'The meeting is held online but the feed gives no link or dial-in.',
    );
  }
  return { attendance: modes, status };
}

/**
 * The words of `attendance-inferred` for each set of evidence, made once: most records of
 * a feed give none, and the words depend only on the five facts of {@link evidenceKey}.
 */
const inferredMessages = new Map<number, string>();

/** The facts that decide both the inferred attendance and its evidence, as bits. */
function evidenceKey(join: OnlineJoin | undefined, codes: CodesRead, location: Location | undefined): number {
  return (
    (join?.url !== undefined ? 1 : 0) |
    (join?.phone !== undefined ? 2 : 0) |
    (codes.online ? 4 : 0) |
    (codes.locationClosed ? 8 : 0) |
    (location?.street !== undefined ? 16 : 0)
  );
}

/** The message of attendance worked out by {@link inferAttendance} as `modes`. */
function inferredMessage(
  modes: readonly AttendanceMode[],
  join: OnlineJoin | undefined,
  codes: CodesRead,
  location: Location | undefined,
): string {
  const key = evidenceKey(join, codes, location);
  let message = inferredMessages.get(key);
  if (message === undefined) {
    const read = join?.phone !== undefined && !modes.includes('phone') ? [...modes, 'phone'] : modes;
    message = `No attendance option; read as ${read.join(' + ')} from the ${describeEvidence(join, codes, location)}.`;
    inferredMessages.set(key, message);
  }
  return message;
}

function describeEvidence(
  join: OnlineJoin | undefined,
  codes: CodesRead,
  location: Location | undefined,
): string {
  const evidence: string[] = [];
  if (join?.url !== undefined) evidence.push('conference link');
  else if (join?.phone !== undefined) evidence.push('dial-in');
  if (codes.online) evidence.push('ONL code');
  if (location?.street !== undefined)
    evidence.push(codes.locationClosed ? 'street address (venue closed, TC)' : 'street address');
  return evidence.join(' and ');
}
