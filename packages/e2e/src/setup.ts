import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './browser.js';
import { type RunningServer, startProduct } from './server.js';

/**
 * Starts the product and Chromium before the tests of a file and stops both after them,
 * handing them to `use` once they are up.
 */
export function withProductInBrowser(use: (server: RunningServer, browser: Browser) => void): void {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startProduct();
    browser = await launchChromium();
    use(server, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
}
