import { createHash } from 'node:crypto';
import type { Resource } from '@recovery-circles/core';

/** `value` as JSON with every object's keys sorted, so equal facts give equal text. */
export function stableJson(value: unknown): string {
  return JSON.stringify(stable(value));
}

function stable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stable);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, stable((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/**
 * A hash of what a resource says, ignoring bookkeeping (timestamps, which import wrote it),
 * so a re-import of the same facts counts as unchanged.
 */
export function contentHash(resource: Resource): string {
  const { createdAt: _c, updatedAt: _u, provenance, ...facts } = resource;
  const { importBatchId: _b, importedAt: _i, ...source } = provenance;
  return createHash('sha256')
    .update(stableJson({ ...facts, provenance: source }))
    .digest('base64url');
}
