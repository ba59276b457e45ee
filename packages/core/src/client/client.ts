import type { z } from 'zod';
import { type CrisisLinesResponse, CrisisLinesResponseSchema } from '../contract/crisis-lines.js';
import { type GeocodeResponse, GeocodeResponseSchema } from '../contract/geocode.js';
import { type MatchResponse, MatchResponseSchema } from '../contract/match.js';
import { type Problem, ProblemSchema } from '../contract/problem.js';
import { type ResourceResponse, ResourceResponseSchema } from '../contract/resource.js';
import { type SearchResponse, SearchResponseSchema } from '../contract/search.js';
import {
  type SuggestionReceipt,
  SuggestionReceiptSchema,
  type SuggestionRequest,
} from '../contract/suggestions.js';
import { type VocabulariesResponse, VocabulariesResponseSchema } from '../contract/vocabularies.js';
import type { NeedsProfileInput } from '../model/needs-profile.js';

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

/**
 * Query-string parameters of `GET /v1/resources`, as the API documents them: lists are
 * comma-separated, `near` is "lat,lng" (or give `zip` or `place`).
 */
export type SearchParams = Record<string, string | number | boolean | readonly string[] | undefined>;

/**
 * The query string of `params` as the API reads it ("?a=1&b=x,y", lists comma-separated,
 * undefined values left out), or "" when there is nothing to send.
 */
export function queryString(params: SearchParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    search.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

/** A typed client for the public Recovery Circles API; every answer is validated. */
export function createClient(options: ClientOptions) {
  const base = options.baseUrl.replace(/\/$/, '');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);

  async function call<S extends z.ZodType>(
    path: string,
    schema: S,
    init: RequestInit = {},
  ): Promise<z.infer<S>> {
    const response = await doFetch(`${base}${path}`, {
      ...init,
      headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
    });
    const body: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const problem = ProblemSchema.safeParse(body);
      throw new ApiError(response.status, problem.success ? problem.data : undefined);
    }
    return schema.parse(body);
  }
  const signalOf = (signal?: AbortSignal): RequestInit => (signal ? { signal } : {});

  return {
    /** Every crisis and help line (`GET /v1/crisis-lines`). */
    crisisLines(signal?: AbortSignal): Promise<CrisisLinesResponse> {
      return call('/v1/crisis-lines', CrisisLinesResponseSchema, signalOf(signal));
    },
    /** Every vocabulary with English and Spanish labels (`GET /v1/vocabularies`). */
    vocabularies(signal?: AbortSignal): Promise<VocabulariesResponse> {
      return call('/v1/vocabularies', VocabulariesResponseSchema, signalOf(signal));
    },
    /** A ZIP code or "City, ST" to coordinates (`GET /v1/geocode`). */
    geocode(where: { zip: string } | { place: string }, signal?: AbortSignal): Promise<GeocodeResponse> {
      return call(`/v1/geocode${queryString(where)}`, GeocodeResponseSchema, signalOf(signal));
    },
    /** Searches the directory (`GET /v1/resources`). */
    search(params: SearchParams, signal?: AbortSignal): Promise<SearchResponse> {
      return call(`/v1/resources${queryString(params)}`, SearchResponseSchema, signalOf(signal));
    },
    /** One resource with its next occurrences (`GET /v1/resources/:id`). */
    resource(id: string, signal?: AbortSignal): Promise<ResourceResponse> {
      return call(`/v1/resources/${encodeURIComponent(id)}`, ResourceResponseSchema, signalOf(signal));
    },
    /** The address of a meeting's calendar file (`GET /v1/resources/:id/calendar.ics`). */
    calendarUrl(id: string): string {
      return `${base}/v1/resources/${encodeURIComponent(id)}/calendar.ics`;
    },
    /** The support network for a needs profile (`POST /v1/match`). */
    match(profile: NeedsProfileInput, signal?: AbortSignal): Promise<MatchResponse> {
      return call('/v1/match', MatchResponseSchema, {
        method: 'POST',
        body: JSON.stringify(profile),
        ...signalOf(signal),
      });
    },
    /** Suggests a resource or reports a problem (`POST /v1/suggestions`). */
    suggest(suggestion: SuggestionRequest, signal?: AbortSignal): Promise<SuggestionReceipt> {
      return call('/v1/suggestions', SuggestionReceiptSchema, {
        method: 'POST',
        body: JSON.stringify(suggestion),
        ...signalOf(signal),
      });
    },
  };
}
/** The typed API client. */
export type Client = ReturnType<typeof createClient>;
