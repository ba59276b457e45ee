import { createHash } from 'node:crypto';

/**
 * A serialized answer with its ETag. The body is kept as UTF-8 bytes: sending a string
 * encodes it again for every response, which was a third of a cached search's time.
 */
export interface CachedAnswer {
  body: Buffer;
  etag: string;
}

/**
 * A small LRU of serialized search answers, keyed by the request's URL. An entry is good for
 * `ttlMs` (answers with "in progress" or "next meeting" depend on the clock; the same window
 * the answer's Cache-Control gives browsers) and only while the index is at the version it
 * was computed from, so a write is never hidden.
 */
export function createResponseCache(options: { max: number; ttlMs: number }) {
  const entries = new Map<string, CachedAnswer & { version: string; at: number }>();
  return {
    get(key: string, version: string, now: number): CachedAnswer | undefined {
      const hit = entries.get(key);
      if (!hit) return undefined;
      entries.delete(key);
      if (hit.version !== version || now - hit.at > options.ttlMs) return undefined;
      entries.set(key, hit);
      return hit;
    },
    set(key: string, version: string, now: number, text: string): CachedAnswer {
      const body = Buffer.from(text);
      const answer = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"` };
      entries.delete(key);
      entries.set(key, { ...answer, version, at: now });
      if (entries.size > options.max) {
        const oldest = entries.keys().next().value;
        if (oldest !== undefined) entries.delete(oldest);
      }
      return answer;
    },
  };
}
