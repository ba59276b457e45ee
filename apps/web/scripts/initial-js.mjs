// The JavaScript each prerendered page loads before it can run, from Vite's manifest: the
// entry (index.html's script, src/boot.ts) and its static imports, the app it loads after the
// first paint (src/main.tsx) and its static imports, the page's own chunk and its static
// imports, the strings of the page's language those import (src/i18n/*.<locale>.ts, see
// src/i18n/locale.ts) and the worker the entry starts. A page counts in its larger language.
// Sizes are gzip at zlib's default level, as most servers and CDNs send them.
// Shared by scripts/check-budget.mjs (run by `pnpm build`), scripts/prerender.mjs (the list of
// modules each page asks for after its first paint) and bench/run.ts (`pnpm bench`).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The budget for each page's initial JavaScript, gzip: 100 KB. */
export const INITIAL_JS_BUDGET = 100_000;

/** Manifest keys of page chunks (src/pages/sources.ts names the same files). */
const PAGE_KEY = /^src\/pages\/([^/]+)\.tsx$/;

export function readManifest(distDir) {
  return JSON.parse(readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'));
}

/** The languages of the interface: each has its own string modules. */
export const LOCALES = ['en', 'es'];

/**
 * The chunks a manifest key loads in a page in `locale`: its static imports, recursively, and
 * the string modules of that language they import (a chunk of src/i18n/ imports
 * `./<name>.<locale>.ts` for the page's language only, see src/i18n/locale.ts). Keys, in order.
 */
function chunksOf(manifest, key, locale, into = new Set()) {
  if (!manifest[key] || into.has(key)) return into;
  into.add(key);
  for (const imported of manifest[key].imports ?? []) chunksOf(manifest, imported, locale, into);
  for (const strings of manifest[key].dynamicImports ?? []) {
    if (strings.endsWith(`.${locale}.ts`)) chunksOf(manifest, strings, locale, into);
  }
  return into;
}

/** The app (src/main.tsx): boot.ts imports it once the page is painted. */
const APP_KEY = 'src/main.tsx';

/** The module boot.ts imports first for a page, which sends the page's first request. */
const EARLY_KEYS = { 'src/pages/ResultsPage.tsx': 'src/pages/results-early.ts' };

function check(manifest, key, locale) {
  if (!manifest[key]) throw new Error(`the manifest has no ${key} chunk`);
  if (!LOCALES.includes(locale)) throw new Error(`no such locale: ${locale}`);
}

/**
 * What boot.ts loads for a page in `locale` once the page is painted, as URL paths: the app,
 * the early module if the page has one (both of which it imports), and every other module those
 * and the page's chunk import (strings included), which it asks for itself, in the order they
 * are needed: the early module's, the app's, the page's. The entry's own are loaded already.
 */
export function pageLoad(manifest, pageKey, locale) {
  check(manifest, APP_KEY, locale);
  check(manifest, pageKey, locale);
  const earlyKey = EARLY_KEYS[pageKey];
  if (earlyKey) check(manifest, earlyKey, locale);
  const loaded = chunksOf(manifest, 'index.html', locale);
  const chunks = new Set(loaded);
  if (earlyKey) chunksOf(manifest, earlyKey, locale, chunks);
  chunksOf(manifest, APP_KEY, locale, chunks);
  chunksOf(manifest, pageKey, locale, chunks);
  // Every page shows the shared strings: a page whose list lacks them would not start.
  if (!chunks.has(`src/i18n/messages.${locale}.ts`)) {
    throw new Error(`${pageKey} in ${locale}: no src/i18n/messages.${locale}.ts among its modules`);
  }
  const path = (key) => `/${manifest[key].file}`;
  return {
    app: path(APP_KEY),
    ...(earlyKey ? { early: path(earlyKey) } : {}),
    modules: [...chunks].filter((key) => !loaded.has(key) && key !== APP_KEY && key !== earlyKey).map(path),
  };
}

/**
 * The JavaScript files a page in `locale` loads before it is live, relative to dist/ (entry
 * first): the entry's, everything `pageLoad` lists, and the workers they start (the date-data
 * warm-up, src/lib/intl-warm.ts).
 */
function pageScripts(manifest, pageKey, locale) {
  const chunks = chunksOf(manifest, 'index.html', locale);
  const { app, early, modules } = pageLoad(manifest, pageKey, locale);
  const files = [...chunks].map((key) => manifest[key].file);
  for (const key of chunks) {
    for (const asset of manifest[key].assets ?? []) if (asset.endsWith('.js')) files.push(asset);
  }
  for (const path of [early, app, ...modules]) if (path) files.push(path.slice(1));
  return [...new Set(files)];
}

export function initialJsByPage(distDir) {
  const manifest = readManifest(distDir);
  if (!manifest['index.html']) throw new Error(`${distDir}/.vite/manifest.json has no index.html entry`);
  if (!manifest[APP_KEY]) throw new Error(`${distDir}/.vite/manifest.json has no ${APP_KEY} chunk`);
  const sizes = new Map();
  const sizeOf = (file) => {
    let size = sizes.get(file);
    if (!size) {
      const bytes = readFileSync(join(distDir, file));
      size = { raw: bytes.length, gzip: gzipSync(bytes).length };
      sizes.set(file, size);
    }
    return size;
  };
  const pages = Object.keys(manifest)
    .filter((key) => PAGE_KEY.test(key))
    .sort()
    .map((source) => {
      // Each language's page; the larger one counts.
      const [largest] = LOCALES.map((locale) => {
        const files = pageScripts(manifest, source, locale);
        let rawBytes = 0;
        let gzipBytes = 0;
        for (const file of files) {
          const size = sizeOf(file);
          rawBytes += size.raw;
          gzipBytes += size.gzip;
        }
        return { locale, files, rawBytes, gzipBytes };
      }).sort((a, b) => b.gzipBytes - a.gzipBytes);
      const page = PAGE_KEY.exec(source)?.[1] ?? source;
      return { page, source, ...largest, withinBudget: largest.gzipBytes <= INITIAL_JS_BUDGET };
    });
  if (pages.length === 0) throw new Error(`no src/pages/*.tsx chunks in ${distDir}/.vite/manifest.json`);
  return pages;
}

const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const bytes = (n) => n.toLocaleString('en-US');

/** A plain-text table of the pages' initial JavaScript against the budget. */
export function budgetTable(pages) {
  const width = Math.max(...pages.map((p) => p.page.length), 'page'.length);
  const lines = [
    `${'page'.padEnd(width)}  ${'files'.padStart(5)}  ${'raw'.padStart(9)}  ${'gzip bytes'.padStart(10)}  ${'target'.padStart(9)}  result`,
  ];
  for (const p of pages) {
    lines.push(
      `${p.page.padEnd(width)}  ${String(p.files.length).padStart(5)}  ${kb(p.rawBytes).padStart(9)}  ${bytes(p.gzipBytes).padStart(10)}  ${`≤ ${bytes(INITIAL_JS_BUDGET)}`.padStart(9)}  ${p.withinBudget ? 'pass' : 'FAIL'}`,
    );
  }
  return lines.join('\n');
}
