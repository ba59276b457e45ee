import { closeSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { JsonArrayScanner, type JsonTopEvent } from '@recovery-circles/core/formats';
import type { ImportSource } from './types.js';

/** Bytes read at a time from a file on disk. */
const CHUNK = 64 * 1024;

/**
 * Reads a file, or a folder of CSV tables (an HSDS datapackage), as an import source. A JSON
 * file that is a top-level list or object is not read whole: it is previewed (enough to tell
 * its format) and streamed by the import; any other file is read whole.
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
    const seen = preview(path);
    if (seen) return { kind: 'path', name: basename(path), path, preview: seen.value };
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

/**
 * What a JSON file shows of itself, read a piece at a time and not held: a top-level list as
 * a list of its first item (read no further), a top-level object as the object with each of
 * its lists cut to its first item; undefined for anything else, or a file that is not JSON
 * (read whole, so the import reports it as such).
 */
function preview(path: string): { value: unknown } | undefined {
  const scanner = new JsonArrayScanner({ properties: true });
  const decoder = new TextDecoder();
  let list: unknown[] | undefined;
  let object: Record<string, unknown> | undefined;
  let whole = false;
  // Own properties, as JSON.parse makes them: "__proto__" included, a repeated key's last value kept.
  const set = (key: string, value: unknown) =>
    Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  const take = (events: JsonTopEvent[]) => {
    for (const event of events) {
      if (event.kind === 'object') object = {};
      else if (event.kind === 'list') set(event.key, []);
      else if (event.kind === 'property') set(event.key, event.value);
      else if (event.kind === 'item' && event.key === undefined) list ??= [event.value];
      else if (event.kind === 'item') {
        const items = object?.[event.key ?? ''];
        if (Array.isArray(items) && items.length === 0) items.push(event.value);
      } else whole = true; // not a list or an object, or not JSON
    }
  };
  eachChunk(path, (bytes) => {
    take(scanner.push(decoder.decode(bytes, { stream: true })));
    return list === undefined && !whole;
  });
  if (list !== undefined) return { value: list };
  take([...scanner.push(decoder.decode()), ...scanner.end()]);
  // An empty list, or anything that is not an object, is small or broken: it is read whole.
  return whole || object === undefined ? undefined : { value: object };
}
