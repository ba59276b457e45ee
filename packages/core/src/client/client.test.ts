import { describe, expect, it } from 'vitest';
import { CRISIS_LINES } from '../crisis/crisis-lines.js';
import { ApiError, createClient } from './client.js';

function fakeFetch(status: number, body: unknown): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createClient', () => {
  it('validates and returns crisis lines', async () => {
    const client = createClient({ baseUrl: 'http://x/', fetch: fakeFetch(200, { data: CRISIS_LINES }) });
    const { data } = await client.crisisLines();
    expect(data.map((l) => l.id)).toContain('988-lifeline');
  });

  it('rejects an answer that breaks the contract', async () => {
    const client = createClient({ baseUrl: 'http://x', fetch: fakeFetch(200, { data: [{ id: 1 }] }) });
    await expect(client.crisisLines()).rejects.toThrow();
  });

  it('turns problem details into an ApiError', async () => {
    const problem = { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' };
    const client = createClient({ baseUrl: 'http://x', fetch: fakeFetch(503, problem) });
    const error = await client.crisisLines().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).problem?.code).toBe('unavailable');
  });
});
