import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Result } from 'lighthouse';
import { CHROME_FLAGS, CHROME_PATH } from './browser.js';
import { median } from './report.js';

/** Lighthouse's categories the benchmark reports, with the targets. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export const LIGHTHOUSE_TARGETS: Record<Category, number | undefined> = {
  performance: 95,
  accessibility: 100,
  'best-practices': 95,
  seo: undefined,
};

/** One audit that did not pass fully, for the report. */
export interface AuditMiss {
  category: Category;
  id: string;
  title: string;
  score: number | null;
  displayValue?: string;
}

export interface LighthousePage {
  name: string;
  url: string;
  /** Every run's scores (0–100); the figures below are from the median run by performance. */
  runs: Record<Category, number>[];
  scores: Record<Category, number>;
  lcpMs: number;
  fcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** The JavaScript the page transferred, per Lighthouse's network records. */
  scriptBytes: number;
  totalBytes: number;
  misses: AuditMiss[];
  lighthouseVersion: string;
  userAgent: string;
}

/** Debian's Chromium, headless, with a DevTools port for Lighthouse (which then drives it itself). */
async function launchForLighthouse(): Promise<{ port: number; stop: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'rc-lighthouse-'));
  const child: ChildProcess = spawn(
    CHROME_PATH,
    [
      ...CHROME_FLAGS,
      '--headless=new',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-default-browser-check',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((resolvePort, reject) => {
      let seen = '';
      const timer = setTimeout(() => reject(new Error(`Chromium gave no DevTools port: ${seen}`)), 30_000);
      child.stderr?.on('data', (chunk: Buffer) => {
        seen += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(seen);
        if (match) {
          clearTimeout(timer);
          resolvePort(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Chromium exited (${code}): ${seen}`));
      });
    });
    // Keep draining stderr so Chromium never blocks on a full pipe.
    child.stderr?.resume();
    return { port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

const numeric = (lhr: Result, id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
const scoresOf = (lhr: Result) =>
  Object.fromEntries(
    CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? Number.NaN) * 100)]),
  ) as Record<Category, number>;

/** Audits of a category that count toward its score and did not score 1 (informative ones left out). */
function missesOf(lhr: Result): AuditMiss[] {
  const misses: AuditMiss[] = [];
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit) continue;
      const counts = ref.weight > 0 || audit.scoreDisplayMode === 'metricSavings';
      if (!counts || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') continue;
      misses.push({
        category,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
      });
    }
  }
  return misses;
}

/**
 * Lighthouse's default run (mobile: a Moto G Power-sized screen, simulated slow 4G and 4× CPU)
 * of each page, `runs` times, in one Chromium; keeps every run's scores and the details of the
 * median run by performance.
 */
export async function runLighthouse(
  pages: readonly { name: string; url: string }[],
  runs: number,
): Promise<LighthousePage[]> {
  const chrome = await launchForLighthouse();
  const out: LighthousePage[] = [];
  try {
    for (const { name, url } of pages) {
      const results: Result[] = [];
      // A run that fails to record (e.g. NO_NAVSTART on a busy machine) is tried again, up to 3 times.
      for (let i = 0, failures = 0; i < runs; ) {
        const result = await lighthouse(url, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        const problem = !result
          ? 'no result'
          : result.lhr.runtimeError
            ? `${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`
            : undefined;
        if (result && !problem) {
          results.push(result.lhr);
          i++;
        } else if (++failures >= 3) {
          throw new Error(`Lighthouse could not load ${url}: ${problem}`);
        } else {
          console.error(`Lighthouse run of ${url} failed (${problem}); trying again.`);
        }
      }
      const perf = median(results.map((r) => r.categories.performance?.score ?? 0));
      const lhr =
        results.find((r) => (r.categories.performance?.score ?? 0) === perf) ??
        [...results].sort(
          (a, b) =>
            Math.abs((a.categories.performance?.score ?? 0) - perf) -
            Math.abs((b.categories.performance?.score ?? 0) - perf),
        )[0];
      if (!lhr) throw new Error(`no Lighthouse result for ${url}`);
      const resourceItems =
        (
          lhr.audits['resource-summary']?.details as
            | { items?: { resourceType: string; transferSize: number }[] }
            | undefined
        )?.items ?? [];
      out.push({
        name,
        url,
        runs: results.map(scoresOf),
        scores: scoresOf(lhr),
        lcpMs: numeric(lhr, 'largest-contentful-paint'),
        fcpMs: numeric(lhr, 'first-contentful-paint'),
        tbtMs: numeric(lhr, 'total-blocking-time'),
        cls: numeric(lhr, 'cumulative-layout-shift'),
        speedIndexMs: numeric(lhr, 'speed-index'),
        scriptBytes: resourceItems.find((item) => item.resourceType === 'script')?.transferSize ?? Number.NaN,
        totalBytes: resourceItems.find((item) => item.resourceType === 'total')?.transferSize ?? Number.NaN,
        misses: missesOf(lhr),
        lighthouseVersion: lhr.lighthouseVersion,
        userAgent: lhr.environment.hostUserAgent,
      });
    }
  } finally {
    await chrome.stop();
  }
  return out;
}
