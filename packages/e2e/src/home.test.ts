import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './browser.js';
import type { RunningServer } from './server.js';
import { withProductInBrowser } from './setup.js';
import { openPage } from './site.js';

describe('the product in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  withProductInBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('shows the home page on one phone screen, with the crisis bar and zero axe violations', async () => {
    const { context, page, thirdParty } = await openPage(browser, server.url, {
      viewport: { width: 360, height: 800 },
    });
    const crisisLinesLoaded = page.waitForResponse((r) => r.url().endsWith('/v1/crisis-lines') && r.ok());
    await page.goto(`${server.url}/`);
    await crisisLinesLoaded;
    const bar = page.getByRole('complementary', { name: 'Crisis help' });
    await expect(bar.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(bar.getByRole('link', { name: 'Text 988' }).getAttribute('href')).resolves.toBe('sms:988');
    await expect(bar.getByRole('link', { name: 'All help lines' }).getAttribute('href')).resolves.toBe(
      '/crisis#help-lines',
    );
    await expect(page.getByRole('link', { name: 'Myself' }).getAttribute('href')).resolves.toBe(
      '/find?for=me',
    );
    await expect(page.getByRole('link', { name: 'Someone I care about' }).getAttribute('href')).resolves.toBe(
      '/find?for=someone',
    );
    await expect(page.getByRole('button', { name: 'Use my location' }).count()).resolves.toBe(1);
    // "I need help now" is above the fold of a 360 × 800 phone.
    const helpNow = await page.getByRole('link', { name: 'I need help now' }).boundingBox();
    expect(helpNow && helpNow.y + helpNow.height).toBeLessThanOrEqual(800);
    // No horizontal scrolling at 360 px.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, 'home-en');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('lists every help line on the crisis page, reached from "I need help now"', async () => {
    const { context, page } = await openPage(browser, server.url);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/crisis');
    const lines = page.locator('#help-lines .line__name');
    await expect(lines.allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        '988 Suicide & Crisis Lifeline',
        'SAMHSA National Helpline',
        'Veterans Crisis Line',
      ]),
    );
    expect(await page.getByText('Text HOME to 741741').count()).toBe(1);
    await expect(page.getByRole('link', { name: 'Call 911' }).getAttribute('href')).resolves.toBe('tel:911');
    await screenshot(page, 'crisis-en');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows crisis help with JavaScript turned off: the bar on every page, and the crisis page', async () => {
    const { context, page } = await openPage(browser, server.url, { javaScriptEnabled: false });
    for (const path of ['/', '/find', '/results?c=opioids', '/plan', '/es/search']) {
      await page.goto(`${server.url}${path}`);
      const bar = page.getByRole('complementary', { name: /Crisis help|Ayuda en crisis/ });
      await expect(bar.locator('a[href="tel:988"]').count()).resolves.toBe(1);
      await expect(bar.locator('a[href="sms:988"]').count()).resolves.toBe(1);
    }
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'I need help now' }).click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    await expect(page.getByText('Call 1-800-662-4357 (1-800-662-HELP)').count()).resolves.toBe(1);
    await expect(page.getByText('Press 1 for Veterans Crisis Line').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'crisis-no-js');
    // Pages that need JavaScript say so (in <noscript>, which a browser without scripts shows).
    await page.goto(`${server.url}/find`);
    await expect(page.locator('noscript').innerHTML()).resolves.toContain(
      'This part of the site needs JavaScript',
    );
    await context.close();
  });

  it('serves the Spanish pages with lang="es" and zero axe violations', async () => {
    const { context, page } = await openPage(browser, server.url, { locale: 'es-US' });
    for (const path of ['/es/', '/es/crisis']) {
      await page.goto(`${server.url}${path}`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
      const bar = page.getByRole('complementary', { name: 'Ayuda en crisis' });
      await expect(bar.getByRole('link', { name: 'Llamar 988', exact: true }).count()).resolves.toBe(1);
      expect(await axeViolations(page)).toEqual([]);
    }
    await expect(page.getByText('Oprima 2: Español').count()).resolves.toBeGreaterThan(0);
    await page.goto(`${server.url}/es/`);
    await screenshot(page, 'home-es');
    await context.close();
  });

  it('serves the admin app at /admin/ with the directory it curates', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/admin/`);
    await page.getByRole('table').waitFor();
    await expect(page.getByRole('row').count()).resolves.toBeGreaterThan(9);
    await screenshot(page, 'admin');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
