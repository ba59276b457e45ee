import type { OnlineJoin } from '../../model/online-join.js';
import { isPhoneNumber, type WebUrlReader } from './values.js';

/** The conference fields of a record, read. */
export interface ConferenceRead {
  join?: OnlineJoin;
  /** The URL as written, when it was there but is not an http(s) address with a domain. */
  invalidUrl?: string;
  /** The dial-in as written, when it was there but has no number to call. */
  invalidPhone?: string;
  /** The dial-in as written, when it was too long and was cut to its number and meeting id. */
  shortenedPhone?: string;
}

const ZOOM_ID = /\/(?:j|join|w|my)\/(\d{9,11})(?:[/?#]|$)/;
const DIAL_TRIM = /[^0-9+*#,]/g;
const DIAL_SEGMENT = /^[+]?[0-9]{3,15}$/;
const MEETING_ID = /^(\d{6,15})#?$/;

/** A dial-in cut to its number and the meeting id that follows it, e.g. "+13017158592,,503536771#". */
function shortenDialString(phone: string): string | undefined {
  const segments = phone.replace(DIAL_TRIM, '').split(',').filter(Boolean);
  const number = segments[0];
  if (number === undefined || !DIAL_SEGMENT.test(number)) return undefined;
  const id = segments[1] === undefined ? undefined : MEETING_ID.exec(segments[1])?.[1];
  return id ? `${number},,${id}#` : number;
}

/**
 * Reads `conference_url`, `conference_phone` and their notes into the model's join info,
 * naming the platform from the URL's host. A dial-in longer than the model allows (some
 * carry an encrypted passcode) keeps its number and meeting id.
 */
export function readConference(
  url: string | undefined,
  phone: string | undefined,
  urlNotes: string | undefined,
  phoneNotes: string | undefined,
  webUrls: WebUrlReader,
): ConferenceRead {
  const read: ConferenceRead = {};
  const web = url === undefined ? undefined : webUrls.read(url);
  if (url !== undefined && web === undefined) read.invalidUrl = url;
  let dial: string | undefined;
  if (phone !== undefined) {
    if (isPhoneNumber(phone)) dial = phone;
    else {
      const short = shortenDialString(phone);
      if (short !== undefined && isPhoneNumber(short)) {
        dial = short;
        read.shortenedPhone = phone;
      } else read.invalidPhone = phone;
    }
  }
  if (web === undefined && dial === undefined) return read;
  const join: OnlineJoin = {};
  if (web !== undefined) {
    join.url = web;
    const platform = webUrls.platform(web);
    if (platform) join.platform = platform;
    const id = platform === 'zoom' ? ZOOM_ID.exec(web)?.[1] : undefined;
    if (id) join.meetingId = id;
  }
  if (dial !== undefined) join.phone = dial;
  const notes =
    urlNotes === undefined || phoneNotes === undefined
      ? (urlNotes ?? phoneNotes)
      : `${urlNotes}\n${phoneNotes}`;
  if (notes !== undefined) join.notes = notes;
  read.join = join;
  return read;
}
