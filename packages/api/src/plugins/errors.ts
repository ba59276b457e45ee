import { ERROR_STATUS, type ErrorCode, type Problem } from '@recovery-circles/core';
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';

/** Builds an RFC 9457 problem body for a stable error code. */
export function problem(code: ErrorCode, title: string, detail?: string, extra?: Partial<Problem>): Problem {
  return {
    type: `https://recovery-circles.org/problems/${code}`,
    title,
    status: ERROR_STATUS[code],
    code,
    ...(detail === undefined ? {} : { detail }),
    ...extra,
  };
}

const CLIENT_ERRORS: Partial<Record<number, [ErrorCode, string]>> = {
  400: ['bad_request', 'Bad request'],
  404: ['not_found', 'Not found'],
  405: ['method_not_allowed', 'Method not allowed'],
  413: ['payload_too_large', 'The request body is too large'],
  415: ['unsupported_media_type', 'Unsupported content type'],
  429: ['rate_limited', 'Too many requests'],
  503: ['unavailable', 'Temporarily unavailable'],
};

/** A 400 problem from zod issues found while parsing something a route received. */
export function validationProblem(
  where: string,
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Problem {
  return problem('validation_failed', 'The request is not valid', issues.map((i) => i.message).join('; '), {
    errors: issues.map((i) => ({ path: [where, ...i.path.map(String)].join('.'), message: i.message })),
  });
}

/**
 * One error handler for the whole app: every error leaves as problem+json with a stable
 * code; a 5xx never carries its message or stack to the client.
 */
export function registerErrorHandling(
  app: FastifyInstance,
  notFoundPage?: (path: string) => string | undefined,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    let body: Problem;
    if (hasZodFastifySchemaValidationErrors(error)) {
      body = problem('validation_failed', 'The request is not valid', error.message, {
        errors: error.validation.map((v) => ({
          path: `${error.validationContext ?? 'request'}${v.instancePath.replaceAll('/', '.')}`,
          message: v.message ?? 'invalid',
        })),
      });
    } else if (isResponseSerializationError(error) || !error.statusCode || error.statusCode >= 500) {
      request.log.error({ err: error }, 'request failed');
      body = problem('internal', 'Something went wrong on our side', 'Please try again in a moment.');
    } else {
      const [code, title] = CLIENT_ERRORS[error.statusCode] ?? ['bad_request', 'Bad request'];
      body = problem(
        code,
        error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' ? 'Invalid JSON' : title,
        error.message,
      );
      body.status = error.statusCode;
    }
    void reply.status(body.status).type('application/problem+json').send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const page = request.method === 'GET' ? notFoundPage?.(path) : undefined;
    if (page) {
      void reply.status(404).type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(page);
      return;
    }
    void reply
      .status(404)
      .type('application/problem+json')
      .send(
        problem(
          'not_found',
          'Not found',
          `Nothing is served at ${request.method} ${request.url.split('?')[0]}.`,
        ),
      );
  });
}
