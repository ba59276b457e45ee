// Writes every page into dist/ in English and Spanish (e.g. dist/crisis.html, dist/es/crisis.html),
// with the crisis lines in the HTML itself and preload links for the page's own chunks.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// The app's one stylesheet goes into every page, so the first paint waits for no other file.
// The Content-Security-Policy allows exactly that text: the API reads its hash from
// csp-hashes.json beside the pages.
const STYLESHEET = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/;
const built = readFileSync(join(dist, 'index.html'), 'utf8');
const stylesheet = STYLESHEET.exec(built);
if (!stylesheet?.[1]) throw new Error('dist/index.html links no stylesheet to inline');
const css = readFileSync(join(dist, stylesheet[1]), 'utf8');
if (css.includes('</')) throw new Error(`${stylesheet[1]} cannot be inlined: it holds "</"`);
const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
writeFileSync(join(dist, 'csp-hashes.json'), `${JSON.stringify({ 'style-src': [styleHash] }, null, 2)}\n`);
const template = built.replace(stylesheet[0], () => `<style>${css}</style>`);
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
