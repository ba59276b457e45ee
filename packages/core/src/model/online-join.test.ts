import { readFixture } from '@recovery-circles/fixtures';
import { describe, expect, it } from 'vitest';
import { detectOnlinePlatform, OnlineJoinSchema } from './online-join.js';

describe('detectOnlinePlatform', () => {
  it('knows the common platforms by host, subdomains included', () => {
    expect(detectOnlinePlatform('https://zoom.us/j/1234567890')).toBe('zoom');
    expect(detectOnlinePlatform('https://us02web.zoom.us/j/123')).toBe('zoom');
    expect(detectOnlinePlatform('https://meet.google.com/abc-defg-hij')).toBe('google-meet');
    expect(detectOnlinePlatform('https://teams.microsoft.com/l/meetup-join/x')).toBe('microsoft-teams');
    expect(detectOnlinePlatform('https://example.webex.com/meet/x')).toBe('webex');
    expect(detectOnlinePlatform('https://discord.gg/abc')).toBe('discord');
    expect(detectOnlinePlatform('https://notzoom.us/j/1')).toBe('other');
    expect(detectOnlinePlatform('not a url')).toBeUndefined();
  });

  it('names a platform for every conference URL of a real feed', () => {
    const feed = JSON.parse(readFixture('meeting-guide', 'feeds', 'oc.json')) as {
      conference_url?: string;
    }[];
    const urls = feed.flatMap((m) => (m.conference_url ? [m.conference_url] : []));
    expect(urls.length).toBeGreaterThan(10);
    const platforms = urls.map(detectOnlinePlatform);
    expect(platforms).not.toContain(undefined);
    expect(platforms.filter((p) => p === 'zoom').length).toBeGreaterThan(urls.length / 2);
  });
});

describe('OnlineJoinSchema', () => {
  it('takes a link, a dial-in number, or both', () => {
    expect(
      OnlineJoinSchema.safeParse({ url: 'https://zoom.us/j/1234567890', platform: 'zoom' }).success,
    ).toBe(true);
    expect(OnlineJoinSchema.safeParse({ phone: '+1 929 205 6099', meetingId: '123 4567 890' }).success).toBe(
      true,
    );
    expect(OnlineJoinSchema.safeParse({ passcode: '123456' }).success).toBe(false);
  });
});
