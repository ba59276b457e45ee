import type { FastifyReply } from 'fastify';
import { weakEtag } from '../plugins/etags.js';

/**
 * A serialized answer, with its ETag when the cache makes them. The body is kept as UTF-8
 * bytes: sending a string encodes it again for every response, which was a third of a cached
 * search's time.
 */
export interface CachedAnswer {
  body: Buffer;
  etag?: string;
}

/**
 * A small LRU of serialized answers, keyed by what determines them (a search's URL, a
 * match's profile hash). An entry is good for `ttlMs` (answers with "in progress" or "next
 * meeting" depend on the clock) and only while the index is at the version it was computed
 * from, so a write is never hidden. It lives in memory only and goes with the process.
 */
export function createResponseCache(options: { max: number; ttlMs: number; etags: boolean }) {
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
      const answer: CachedAnswer = options.etags ? { body, etag: weakEtag(body) } : { body };
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

/** Sends a serialized JSON answer as it is, with its ETag if it has one. */
export function sendAnswer(reply: FastifyReply, answer: CachedAnswer, cacheControl: string): FastifyReply {
  if (answer.etag !== undefined) void reply.header('etag', answer.etag);
  return reply
    .header('cache-control', cacheControl)
    .type('application/json; charset=utf-8')
    .send(answer.body);
}
