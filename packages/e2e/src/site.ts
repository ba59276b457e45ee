import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/** A page of the product with a recorder of every request that left for another origin. */
export interface WatchedPage {
  context: BrowserContext;
  page: Page;
  /** Every request to a host other than the product's own (tel:, data: and blob: are not requests to hosts). */
  thirdParty: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

/**
 * Opens a page in a fresh context (no storage from other tests), on a phone-sized screen in
 * the visitor's time zone, and records requests that leave the product's origin.
 */
export async function openPage(
  browser: Browser,
  origin: string,
  options: BrowserContextOptions = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    timezoneId: 'America/New_York',
    locale: 'en-US',
    ...options,
  });
  const page = await context.newPage();
  const thirdParty: string[] = [];
  const errors: string[] = [];
  const own = new URL(origin).origin;
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== own) thirdParty.push(url);
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { context, page, thirdParty, errors };
}

/** Waits until the results page has answered (found something, or said it could not). */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.results [role="status"]')?.textContent ?? '';
    return /Found|Encontramos|could not|No pudimos/.test(status);
  });
}

/** The names of the cards in a circle's section of the results. */
export async function cardNames(page: Page, circleHeadingId: string): Promise<string[]> {
  return page.locator(`section[aria-labelledby="${circleHeadingId}"] .card__name`).allTextContents();
}
