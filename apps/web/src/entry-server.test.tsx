import { describe, expect, it } from 'vitest';
import { render } from './entry-server.js';

describe('prerendered pages', () => {
  it('put every crisis channel of 988 in the HTML itself', () => {
    const { html } = render('en');
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('href="sms:988"');
    expect(html).toContain('https://988lifeline.org/chat');
    expect(html).toContain('Press 1 for Veterans Crisis Line');
    expect(html).toContain('Text HOME to 741741');
    expect(html).toContain('tel:18006624357');
  });

  it('render Spanish with the same lines', () => {
    const { html, title } = render('es');
    expect(title).toMatch(/apoyo/);
    expect(html).toContain('href="tel:988"');
    expect(html).toContain('Oprima 2: Español');
    expect(html).toContain('Aún no verificado');
  });
});
