import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { JsonArrayScanner } from '@recovery-circles/core/formats';
import type { ImportSource } from './types.js';

/** Bytes read at a time from a file on disk. */
const CHUNK = 64 * 1024;

/**
 * Reads a file, or a folder of CSV tables (an HSDS datapackage), as an import source. A JSON
 * file that is a top-level list is not read whole: it is opened to its first item (enough to
 * tell its format) and streamed by the import; any other file is read whole.
 */
export function readSource(path: string): ImportSource {
  if (statSync(path).isDirectory()) {
    const tables: Record<string, string> = {};
    for (const file of readdirSync(path).sort()) {
      const ext = extname(file).toLowerCase();
      if (ext === '.csv' || file === 'datapackage.json')
        tables[basename(file, ext)] = readFileSync(join(path, file), 'utf8');
    }
    return { kind: 'package', name: basename(path), tables };
  }
  if (/\.json$/i.test(path)) {
    const first = firstListItem(path);
    if (first) return { kind: 'path', name: basename(path), path, first: first.value };
  }
  return { kind: 'file', name: basename(path), text: readFileSync(path, 'utf8') };
}

/** A source read from disk as a stream, read whole (for the formats that need all of it). */
export function readWhole(source: ImportSource): Exclude<ImportSource, { kind: 'path' }> {
  return source.kind === 'path'
    ? { kind: 'file', name: source.name, text: readFileSync(source.path, 'utf8') }
    : source;
}

/** Calls `each` with the file's bytes a piece at a time, without holding the file. */
export function eachChunk(path: string, each: (bytes: Uint8Array) => boolean | undefined): void {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(CHUNK);
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK, null);
      if (read === 0 || each(buffer.subarray(0, read)) === false) return;
    }
  } finally {
    closeSync(fd);
  }
}

/** The first item of a JSON file whose top level is a list; undefined for anything else. */
function firstListItem(path: string): { value: unknown } | undefined {
  const scanner = new JsonArrayScanner();
  const decoder = new TextDecoder();
  let found: { value: unknown } | undefined;
  let list: boolean | undefined;
  eachChunk(path, (bytes) => {
    for (const event of scanner.push(decoder.decode(bytes, { stream: true }))) {
      if (event.kind === 'item' && found === undefined) found = { value: event.value };
    }
    list = scanner.isList;
    return found === undefined && list !== false;
  });
  return found;
}
