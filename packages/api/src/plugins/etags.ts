import { hash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';

/** A weak entity tag of a body: the base64url SHA-1 of its bytes. */
export function weakEtag(body: string | Buffer): string {
  return `W/"${hash('sha1', body, 'base64url')}"`;
}

/**
 * Whether an If-None-Match header names this tag: `*`, or one of a comma-separated list,
 * compared weakly (RFC 9110 §13.1.2, the `W/` prefix ignored on both sides).
 */
export function noneMatchHits(header: string, etag: string): boolean {
  if (header.trim() === '*') return true;
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag;
  return header.split(',').some((tag) => {
    const trimmed = tag.trim();
    return (trimmed.startsWith('W/') ? trimmed.slice(2) : trimmed) === opaque;
  });
}

/**
 * ETags on successful GET and HEAD answers, and 304 Not Modified when the client holds the
 * same. A route that knows its tag (a cached search answer) sets it and nothing is hashed.
 * Other methods get none: no client revalidates a POST's answer, and hashing each match
 * answer was a tenth of its time (bench/, 100,000 resources).
 */
export function registerEtags(app: FastifyInstance): void {
  app.addHook('onSend', (request, reply, payload, done) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) {
      done(null, payload);
      return;
    }
    let etag = reply.getHeader('etag');
    if (etag === undefined) {
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) {
        done(null, payload);
        return;
      }
      etag = weakEtag(payload);
      reply.header('etag', etag);
    }
    const ifNoneMatch = request.headers['if-none-match'];
    if (typeof ifNoneMatch === 'string' && typeof etag === 'string' && noneMatchHits(ifNoneMatch, etag)) {
      reply.code(304);
      done(null, '');
      return;
    }
    done(null, payload);
  });
}
