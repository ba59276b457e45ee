import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import type { ImportSource } from './types.js';

/** Reads a file, or a folder of CSV tables (an HSDS datapackage), as an import source. */
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
  return { kind: 'file', name: basename(path), text: readFileSync(path, 'utf8') };
}
