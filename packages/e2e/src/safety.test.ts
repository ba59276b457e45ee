import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './browser.js';
import type { RunningServer } from './server.js';
import { withProductInBrowser } from './setup.js';
import { openPage } from './site.js';

const NEUTRAL = 'https://www.google.com/';

describe('safety, privacy, languages and accessibility', () => {
  let server: RunningServer;
  let browser: Browser;

  withProductInBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('"Quick exit" leaves for a neutral site and takes the page out of history', async () => {
    const { context, page } = await openPage(browser, server.url);
    // The neutral site is answered here: tests never reach the internet.
    await context.route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title>' }),
    );
    await page.goto(`${server.url}/`);
    await page.goto(`${server.url}/crisis`);
    await page.getByRole('link', { name: 'Quick exit' }).click();
    await page.waitForURL(NEUTRAL);
    // "Back" skips the page the visitor left from.
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
    await context.close();
  });

  it('moves between pages inside the app: title, focus on the new heading, back and forward', async () => {
    const { context, page } = await openPage(browser, server.url);
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'You do not have to do this alone' }).waitFor();
    // A mark on this document: a full page load would lose it.
    await page.evaluate(() => {
      (window as unknown as { sameDocument: boolean }).sameDocument = true;
    });
    const sameDocument = () =>
      page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument);
    const focusedHeading = () =>
      page.evaluate(() => document.activeElement?.closest('h1')?.textContent ?? null);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Search the directory' }).waitFor();
    await page.waitForFunction(() => document.title.startsWith('Search'));
    expect(new URL(page.url()).pathname).toBe('/search');
    expect(await focusedHeading()).toBe('Search the directory');
    expect(await sameDocument()).toBe(true);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'My plan' }).click();
    await page.getByRole('heading', { level: 1, name: 'My support plan' }).waitFor();
    expect(await page.title()).toBe('My support plan — Recovery Circles');

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Search the directory' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'You do not have to do this alone' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'Search the directory' }).waitFor();
    expect(await sameDocument()).toBe(true);
    // The crisis bar stays through it all.
    expect(await page.locator('a[href^="tel:988"]').first().isVisible()).toBe(true);
    await context.close();
  });

  it('pressing Esc twice leaves too', async () => {
    const { context, page } = await openPage(browser, server.url);
    await context.route(`${NEUTRAL}**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Search</title>' }),
    );
    await page.goto(`${server.url}/plan`);
    await page.getByRole('heading', { level: 1, name: 'My support plan' }).waitFor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL);
    await context.close();
  });

  it('switches language with the answers kept, and follows the browser language on a first visit', async () => {
    const { context, page } = await openPage(browser, server.url);
    await page.goto(`${server.url}/find?for=me&c=alcohol&step=2`);
    await page.getByRole('heading', { level: 1, name: 'What is it about?' }).waitFor();
    await page.getByRole('link', { name: 'Ver esta página en español' }).click();
    await page.getByRole('heading', { level: 1, name: '¿De qué se trata?' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/es/find');
    expect(url.searchParams.get('c')).toBe('alcohol');
    expect(await page.getByLabel('Alcohol').isChecked()).toBe(true);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await context.close();

    const spanish = await openPage(browser, server.url, { locale: 'es-MX' });
    await spanish.page.goto(`${server.url}/`);
    await spanish.page.waitForURL(`${server.url}/es/`);
    await spanish.page.getByRole('link', { name: 'View this page in English' }).click();
    await spanish.page.waitForURL(`${server.url}/`);
    await spanish.page.reload();
    await spanish.page.getByRole('heading', { level: 1, name: 'You do not have to do this alone' }).waitFor();
    await spanish.page.waitForTimeout(300);
    expect(new URL(spanish.page.url()).pathname).toBe('/');
    await spanish.context.close();
  });

  it('has a privacy page that says what is kept and sent, and error pages with the crisis bar', async () => {
    const { context, page, thirdParty } = await openPage(browser, server.url);
    await page.goto(`${server.url}/privacy`);
    await page.getByRole('heading', { level: 1, name: 'Your privacy' }).waitFor();
    expect(await page.getByText('No cookies. No ads. No analytics or tracking of any kind.').count()).toBe(1);
    for (const path of ['/404.html', '/es/404.html']) {
      await page.goto(`${server.url}${path}`);
      expect(await page.locator('.crisis-bar a[href="tel:988"]').count()).toBe(1);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toMatch(
        /could not find|No encontramos/,
      );
    }
    await screenshot(page, 'not-found-es');
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('search and "meetings now" work without the questions', async () => {
    const { context, page, thirdParty, errors } = await openPage(browser, server.url);
    await page.goto(`${server.url}/search`);
    await page.getByRole('heading', { level: 1, name: 'Search the directory' }).waitFor();
    await page.getByRole('group', { name: 'Circle' }).getByLabel('Family and friends').check();
    await page.getByLabel('Words (name, group, city)').fill('anon');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForFunction(() =>
      /\d+ results?|No results/.test(document.querySelector('.search [role="status"]')?.textContent ?? ''),
    );
    expect(new URL(page.url()).searchParams.get('circle')).toBe('family');
    const names = await page.locator('.card__name').allTextContents();
    expect(names.some((n) => /Al-Anon|Nar-Anon|Families Anonymous/.test(n))).toBe(true);
    await screenshot(page, 'search-family');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${server.url}/now`);
    await page.getByRole('heading', { level: 2, name: 'In progress now' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Starting in the next hour' }).waitFor();
    await screenshot(page, 'meetings-now');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  // One test per page and language, each in a fresh context: a slow machine stays inside
  // each test's time limit, and a failure names its page.
  const pages = [
    '',
    'crisis',
    'find',
    'find?step=3',
    'find?step=4',
    'find?step=6&urg=crisis',
    'plan',
    'privacy',
    'search',
    'now',
    'resource?id=national-parent-helpline',
  ];
  for (const locale of ['en', 'es'] as const) {
    for (const path of pages) {
      const prefix = locale === 'es' ? '/es/' : '/';
      it(`${prefix}${path} (${locale}) has zero axe violations, works at 360 px, and calls no one else`, async () => {
        const { context, page, thirdParty, errors } = await openPage(browser, server.url, {
          viewport: { width: 360, height: 740 },
        });
        await page.goto(`${server.url}${prefix}${path}`, { waitUntil: 'networkidle' });
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(await page.locator('.crisis-bar a[href="tel:988"]').count()).toBe(1);
        expect(await axeViolations(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
        expect(thirdParty).toEqual([]);
        expect(errors).toEqual([]);
        expect(await context.cookies()).toEqual([]);
        await context.close();
      });
    }
  }

  it('can be used by keyboard alone: skip link, then the questions', async () => {
    const { context, page } = await openPage(browser, server.url);
    await page.goto(`${server.url}/find?for=me`);
    await page.getByRole('heading', { level: 1, name: 'Who is the support for?' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    // Tab to "Next" and press it: the next step's heading takes focus.
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.textContent)) === 'Next') break;
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'What is it about?' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await context.close();
  });
});
