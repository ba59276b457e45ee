import { describe, expect, it } from 'vitest';
import { hsdsId, isUuid, sha1, URL_NAMESPACE_UUID, uuidV5 } from './uuid.js';

const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('name-based ids', () => {
  it('computes SHA-1 as FIPS 180 does', () => {
    expect(hex(sha1(new TextEncoder().encode('abc')))).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex(sha1(new Uint8Array(0)))).toBe('da39a3ee5e6b4b0d3255bfef95601890afd80709');
    const long = new TextEncoder().encode('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
    expect(hex(sha1(long))).toBe('84983e441c3bd26ebaae4aa1f95129e5e54670f1');
  });

  it('matches the RFC 9562 version 5 example', () => {
    // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });

  it('derives stable, distinct HSDS ids', () => {
    const id = hsdsId('service', 'example-group');
    expect(isUuid(id)).toBe(true);
    expect(id[14]).toBe('5');
    expect(hsdsId('service', 'example-group')).toBe(id);
    expect(hsdsId('location', 'example-group')).not.toBe(id);
    expect(uuidV5('x', URL_NAMESPACE_UUID)).not.toBe(uuidV5('y', URL_NAMESPACE_UUID));
  });
});
