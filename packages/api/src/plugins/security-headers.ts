import type { FastifyInstance } from 'fastify';

/*
 * A strict policy: the apps load only their own scripts and styles (the one inline stylesheet
 * of the web app's pages allowed by its hash) and call only this API;
 * the one outside host is the map's tile server, whose images load only once a visitor
 * opens the map.
 */
function contentSecurityPolicy(tileOrigin: string, styleHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(' '),
    `img-src 'self' data: ${tileOrigin}`,
    "connect-src 'self'",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Security and CORS headers on every answer. */
export function registerSecurityHeaders(
  app: FastifyInstance,
  options: {
    tileOrigin: string;
    /** Hashes of inline styles the served pages carry (see `inlineStyleHashes`). */
    styleHashes?: readonly string[];
  },
): void {
  const csp = contentSecurityPolicy(options.tileOrigin, options.styleHashes ?? []);
  app.addHook('onSend', async (request, reply, payload) => {
    // The public read API is open to every origin; writes and the apps stay same-origin.
    if ((request.method === 'GET' || request.method === 'HEAD') && /^\/(v1|hsds)(\/|$)/.test(request.url)) {
      reply.header('access-control-allow-origin', '*');
    }
    reply.header('content-security-policy', csp);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(self), interest-cohort=()');
    return payload;
  });
}
