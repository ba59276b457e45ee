import type { z } from 'zod';
import { type CrisisLinesResponse, CrisisLinesResponseSchema } from '../contract/crisis-lines.js';
import { type Problem, ProblemSchema } from '../contract/problem.js';

export interface ClientOptions {
  /** Where the API is served, e.g. "https://example.org" or "" for the same origin. */
  baseUrl: string;
  /** A fetch implementation; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** An error answer of the API, with its RFC 9457 problem details when it sent them. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(problem ? `${problem.title}: ${problem.detail ?? problem.code}` : `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

/** A typed client for the public Recovery Circles API; every answer is validated. */
export function createClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function get<S extends z.ZodType>(path: string, schema: S, signal?: AbortSignal) {
    const response = await doFetch(`${base}${path}`, {
      headers: { accept: 'application/json' },
      ...(signal ? { signal } : {}),
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = ProblemSchema.safeParse(body);
      throw new ApiError(response.status, problem.success ? problem.data : undefined);
    }
    return schema.parse(body) as z.infer<S>;
  }

  return {
    /** Every crisis and help line (`GET /v1/crisis-lines`). */
    crisisLines(signal?: AbortSignal): Promise<CrisisLinesResponse> {
      return get('/v1/crisis-lines', CrisisLinesResponseSchema, signal);
    },
  };
}
export type Client = ReturnType<typeof createClient>;
