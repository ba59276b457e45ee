import { ApiError, type Client, type Problem, queryString } from '@recovery-circles/core';

/*
 * The public API, same origin, with the signatures of core's `createClient` but without its
 * zod schemas (about 30 KB compressed, more than all the rest of a page). The answers come
 * from our own server, which checks them with those schemas on the way out (match answers are
 * core's output over schema-checked records, sent without the re-check), so the pages take
 * the JSON as typed. Validation stays where data does not come from our own server: an
 * imported plan file (`plan/plan-schema.ts`).
 */

/** Whether an error body has the shape of RFC 9457 problem details as the API sends them. */
function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const { type, title, status, code } = body as Record<string, unknown>;
  return (
    typeof type === 'string' &&
    typeof title === 'string' &&
    typeof status === 'number' &&
    typeof code === 'string'
  );
}

/** GETs or POSTs JSON; an error answer becomes core's `ApiError`, as with `createClient`. */
async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await fetch(path, {
    ...init,
    headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw new ApiError(response.status, isProblem(body) ? body : undefined);
  if (body === undefined) throw new ApiError(response.status, undefined);
  return body as T;
}

const signalOf = (signal?: AbortSignal): RequestInit => (signal ? { signal } : {});

/** The one client of the public API, same origin; pages load it with their own chunk. */
export const api: Client = {
  crisisLines: (signal) => call('/v1/crisis-lines', signalOf(signal)),
  vocabularies: (signal) => call('/v1/vocabularies', signalOf(signal)),
  geocode: (where, signal) =>
    call(
      `/v1/geocode${queryString('zip' in where ? { zip: where.zip } : { place: where.place })}`,
      signalOf(signal),
    ),
  search: (params, signal) => call(`/v1/resources${queryString(params)}`, signalOf(signal)),
  resource: (id, signal) => call(`/v1/resources/${encodeURIComponent(id)}`, signalOf(signal)),
  calendarUrl: (id) => `/v1/resources/${encodeURIComponent(id)}/calendar.ics`,
  match: (profile, signal) =>
    call('/v1/match', { method: 'POST', body: JSON.stringify(profile), ...signalOf(signal) }),
  suggest: (suggestion, signal) =>
    call('/v1/suggestions', { method: 'POST', body: JSON.stringify(suggestion), ...signalOf(signal) }),
};
