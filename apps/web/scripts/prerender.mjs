// Writes every page into dist/ in English and Spanish (e.g. dist/crisis.html, dist/es/crisis.html),
// with the crisis lines in the HTML itself and the list of the modules the page asks for once it
// is painted (src/boot.ts).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCALES, pageLoad, readManifest } from './initial-js.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
// The app's one stylesheet (src/styles.css, a build entry of its own) goes into every page, so
// the first paint waits for no other file. The Content-Security-Policy allows exactly that text:
// the API reads its hash from csp-hashes.json beside the pages.
const manifest = readManifest(dist);
const stylesheet = manifest['src/styles.css']?.file;
if (!stylesheet?.endsWith('.css')) throw new Error('the manifest has no src/styles.css stylesheet to inline');
const built = readFileSync(join(dist, 'index.html'), 'utf8');
if (built.includes('rel="stylesheet"'))
  throw new Error('dist/index.html links a stylesheet: only the inline one is wanted');
const css = readFileSync(join(dist, stylesheet), 'utf8');
if (css.includes('</')) throw new Error(`${stylesheet} cannot be inlined: it holds "</"`);
const styleHash = `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
writeFileSync(join(dist, 'csp-hashes.json'), `${JSON.stringify({ 'style-src': [styleHash] }, null, 2)}\n`);
const template = built.replace('</head>', () => `  <style>${css}</style>\n  </head>`);
const { render, PAGES, PAGE_SOURCES, pageFile } = await import(
  pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href
);

const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

// The modules boot.ts asks for once the page is painted, beside the app and the page's early
// request, which it imports: what they and the page's chunk import (scripts/initial-js.mjs). As
// JSON data, not links, so none of them is fetched before the page is painted. Escaped like the
// crisis lines' block.
const pageModules = (page, locale) =>
  JSON.stringify(pageLoad(manifest, PAGE_SOURCES[page], locale).modules).replaceAll('<', '\\u003c');

if (!manifest['index.html']) throw new Error('dist/.vite/manifest.json has no index.html entry');
const written = [];
for (const locale of LOCALES) {
  for (const page of PAGES) {
    const out = render(locale, page);
    const html = template
      .replace('<html lang="en">', `<html lang="${locale}">`)
      .replace('<!--app-title-->', escapeHtml(out.title))
      .replace('<!--app-description-->', escapeHtml(out.description))
      .replace(
        '<div id="root"><!--app-html--></div>',
        `<div id="root" data-page="${page}">${out.html}</div>\n    <script type="application/json" id="crisis-lines">${out.crisisLinesJson}</script>\n    <script type="application/json" id="page-modules">${pageModules(page, locale)}</script>`,
      );
    const file = pageFile(page, locale);
    mkdirSync(dirname(join(dist, file)), { recursive: true });
    writeFileSync(join(dist, file), html);
    written.push(file);
  }
}
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`prerendered ${written.join(', ')}`);
