/*
 * MongoDB exports write some values as one-key objects (Extended JSON): {"$oid": "…"},
 * {"$date": "…"} or {"$date": {"$numberLong": "…"}}, {"$numberInt": "7"}. Feeds dumped
 * from a Mongo-backed meeting finder arrive that way.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The plain value of one Extended JSON wrapper, or undefined when `value` is not one. */
function unwrapOne(value: Record<string, unknown>): { value: unknown } | undefined {
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0];
  const inner = key === undefined ? undefined : value[key];
  switch (key) {
    case '$oid':
    case '$symbol':
      return typeof inner === 'string' ? { value: inner } : undefined;
    case '$numberInt':
    case '$numberLong':
    case '$numberDouble':
    case '$numberDecimal':
      return typeof inner === 'string' || typeof inner === 'number' ? { value: Number(inner) } : undefined;
    case '$date': {
      if (typeof inner === 'string') return { value: inner };
      if (typeof inner === 'number') return { value: new Date(inner).toISOString() };
      if (isRecord(inner) && typeof inner.$numberLong === 'string') {
        const ms = Number(inner.$numberLong);
        return Number.isFinite(ms) ? { value: new Date(ms).toISOString() } : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** Whether a record holds an Extended JSON wrapper in one of its fields. */
export function hasExtendedJson(record: unknown): boolean {
  if (!isRecord(record)) return false;
  for (const key in record) {
    const field = record[key];
    if (isRecord(field) && unwrapOne(field) !== undefined) return true;
  }
  return false;
}

/** A copy of `value` with every Extended JSON wrapper replaced by its plain value. */
export function unwrapExtendedJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(unwrapExtendedJson);
  if (!isRecord(value)) return value;
  const plain = unwrapOne(value);
  if (plain) return plain.value;
  const out: Record<string, unknown> = {};
  for (const key in value) out[key] = unwrapExtendedJson(value[key]);
  return out;
}
