/*
 * Requests a page sends before its own code is here: `boot.ts` sends them as the page is
 * painted, so the answer travels while React and the page's chunk load, not after. The page
 * takes its answer when it runs (once, and only while fresh: a later visit to the same page in
 * the app asks anew); an answer it does not take (another address by then) is simply left.
 */

/** How long an answer sent early stays good for the page (as answers asked ahead, `ahead.ts`). */
const EARLY_MAX_AGE_MS = 30_000;

const sent = new Map<string, { at: number; answer: Promise<unknown> }>();

/** Sends a request now, kept under `key` for the page to take. */
export function sendEarly<T>(key: string, ask: () => Promise<T>): void {
  const answer = ask();
  // Unused, a failure must not be reported as unhandled; used, the page sees it.
  answer.catch(() => undefined);
  sent.set(key, { at: Date.now(), answer });
}

/** The answer sent early under `key`, handed over once; undefined when there is none (or it is old). */
export function takeEarly<T>(key: string): Promise<T> | undefined {
  const early = sent.get(key);
  sent.delete(key);
  return early && Date.now() - early.at < EARLY_MAX_AGE_MS ? (early.answer as Promise<T>) : undefined;
}

/** The key of an early request: what it asks for, as JSON (the page asks with the same). */
export function earlyKey(kind: string, request: unknown): string {
  return `${kind}:${JSON.stringify(request)}`;
}
