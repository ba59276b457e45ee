import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { type Browser, type BrowserContext, chromium, type Page, type Response } from 'playwright-core';

/** Debian's Chromium unless CHROME_PATH names another. */
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The flags every Chromium the benchmark starts runs with (Playwright adds --headless). */
export const CHROME_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** How much the CPU is slowed, as Chrome DevTools' "4× slowdown". */
export const CPU_SLOWDOWN = 4;

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROME_PATH}: apt-get install -y --no-install-recommends chromium fonts-liberation, or set CHROME_PATH.`,
    );
  }
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
}

/** A phone-sized context in the visitor's time zone (as the e2e tests open pages). */
async function phoneContext(browser: Browser, javaScriptEnabled = true): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    timezoneId: 'America/New_York',
    locale: 'en-US',
    javaScriptEnabled,
  });
  // tsx (esbuild) names the functions inside page.evaluate callbacks with a `__name` helper
  // that only exists in Node; give the page a no-op one.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  return context;
}

/** What the first-card watcher records in each document (see FIRST_CARD_WATCHER). */
interface FirstCard {
  /** performance.now() when the first result card was in the DOM. */
  dom: number;
  /** performance.now() in the first animation frame after that: the frame that paints it. */
  frame: number;
  /** Whether the card's top was inside the viewport. */
  inViewport: boolean;
  /** performance.timeOrigin of the document. */
  origin: number;
}

/*
 * Installed in every document before its own scripts: records when the first result card
 * (`.card`) is added, and the next animation frame (the frame that paints it). Times are the
 * document's own performance.now(); with its timeOrigin they compare across documents.
 */
const FIRST_CARD_WATCHER = `(() => {
  const w = window;
  const check = () => {
    if (w.__firstCard) return true;
    const card = document.querySelector('.card');
    if (!card) return false;
    const dom = performance.now();
    const top = card.getBoundingClientRect().top;
    w.__firstCard = { dom, frame: 0, inViewport: top < window.innerHeight, origin: performance.timeOrigin };
    requestAnimationFrame(() => { w.__firstCard.frame = performance.now(); });
    return true;
  };
  const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true });
})();`;

/** Where the time went in the results document, in its own performance.now() milliseconds. */
interface Timeline {
  /** The results page's HTML fully received. */
  html: number;
  /** The last script of the page received (from cache or network). */
  scripts: number;
  /** The API request for the results (POST /v1/match or GET /v1/resources): sent and answered. */
  apiStart: number;
  apiEnd: number;
}

/**
 * The timeline of the document showing the results. `since` (its performance.now() at the
 * submit) is set when the results showed in the same document as the form (navigation in the
 * app): then only what was requested after the submit counts, and no HTML was loaded (NaN).
 */
async function timelineOf(page: Page, since?: number): Promise<Timeline> {
  return page.evaluate((since) => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const resources = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => since === null || r.startTime >= since,
    );
    const scripts = resources.filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js'));
    const api = resources.find((r) => /\/v1\/(match|resources)/.test(r.name));
    return {
      html: since === null ? (nav?.responseEnd ?? Number.NaN) : Number.NaN,
      // In the same document, no script may be needed at all (the page's code was loaded ahead).
      scripts:
        scripts.length > 0 ? Math.max(...scripts.map((r) => r.responseEnd)) : since === null ? 0 : Number.NaN,
      apiStart: api?.startTime ?? Number.NaN,
      apiEnd: api?.responseEnd ?? Number.NaN,
    };
  }, since ?? null);
}

async function firstCard(page: Page): Promise<FirstCard> {
  const handle = await page.waitForFunction(
    () => {
      const found = (window as unknown as { __firstCard?: FirstCard }).__firstCard;
      return found && found.frame > 0 ? found : undefined;
    },
    undefined,
    { timeout: 60_000, polling: 50 },
  );
  return (await handle.jsonValue()) as FirstCard;
}

/** Slows the page's CPU as DevTools' "4× slowdown" does (it holds across navigations in the tab). */
async function throttle(context: BrowserContext, page: Page, rate = CPU_SLOWDOWN): Promise<void> {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** A fixed piece of work, timed in the page: compared unthrottled and throttled, it shows the slowdown held. */
async function cpuProbe(page: Page): Promise<number> {
  return page.evaluate(() => {
    const start = performance.now();
    let x = 0;
    for (let i = 0; i < 3_000_000; i++) x += Math.sqrt(i) % 7;
    return performance.now() - start + (x < 0 ? 1 : 0);
  });
}

/** One timed "submit → first result card on screen". */
export interface FirstResultRun {
  /** From the submit to the first card in the DOM of the results page. */
  domMs: number;
  /** From the submit to the animation frame after it: the card on screen. */
  screenMs: number;
  inViewport: boolean;
  /** The in-page CPU probe on the results page, to check the slowdown held across the navigation. */
  probeMs: number;
  /** From the submit (or navigation start): HTML received, scripts received, API asked and answered. */
  htmlMs: number;
  scriptsMs: number;
  apiStartMs: number;
  apiEndMs: number;
}

export interface Journey {
  name: string;
  /** Where the visitor starts (the submit happens there). */
  start: string;
  /** Where they land. */
  lands: string;
  runs: FirstResultRun[];
}

/**
 * Opens `startPath` in a fresh phone context with the CPU slowed 4×, waits until the page is
 * live (`ready`), then submits the form `submitForm` (which must go to /results) and times,
 * from the submit, the first result card of the results page on screen.
 */
async function timeSubmit(
  browser: Browser,
  origin: string,
  startPath: string,
  ready: (page: Page) => Promise<void>,
  submitForm: string,
): Promise<FirstResultRun & { lands: string }> {
  const context = await phoneContext(browser);
  try {
    await context.addInitScript(FIRST_CARD_WATCHER);
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(`${origin}${startPath}`, { waitUntil: 'networkidle' });
    await ready(page);
    // Epoch milliseconds at the submit, from the same clock the next document's timeOrigin uses.
    const { submittedAt, startOrigin } = await page.evaluate((form) => {
      const at = performance.timeOrigin + performance.now();
      const element = document.querySelector<HTMLFormElement>(form);
      if (!element) throw new Error(`no ${form} on the page`);
      // As pressing its submit button does (and with the form's own checks).
      element.requestSubmit();
      return { submittedAt: at, startOrigin: performance.timeOrigin };
    }, submitForm);
    await page.waitForURL(/\/results/, { timeout: 60_000 });
    const card = await firstCard(page);
    // The results shown in the form's own document (navigation in the app) or in a new one.
    const sameDocument = card.origin === startOrigin;
    const timeline = await timelineOf(page, sameDocument ? submittedAt - card.origin : undefined);
    const probeMs = await cpuProbe(page);
    const shift = card.origin - submittedAt;
    return {
      domMs: shift + card.dom,
      screenMs: shift + card.frame,
      inViewport: card.inViewport,
      probeMs,
      htmlMs: shift + timeline.html,
      scriptsMs: shift + timeline.scripts,
      apiStartMs: shift + timeline.apiStart,
      apiEndMs: shift + timeline.apiEnd,
      lands: new URL(page.url()).pathname + new URL(page.url()).search,
    };
  } finally {
    await context.close();
  }
}

/** Opens a results address cold (fresh context, empty cache) and times navigation start → first card on screen. */
async function timeColdOpen(browser: Browser, origin: string, path: string): Promise<FirstResultRun> {
  const context = await phoneContext(browser);
  try {
    await context.addInitScript(FIRST_CARD_WATCHER);
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    const card = await firstCard(page);
    const timeline = await timelineOf(page);
    return {
      domMs: card.dom,
      screenMs: card.frame,
      inViewport: card.inViewport,
      probeMs: await cpuProbe(page),
      htmlMs: timeline.html,
      scriptsMs: timeline.scripts,
      apiStartMs: timeline.apiStart,
      apiEndMs: timeline.apiEnd,
    };
  } finally {
    await context.close();
  }
}

export interface FirstResultsReport {
  /** The CPU probe unthrottled and throttled in the same document, for the slowdown check. */
  probeUnthrottledMs: number;
  probeThrottledMs: number;
  journeys: Journey[];
}

/** (a) Submit → first result card on screen, `runs` times for each way in. */
export async function measureFirstResults(
  browser: Browser,
  origin: string,
  zip: string,
  runs: number,
): Promise<FirstResultsReport> {
  const probeContext = await phoneContext(browser);
  const probePage = await probeContext.newPage();
  await probePage.goto(`${origin}/privacy`);
  await cpuProbe(probePage);
  const probeUnthrottledMs = Math.min(await cpuProbe(probePage), await cpuProbe(probePage));
  await throttle(probeContext, probePage);
  await cpuProbe(probePage);
  const probeThrottledMs = Math.min(await cpuProbe(probePage), await cpuProbe(probePage));
  await probeContext.close();

  const guidedStart = `/find?for=me&c=alcohol&where=${zip}&step=6`;
  const journeys: Journey[] = [
    { name: 'guided questions: "See my circles"', start: guidedStart, lands: '', runs: [] },
    { name: 'home page quick search', start: '/', lands: '', runs: [] },
    { name: 'results link opened cold (no cache)', start: '', lands: `/results?where=${zip}`, runs: [] },
  ];
  const [guided, quick, cold] = journeys as [Journey, Journey, Journey];
  // A warm-up of each, not counted (the server's first answers, Chromium's first start of a renderer).
  for (let i = 0; i <= runs; i++) {
    const g = await timeSubmit(
      browser,
      origin,
      guidedStart,
      // The step shows once the page has read the address, i.e. once it is live.
      (page) =>
        page
          .getByRole('heading', { level: 1, name: 'How soon do you need help?' })
          .waitFor({ timeout: 60_000 }),
      'form[aria-labelledby="step-heading"]',
    );
    const q = await timeSubmit(
      browser,
      origin,
      '/',
      async (page) => {
        await page.getByRole('button', { name: 'Use my location' }).waitFor({ timeout: 60_000 });
        await page.locator('#quick-where').fill(zip);
      },
      'form.quick-search',
    );
    const c = await timeColdOpen(browser, origin, cold.lands);
    if (i === 0) continue;
    guided.lands = g.lands;
    guided.runs.push(g);
    quick.lands = q.lands;
    quick.runs.push(q);
    cold.runs.push(c);
  }
  return { probeUnthrottledMs, probeThrottledMs, journeys };
}

/** One way to apply a filter, timed `runs` times. */
export interface FilterTiming {
  name: string;
  page: string;
  /** Click → the updated list in the DOM. */
  domMs: number[];
  /** Click → the animation frame after it (the list on screen). */
  screenMs: number[];
  /**
   * The API request whose answer was shown: sent and answered, in ms from the click (negative
   * when the page asked for it as the filter was ticked, before the click).
   */
  apiStartMs: number[];
  apiEndMs: number[];
  /** Cards shown after the filter (last run). */
  cards: number;
  status: string;
}

/*
 * In the page: clicks `button`, and watches the status line (role=status in
 * `scope`): the answer replaces it together with the new list, in one React commit. The click
 * shows "Finding…" (or the search's loading text) while the answer is on its way; an answer
 * already in hand (asked for as the filter was ticked) shows at once, in place of the last
 * one's count. Resolves with the time of that commit and of the next animation frame, and
 * with the API request that answered (resource timing, from the click).
 */
async function timeClick(page: Page, scope: string, button: string, loading: string) {
  return page.evaluate(
    ({ scope, button, loading }) =>
      new Promise<{
        dom: number;
        frame: number;
        apiStart: number;
        apiEnd: number;
        cards: number;
        status: string;
      }>((resolve, reject) => {
        const status = document.querySelector(`${scope} [role="status"]`);
        const target = document.querySelector<HTMLElement>(button);
        if (!status || !target) {
          reject(new Error(`missing ${status ? button : `${scope} [role=status]`}`));
          return;
        }
        const before = status.textContent ?? '';
        let sawLoading = false;
        let start = 0;
        const timer = setTimeout(() => reject(new Error('no update within 30 s')), 30_000);
        const done = () => {
          const text = status.textContent ?? '';
          if (text.includes(loading)) {
            sawLoading = true;
            return false;
          }
          // Each run toggles the filter, so the new answer's status differs from the last one's.
          if (!sawLoading && text === before) return false;
          const dom = performance.now() - start;
          observer.disconnect();
          clearTimeout(timer);
          // The latest API request answered by the time of the commit.
          const api = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
            .filter((r) => /\/v1\/(match|resources)/.test(r.name) && r.responseEnd <= start + dom)
            .at(-1);
          requestAnimationFrame(() =>
            resolve({
              dom,
              frame: performance.now() - start,
              apiStart: api ? api.startTime - start : Number.NaN,
              apiEnd: api ? api.responseEnd - start : Number.NaN,
              cards: document.querySelectorAll(`${scope} .card`).length,
              status: text,
            }),
          );
          return true;
        };
        const observer = new MutationObserver(() => void done());
        observer.observe(document.body, { childList: true, subtree: true, characterData: true });
        start = performance.now();
        target.click();
        done();
      }),
    { scope, button, loading },
  );
}

/** (b) A filter applied on the results page (Adjust → Free only → Update) and on the search page (Free only → Search). */
export async function measureFilters(
  browser: Browser,
  origin: string,
  zip: string,
  runs: number,
): Promise<FilterTiming[]> {
  /** Opens `path`, then toggles "Free only" and submits `runs` times after a warm-up click. */
  const measure = async (
    name: string,
    path: string,
    scope: string,
    submit: string,
    open?: (page: Page) => Promise<void>,
  ): Promise<FilterTiming> => {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    await throttle(context, page);
    await page.goto(`${origin}${path}`);
    await page.locator(`${scope} .card`).first().waitFor({ timeout: 60_000 });
    await open?.(page);
    const timing: FilterTiming = {
      name,
      page: path,
      domMs: [],
      screenMs: [],
      apiStartMs: [],
      apiEndMs: [],
      cards: 0,
      status: '',
    };
    for (let i = 0; i <= runs; i++) {
      // Alternate the filter on and off, so every click changes the answer.
      await page.getByLabel('Free only').setChecked(i % 2 === 0);
      const t = await timeClick(page, scope, submit, 'Finding support');
      if (i === 0) continue;
      timing.domMs.push(t.dom);
      timing.screenMs.push(t.frame);
      timing.apiStartMs.push(t.apiStart);
      timing.apiEndMs.push(t.apiEnd);
      timing.cards = t.cards;
      timing.status = t.status;
    }
    await context.close();
    return timing;
  };
  return [
    await measure(
      'results: Free only → Update',
      `/results?for=me&c=alcohol&where=${zip}`,
      '.results',
      '.adjust__form button[type="submit"]',
      (page) => page.getByText('Adjust', { exact: true }).click(),
    ),
    await measure(
      'search: Free only → Search',
      `/search?where=${zip}&r=10`,
      '.search',
      '.search__form button[type="submit"]',
    ),
  ];
}

/** (c) Each page with JavaScript off: is the crisis bar (988) there and visible? */
export interface NoScriptCheck {
  path: string;
  /** The served HTML holds a tel:988 link. */
  htmlHas988: boolean;
  /** With JavaScript disabled, a tel:988 link is visible on the page. */
  visible988: boolean;
  /** The visible text of the first such link. */
  text: string;
}

export async function checkWithoutJavaScript(
  browser: Browser,
  origin: string,
  paths: readonly string[],
): Promise<NoScriptCheck[]> {
  const context = await phoneContext(browser, false);
  const page = await context.newPage();
  const out: NoScriptCheck[] = [];
  try {
    for (const path of paths) {
      const html = await (await fetch(`${origin}${path}`)).text();
      await page.goto(`${origin}${path}`);
      const link = page.locator('a[href="tel:988"]').first();
      const visible988 = (await link.count()) > 0 && (await link.isVisible());
      out.push({
        path,
        htmlHas988: html.includes('href="tel:988"'),
        visible988,
        text: visible988 ? ((await link.textContent()) ?? '').trim() : '',
      });
    }
  } finally {
    await context.close();
  }
  return out;
}

/** JavaScript a page actually downloads when opened (every script response), raw and gzip. */
export interface LoadedJs {
  path: string;
  files: number;
  rawBytes: number;
  gzipBytes: number;
}

export async function measureLoadedJs(
  browser: Browser,
  origin: string,
  paths: readonly string[],
): Promise<LoadedJs[]> {
  const out: LoadedJs[] = [];
  for (const path of paths) {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const bodies: Promise<Buffer>[] = [];
    const onResponse = (response: Response) => {
      if (response.request().resourceType() !== 'script') return;
      // Chromium does not keep every body for the page (a worker's script): that one is
      // fetched again, as is, to count it.
      bodies.push(
        response.body().catch(async () => Buffer.from(await (await fetch(response.url())).arrayBuffer())),
      );
    };
    page.on('response', onResponse);
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
    // Until the network is idle: a script that comes later (code a page loads once it has its
    // data) is not read, so its body is not asked for as the context closes.
    page.off('response', onResponse);
    const all = await Promise.all(bodies);
    out.push({
      path,
      files: all.length,
      rawBytes: all.reduce((sum, b) => sum + b.length, 0),
      gzipBytes: all.reduce((sum, b) => sum + gzipSync(b).length, 0),
    });
    await context.close();
  }
  return out;
}
