import type { FastifyInstance } from 'fastify';

/*
 * A strict policy: the apps load only their own scripts and styles and call only this API.
 * Map tiles (a later feature) will extend img-src with the configured tile host.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Security and CORS headers on every answer. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    // The public read API is open to every origin; writes and the apps stay same-origin.
    if ((request.method === 'GET' || request.method === 'HEAD') && /^\/(v1|hsds)(\/|$)/.test(request.url)) {
      reply.header('access-control-allow-origin', '*');
    }
    reply.header('content-security-policy', CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('permissions-policy', 'camera=(), microphone=(), interest-cohort=()');
    return payload;
  });
}
