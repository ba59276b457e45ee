import { describe, expect, it } from 'vitest';
import { PAGES, render } from './entry-server.js';

describe('prerendered pages', () => {
  it('put every crisis channel on the crisis page in the HTML itself', () => {
    const { html, title } = render('en', 'crisis');
    expect(title).toMatch(/Help now/);
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('https://988lifeline.org/chat');
    expect(html).toContain('Press 1 for Veterans Crisis Line');
    expect(html).toContain('Text HOME to 741741');
    expect(html).toContain('tel:18006624357');
    expect(html).toContain('href="tel:911"');
  });

  it('render Spanish with the same lines', () => {
    const { html, title } = render('es', 'crisis');
    expect(title).toMatch(/Ayuda/);
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('Oprima 2: Español');
    expect(html).toContain('Aún no verificado');
  });

  it('put the crisis bar, quick exit and language switch on every page, in both languages', () => {
    for (const page of PAGES) {
      for (const locale of ['en', 'es'] as const) {
        const { html, crisisLinesJson } = render(locale, page);
        expect(html, page).toContain('class="crisis-bar"');
        expect(html, page).toContain('href="tel:988"');
        expect(html, page).toContain('class="quick-exit" href="https://www.google.com/"');
        expect(html, page).toContain(locale === 'en' ? 'hrefLang="es"' : 'hrefLang="en"');
        expect(crisisLinesJson).not.toContain('<');
        expect(JSON.parse(crisisLinesJson)).toHaveLength(9);
      }
    }
  });

  it('keep the home page short: who it is for, a quick search, and help now', () => {
    const { html } = render('en', 'home');
    expect(html).toContain('href="/find?for=me"');
    expect(html).toContain('href="/find?for=someone"');
    expect(html).toContain('action="/results"');
    expect(html).toContain('href="/crisis">I need help now');
    expect(html).not.toContain('class="line-list"');
  });
});
