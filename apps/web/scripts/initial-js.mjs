// The JavaScript each prerendered page loads before it can run, from Vite's manifest: the
// entry (index.html's script) and its static imports, plus the page's own chunk and its
// static imports. Sizes are gzip at zlib's default level, as most servers and CDNs send them.
// Shared by scripts/check-budget.mjs (run by `pnpm build`) and bench/run.ts (`pnpm bench`).
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

/** Every file a manifest key loads statically: the chunk itself and, recursively, its imports. */
export function staticFiles(manifest, key, into = new Set()) {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return into;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticFiles(manifest, imported, into);
  return into;
}

export function initialJsByPage(distDir) {
  const manifest = readManifest(distDir);
  if (!manifest['index.html']) throw new Error(`${distDir}/.vite/manifest.json has no index.html entry`);
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
      const files = [...staticFiles(manifest, source, staticFiles(manifest, 'index.html'))].filter((file) =>
        file.endsWith('.js'),
      );
      let rawBytes = 0;
      let gzipBytes = 0;
      for (const file of files) {
        const size = sizeOf(file);
        rawBytes += size.raw;
        gzipBytes += size.gzip;
      }
      const page = PAGE_KEY.exec(source)?.[1] ?? source;
      return { page, source, files, rawBytes, gzipBytes, withinBudget: gzipBytes <= INITIAL_JS_BUDGET };
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
