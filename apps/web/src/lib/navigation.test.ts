import { describe, expect, it } from 'vitest';
import { clientDestination, plainClick } from './navigation.js';

const HERE = 'https://circles.example/find?for=me&step=6';

describe('client-side navigation', () => {
  it('shows our own pages of the same language in this document', () => {
    expect(clientDestination('/results?for=me&c=alcohol', HERE, 'en')).toEqual({
      page: 'results',
      path: '/results?for=me&c=alcohol',
    });
    expect(clientDestination('https://circles.example/', HERE, 'en')).toEqual({ page: 'home', path: '/' });
    expect(clientDestination('search?circle=family', 'https://circles.example/results', 'en')).toEqual({
      page: 'search',
      path: '/search?circle=family',
    });
    expect(clientDestination('/es/results?where=19103', 'https://circles.example/es/find', 'es')).toEqual({
      page: 'results',
      path: '/es/results?where=19103',
    });
    expect(clientDestination('/es/', 'https://circles.example/es/find', 'es')).toEqual({
      page: 'home',
      path: '/es/',
    });
  });

  it('leaves other sites, other languages, fragments and non-pages to the browser', () => {
    // Another origin: quick exit, a resource's own website, tiles.
    expect(clientDestination('https://www.google.com/', HERE, 'en')).toBeUndefined();
    expect(clientDestination('http://circles.example/results', HERE, 'en')).toBeUndefined();
    expect(clientDestination('tel:988', HERE, 'en')).toBeUndefined();
    expect(clientDestination('mailto:help@example.org', HERE, 'en')).toBeUndefined();
    // The language switch loads the page anew (its lang, the stored preference).
    expect(clientDestination('/es/find?for=me', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/find?for=me', 'https://circles.example/es/find', 'es')).toBeUndefined();
    // Fragments: the skip link, "all lines" on the crisis page.
    expect(clientDestination('#main', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/crisis#help-lines', HERE, 'en')).toBeUndefined();
    // Not one of our pages at its own address: the API, the admin app, files, the 404 page.
    expect(clientDestination('/v1/resources/x/calendar.ics', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/admin/', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/404.html', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/nope', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/results/', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/results.html', HERE, 'en')).toBeUndefined();
    expect(clientDestination('/es', 'https://circles.example/es/find', 'es')).toBeUndefined();
    expect(clientDestination('http://[bad', HERE, 'en')).toBeUndefined();
  });

  it('takes over plain clicks only', () => {
    const click = {
      button: 0,
      metaKey: false,
      ctrlKey: false,
      shiftKey: false,
      altKey: false,
      defaultPrevented: false,
    };
    const link = (target = '', download = false) => ({
      target,
      hasAttribute: (name: string) => download && name === 'download',
    });
    expect(plainClick(click, link())).toBe(true);
    expect(plainClick(click, link('_self'))).toBe(true);
    expect(plainClick({ ...click, defaultPrevented: true }, link())).toBe(false);
    expect(plainClick({ ...click, button: 1 }, link())).toBe(false);
    expect(plainClick({ ...click, ctrlKey: true }, link())).toBe(false);
    expect(plainClick({ ...click, metaKey: true }, link())).toBe(false);
    expect(plainClick({ ...click, shiftKey: true }, link())).toBe(false);
    expect(plainClick(click, link('_blank'))).toBe(false);
    expect(plainClick(click, link('', true))).toBe(false);
  });
});
