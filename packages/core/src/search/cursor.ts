import type { SearchQuery } from './search-query.js';

/** Thrown when a cursor is malformed or belongs to a different query. */
export class InvalidCursorError extends Error {
  /** A stable code an API can map to a 400 answer. */
  readonly code = 'invalid-cursor';
  constructor(message: string) {
    super(message);
    this.name = 'InvalidCursorError';
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** FNV-1a, 32 bits, as 8 hex digits: enough to tell one query from another, not a secret. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** A hash of everything in a query that decides its results (not the cursor or the page size). */
export function queryHash(query: SearchQuery): string {
  const { cursor: _cursor, limit: _limit, ...rest } = query;
  return fnv1a(canonical(rest));
}

// btoa/atob rather than Buffer: the package also runs in browsers.
function fromBase64Url(text: string): string {
  try {
    return atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return '';
  }
}

/** An opaque cursor for the page starting at `offset` of `query`'s results. */
export function encodeCursor(offset: number, query: SearchQuery): string {
  return btoa(`${offset}.${queryHash(query)}`)
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The offset a cursor points at; throws {@link InvalidCursorError} when it is not one of `query`'s. */
export function decodeCursor(cursor: string, query: SearchQuery): number {
  const text = /^[A-Za-z0-9_-]+$/.test(cursor) ? fromBase64Url(cursor) : '';
  const match = /^(\d{1,9})\.([0-9a-f]{8})$/.exec(text);
  if (match === null) throw new InvalidCursorError('The cursor is not valid.');
  if (match[2] !== queryHash(query)) {
    throw new InvalidCursorError('The cursor belongs to a different search; start again without it.');
  }
  return Number(match[1]);
}
