#!/usr/bin/env node
// Writes a Brotli (.br) and a gzip (.gz) copy beside every text file of a built app, so the
// API's static serving (@fastify/static with preCompressed) sends each page and script at
// about a third of its size without compressing on every request. A copy that would not be
// smaller is not written. Usage: node scripts/precompress.mjs <dir>...
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = new Set(['.html', '.js', '.mjs', '.css', '.svg', '.json', '.txt', '.xml', '.webmanifest']);
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else yield path;
  }
}

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node scripts/precompress.mjs <dir>...');
  process.exit(2);
}
let before = 0;
let after = 0;
let written = 0;
for (const dir of dirs) {
  for (const path of files(dir)) {
    if (!TEXT.has(extname(path))) continue;
    const raw = readFileSync(path);
    if (raw.length < MIN_BYTES) continue;
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = gzipSync(raw, { level: 9 });
    before += raw.length;
    after += Math.min(raw.length, br.length);
    for (const [ext, data] of [
      ['.br', br],
      ['.gz', gz],
    ]) {
      if (data.length >= raw.length) continue;
      writeFileSync(path + ext, data);
      written++;
    }
  }
}
const kb = (n) => `${Math.round(n / 1024)} KiB`;
console.log(`precompressed ${written} files in ${dirs.join(', ')}: ${kb(before)} → ${kb(after)} with Brotli`);
