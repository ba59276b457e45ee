// Writes the prerendered pages into dist/: / in English and /es/ in Spanish.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const template = readFileSync(join(root, 'dist', 'index.html'), 'utf8');
const { render } = await import(pathToFileURL(join(root, 'dist-ssr', 'entry-server.js')).href);

const escapeHtml = (s) => s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
const pages = { en: 'index.html', es: join('es', 'index.html') };
for (const [locale, file] of Object.entries(pages)) {
  const page = render(locale);
  const html = template
    .replace('<html lang="en">', `<html lang="${locale}">`)
    .replace('<!--app-title-->', escapeHtml(page.title))
    .replace('<!--app-description-->', escapeHtml(page.description))
    .replace('<!--app-html-->', page.html);
  mkdirSync(dirname(join(root, 'dist', file)), { recursive: true });
  writeFileSync(join(root, 'dist', file), html);
}
rmSync(join(root, 'dist-ssr'), { recursive: true, force: true });
console.log(`prerendered ${Object.values(pages).join(', ')}`);
