import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, screenshot } from './browser.js';
import { type RunningServer, startProduct } from './server.js';

describe('the product in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startProduct();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the crisis lines on the home page, with zero axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const crisisLinesLoaded = page.waitForResponse((r) => r.url().endsWith('/v1/crisis-lines') && r.ok());
    await page.goto(`${server.url}/`);
    await crisisLinesLoaded;
    const bar = page.getByRole('complementary', { name: 'Crisis help' });
    await expect(bar.getByRole('link', { name: 'Call 988' }).getAttribute('href')).resolves.toBe('tel:988');
    await expect(bar.getByRole('link', { name: 'Text 988' }).getAttribute('href')).resolves.toBe('sms:988');
    const lines = page.locator('#help-lines .line__name');
    await expect(lines.allTextContents()).resolves.toEqual(
      expect.arrayContaining([
        '988 Suicide & Crisis Lifeline',
        'SAMHSA National Helpline',
        'Veterans Crisis Line',
      ]),
    );
    expect(await page.getByText('Text HOME to 741741').count()).toBe(1);
    await screenshot(page, 'home-en');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows crisis help with JavaScript turned off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const bar = page.getByRole('complementary', { name: 'Crisis help' });
    await expect(bar.getByRole('link', { name: 'Call 988', exact: true }).getAttribute('href')).resolves.toBe(
      'tel:988',
    );
    await expect(page.getByText('Call 1-800-662-4357 (1-800-662-HELP)').count()).resolves.toBe(1);
    await screenshot(page, 'home-no-js');
    await context.close();
  });

  it('serves the Spanish page with lang="es" and zero axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/es/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('es');
    const bar = page.getByRole('complementary', { name: 'Ayuda en crisis' });
    await expect(bar.getByRole('link', { name: 'Llamar 988', exact: true }).count()).resolves.toBe(1);
    await screenshot(page, 'home-es');
    expect(await axeViolations(page)).toEqual([]);
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
