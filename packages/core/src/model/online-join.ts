import { z } from 'zod';
import { PhoneNumberSchema, WebUrlSchema } from './primitives.js';

/** The video or call platforms online meetings are held on; `other` for the rest. */
export const OnlinePlatformSchema = z.enum([
  'zoom',
  'google-meet',
  'microsoft-teams',
  'webex',
  'gotomeeting',
  'skype',
  'discord',
  'jitsi',
  'freeconferencecall',
  'other',
]);
/** A video or call platform. */
export type OnlinePlatform = z.infer<typeof OnlinePlatformSchema>;

/** How to join online or by dial-in. At least a URL or a dial-in number. */
export const OnlineJoinSchema = z
  .object({
    url: WebUrlSchema.optional(),
    /** Dial-in number, as published. */
    phone: PhoneNumberSchema.optional(),
    meetingId: z.string().trim().min(1).max(64).optional(),
    /** Only when the group publishes it; many share it on request only, and then it stays out. */
    passcode: z.string().trim().min(1).max(64).optional(),
    platform: OnlinePlatformSchema.optional(),
    /** Joining notes as published, e.g. "Email for the password". */
    notes: z.string().trim().min(1).optional(),
  })
  .refine((join) => join.url !== undefined || join.phone !== undefined, {
    message: 'a join URL or a dial-in number',
    path: ['url'],
  });
/** How to join online or by dial-in. */
export type OnlineJoin = z.infer<typeof OnlineJoinSchema>;

const platformHosts: readonly [OnlinePlatform, readonly string[]][] = [
  ['zoom', ['zoom.us', 'zoom.com', 'zoomgov.com']],
  ['google-meet', ['meet.google.com']],
  ['microsoft-teams', ['teams.microsoft.com', 'teams.live.com']],
  ['webex', ['webex.com']],
  ['gotomeeting', ['gotomeeting.com', 'gotomeet.me', 'goto.com']],
  ['skype', ['skype.com']],
  ['discord', ['discord.gg', 'discord.com']],
  ['jitsi', ['meet.jit.si']],
  ['freeconferencecall', ['freeconferencecall.com']],
];

/**
 * The platform a join URL belongs to, from its host name (subdomains such as
 * "us02web.zoom.us" count); `other` for any other valid URL, undefined for text that is not a URL.
 */
export function detectOnlinePlatform(url: string): OnlinePlatform | undefined {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
  for (const [platform, hosts] of platformHosts) {
    if (hosts.some((h) => host === h || host.endsWith(`.${h}`))) return platform;
  }
  return 'other';
}
