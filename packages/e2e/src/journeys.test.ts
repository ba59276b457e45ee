import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, screenshot } from './browser.js';
import type { RunningServer } from './server.js';
import { withProductInBrowser } from './setup.js';
import { cardNames, openPage, waitForResults } from './site.js';

/*
 * Five people, start to finish, through the guided questions. The fresh database holds the
 * starter directory (national programs and crisis lines), which appears in every circle.
 */
describe('journeys through the guided questions', () => {
  let server: RunningServer;
  let browser: Browser;

  withProductInBrowser((s, b) => {
    server = s;
    browser = b;
  });

  it('a parent worried about a son using opioids, near ZIP 19103', async () => {
    const { context, page, thirdParty, errors } = await openPage(browser, server.url);
    await page.goto(`${server.url}/`);
    await page.getByRole('link', { name: 'Someone I care about' }).click();
    await page.getByRole('heading', { level: 1, name: 'Who is the support for?' }).waitFor();
    await page.getByLabel("I'm their parent").check();
    await page.getByRole('button', { name: 'Next' }).click();
    // Focus moves to each step's heading.
    const concerns = page.getByRole('heading', { level: 1, name: 'What is it about?' });
    await concerns.waitFor();
    expect(await concerns.evaluate((h) => h === document.activeElement)).toBe(true);
    await page.getByLabel('Opioids').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('ZIP code or city and state').fill('19103');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    // Back and forward keep the answers.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'When are you free?' }).waitFor();
    await page.goForward();
    await page.getByRole('heading', { level: 1, name: 'How soon do you need help?' }).waitFor();
    expect(page.url()).toContain('c=opioids');
    expect(page.url()).toContain('where=19103');
    await page.getByRole('button', { name: 'See my circles' }).click();

    await page.getByRole('heading', { level: 1, name: 'Your circles of support' }).waitFor();
    await waitForResults(page);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/results');
    expect(url.searchParams.get('for')).toBe('someone');
    expect(url.searchParams.get('rel')).toBe('parent');
    // A family member's own circle comes first, and it holds family programs about opioids.
    const headings = await page.locator('.circle h2').allTextContents();
    expect(headings).toEqual(['Family and friends', 'Peers', 'Professionals']);
    const family = await cardNames(page, 'circle-family');
    expect(family.length).toBeGreaterThan(0);
    expect(
      family.some((name) =>
        /Nar-Anon|Learn to Cope|SMART Recovery Family|Families Anonymous|Parent Helpline/.test(name),
      ),
    ).toBe(true);
    // Support meant for the son is labelled as such.
    expect(await page.getByText('For the person you care about').count()).toBeGreaterThan(0);
    // Every card says why it fits and how fresh it is.
    const first = page.locator('.card').first();
    expect(await first.locator('.reasons li').count()).toBeGreaterThan(0);
    expect(await first.getByText(/Verified on|Not yet verified/).count()).toBe(1);
    // Crisis lines are always there.
    await page.getByRole('heading', { level: 2, name: 'Crisis help' }).waitFor();
    expect(await page.locator('.crisis-section a[href="tel:988"]').count()).toBeGreaterThan(0);
    // "See more" searches that circle.
    const more = await page
      .getByRole('link', { name: 'See more in Family and friends' })
      .getAttribute('href');
    expect(more).toContain('circle=family');
    await screenshot(page, 'journey-parent-opioids');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a Spanish-speaking woman looking for alcohol support online, in the evening', async () => {
    const { context, page, thirdParty, errors } = await openPage(browser, server.url, { locale: 'es-MX' });
    await page.goto(`${server.url}/es/`);
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    await page.getByRole('link', { name: 'Para mí', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '¿Para quién es el apoyo?' }).waitFor();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Alcohol').check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Mostrar solo lo que puedo hacer en línea o por teléfono').check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByRole('heading', { level: 1, name: '¿Qué es importante para usted?' }).waitFor();
    await page.getByLabel('Español').check();
    await page.getByLabel('Mujeres').check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Noche (5 a 10 p. m.)').check();
    await page.getByRole('button', { name: 'Siguiente' }).click();
    await page.getByLabel('Solo estoy buscando').check();
    await page.getByRole('button', { name: 'Ver mis círculos' }).click();

    await page.getByRole('heading', { level: 1, name: 'Sus círculos de apoyo' }).waitFor();
    await waitForResults(page);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/es/results');
    expect(url.searchParams.get('online')).toBe('1');
    expect(url.searchParams.get('lang')).toBe('es');
    expect(url.searchParams.get('aud')).toBe('women');
    expect(url.searchParams.get('times')).toBe('evening');
    const peers = await cardNames(page, 'circle-peers');
    expect(peers.length).toBeGreaterThan(0);
    // The interface, the vocabulary and the reasons are in Spanish.
    expect(await page.getByText('Por qué le sirve').count()).toBeGreaterThan(0);
    expect(await page.getByText('Why it fits').count()).toBe(0);
    expect(await page.locator('.card__meta').first().textContent()).toMatch(/En línea|Programa|Reunión/);
    await screenshot(page, 'journey-spanish-alcohol-online');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a veteran in crisis gets crisis lines first', async () => {
    const { context, page, thirdParty } = await openPage(browser, server.url);
    await page.goto(`${server.url}/find?for=me&aud=veterans&step=6`);
    await page.getByRole('heading', { level: 1, name: 'How soon do you need help?' }).waitFor();
    await page.getByLabel('I need help right now').check();
    // Help shows at once, before any result.
    const now = page.getByRole('region', { name: 'Crisis help' });
    expect(await now.getByRole('link', { name: 'Call 988' }).getAttribute('href')).toBe('tel:988');
    await page.getByRole('button', { name: 'See my circles' }).click();
    await waitForResults(page);
    const crisis = page.locator('.crisis-section--first');
    await crisis.waitFor();
    // The crisis section comes before every circle.
    const order = await page.evaluate(() => {
      const all = [...document.querySelectorAll('.crisis-section, .circle')];
      return all.map((el) => (el.classList.contains('circle') ? 'circle' : 'crisis'));
    });
    expect(order[0]).toBe('crisis');
    expect(await crisis.getByRole('heading', { name: 'Veterans Crisis Line' }).count()).toBe(1);
    expect(await crisis.locator('a[href="sms:838255"]').count()).toBe(1);
    await screenshot(page, 'journey-veteran-crisis');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('an LGBTQ+ young adult with depression', async () => {
    const { context, page, thirdParty } = await openPage(browser, server.url);
    await page.goto(`${server.url}/find?for=me`);
    await page.getByRole('heading', { level: 1, name: 'Who is the support for?' }).waitFor();
    await page.getByLabel('Age of the person the help is for').selectOption('18-to-24');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Depression').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Skip this question' }).click();
    await page.getByLabel('LGBTQ+').check();
    await page.getByLabel('Young people').check();
    await page.getByRole('link', { name: 'See my circles' }).click();
    await waitForResults(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('age')).toBe('18-to-24');
    expect(url.searchParams.get('c')).toBe('depression');
    expect(url.searchParams.get('aud')).toBe('lgbtq,young-people');
    const peers = await cardNames(page, 'circle-peers');
    expect(peers.some((name) => /NAMI Connection|DBSA|Depression and Bipolar/.test(name))).toBe(true);
    // The visitor sees the circles for themselves: nothing is labelled for someone else.
    expect(await page.getByText('For the person you care about').count()).toBe(0);
    await screenshot(page, 'journey-lgbtq-depression');
    expect(await axeViolations(page)).toEqual([]);
    expect(thirdParty).toEqual([]);
    await context.close();
  });

  it('a person on methadone looking for medication-friendly peers, then the map', async () => {
    const { context, page, thirdParty } = await openPage(browser, server.url);
    await page.goto(`${server.url}/find?for=me&c=opioids&where=19103&step=4`);
    await page.getByRole('heading', { level: 1, name: 'What matters to you?' }).waitFor();
    await page.getByLabel('Methadone').check();
    await page.getByLabel('Supports medication').check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('button', { name: 'See my circles' }).click();
    await waitForResults(page);
    const url = new URL(page.url());
    expect(url.searchParams.get('med')).toBe('methadone');
    expect(url.searchParams.get('appr')).toBe('medication-supportive');
    expect((await cardNames(page, 'circle-peers')).length).toBeGreaterThan(0);
    // What a card lacks is said plainly, next to why it fits.
    expect(await page.locator('.card .reasons li').count()).toBeGreaterThan(0);
    // Filters adjust in place, and the address follows.
    await page.getByText('Adjust', { exact: true }).click();
    await page.getByLabel('Free only').check();
    await page.getByRole('button', { name: 'Update' }).click();
    await waitForResults(page);
    expect(new URL(page.url()).searchParams.get('free')).toBe('1');
    expect(thirdParty).toEqual([]);
    await screenshot(page, 'journey-methadone-peers');
    expect(await axeViolations(page)).toEqual([]);

    // Map tiles are the one third-party request, and only once the map is opened.
    await context.route('https://tile.openstreetmap.org/**', (route) =>
      route.fulfill({ status: 204, body: '' }),
    );
    await page.getByRole('button', { name: 'Map' }).click();
    await page.getByRole('region', { name: 'Map of results' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.leaflet-container') !== null);
    await page.waitForTimeout(500);
    expect(thirdParty.length).toBeGreaterThan(0);
    expect(thirdParty.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(true);
    await screenshot(page, 'journey-methadone-map');
    await context.close();
  });
});
