import { describe, expect, it } from 'vitest';
import { detectOnlinePlatform } from '../../model/online-join.js';
import { toWebUrl, WebUrlReader } from './values.js';

/** Scheme and authority of addresses a feed may hold, good and bad, for the URL parser's corners. */
const SITES = [
  'https://www.aasepia.org',
  'https://',
  'https:///',
  'https:///example.org',
  'https:\\\\example.org',
  'HTTPS://EXAMPLE.ORG',
  'http://example.org:8080',
  'http://example.org:99999',
  'https://example.org:',
  'https://user:secret@example.org',
  'https://@example.org',
  'https://exa mple.org',
  'https://exa\tmple.org',
  'https://example_site.org',
  'https://192.168.0.1',
  'https://[::1]',
  'https://example.org.',
  'https://ëxample.org',
  'https://%41xample.org',
  'https://localhost',
  'https://us02web.zoom.us',
  'https://zoom.us.example.org',
  'https:example.org',
];
const RESTS = [
  '',
  '/',
  '/j/123456789',
  '?meeting=a-b',
  '#top',
  '\\path',
  '/a b',
  '/%zz',
  '//x',
  '@other.org/',
];

describe('WebUrlReader', () => {
  it('reads every address as toWebUrl does, and names its platform as detectOnlinePlatform does', () => {
    const reader = new WebUrlReader();
    // Twice over, so the second reading of each site comes from what the first remembered.
    const addresses = SITES.flatMap((site) => RESTS.map((rest) => site + rest));
    for (const address of [...addresses, ...[...addresses].reverse()]) {
      const expected = toWebUrl(address);
      expect(reader.read(address), address).toBe(expected);
      if (expected !== undefined)
        expect(reader.platform(expected), address).toBe(detectOnlinePlatform(expected));
    }
  });
});
