// Writes every page into dist/ in English and Spanish (e.g. dist/crisis.html, dist/es/crisis.html),
// with the crisis lines in the HTML itself and preload links for the page's own chunks.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const template = readFileSync(join(dist, 'index.html'), 'utf8');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const { render, PAGES, PAGE_SOURCES, pageFile } = await import(
  pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href
);

const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

// What index.html already loads: the entry and its static imports.
const entry = manifest['index.html'];
const loaded = new Set();
const collect = (key, into) => {
  const chunk = manifest[key];
  if (!chunk || into.has(chunk.file)) return;
  into.add(chunk.file);
  for (const imported of chunk.imports ?? []) collect(imported, into);
};
collect('index.html', loaded);

function preloads(page) {
  const files = new Set();
  collect(PAGE_SOURCES[page], files);
  return [...files]
    .filter((file) => !loaded.has(file) && file.endsWith('.js'))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ');
}

if (!entry) throw new Error('dist/.vite/manifest.json has no index.html entry');
const written = [];
for (const locale of ['en', 'es']) {
  for (const page of PAGES) {
    const out = render(locale, page);
    const html = template
      .replace('<html lang="en">', `<html lang="${locale}">`)
      .replace('<!--app-title-->', escapeHtml(out.title))
      .replace('<!--app-description-->', escapeHtml(out.description))
      .replace('<!--app-preload-->', preloads(page))
      .replace(
        '<div id="root"><!--app-html--></div>',
        `<div id="root" data-page="${page}">${out.html}</div>\n    <script type="application/json" id="crisis-lines">${out.crisisLinesJson}</script>`,
      );
    const file = pageFile(page, locale);
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
    written.push(file);
  }
}
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`prerendered ${written.join(', ')}`);
