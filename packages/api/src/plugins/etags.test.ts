import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { noneMatchHits, registerEtags, weakEtag } from './etags.js';

describe('noneMatchHits', () => {
  const tag = weakEtag('{"a":1}');

  it('compares weakly, in a list or alone, and takes *', () => {
    expect(noneMatchHits(tag, tag)).toBe(true);
    expect(noneMatchHits(tag.slice(2), tag)).toBe(true);
    expect(noneMatchHits(`"other", ${tag}`, tag)).toBe(true);
    expect(noneMatchHits(' * ', tag)).toBe(true);
    expect(noneMatchHits('"other"', tag)).toBe(false);
    expect(noneMatchHits('', tag)).toBe(false);
  });
});

describe('registerEtags', () => {
  const app = Fastify({ logger: false });
  beforeAll(async () => {
    registerEtags(app);
    app.get('/thing', async () => ({ a: 1 }));
    app.get('/tagged', async (_request, reply) => reply.header('etag', '"set-by-route"').send('body'));
    app.get('/missing', async (_request, reply) => reply.code(404).send({ nothing: true }));
    app.post('/thing', async () => ({ a: 1 }));
    await app.ready();
  });
  afterAll(() => app.close());

  it('tags a GET answer and answers 304 to a client that holds it', async () => {
    const first = await app.inject('/thing');
    expect(first.headers.etag).toBe(weakEtag('{"a":1}'));
    const again = await app.inject({
      url: '/thing',
      headers: { 'if-none-match': `"x", ${first.headers.etag}` },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    const changed = await app.inject({ url: '/thing', headers: { 'if-none-match': '"x"' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ a: 1 });
  });

  it("keeps a route's own tag and compares with it", async () => {
    const first = await app.inject('/tagged');
    expect(first.headers.etag).toBe('"set-by-route"');
    const again = await app.inject({ url: '/tagged', headers: { 'if-none-match': 'W/"set-by-route"' } });
    expect(again.statusCode).toBe(304);
  });

  it('tags neither a POST nor an error', async () => {
    const posted = await app.inject({ method: 'POST', url: '/thing', headers: { 'if-none-match': '*' } });
    expect(posted.statusCode).toBe(200);
    expect(posted.headers.etag).toBeUndefined();
    const missing = await app.inject({ url: '/missing', headers: { 'if-none-match': '*' } });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });
});
