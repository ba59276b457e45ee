/*
 * Asking the API ahead of a submit. When a filter changes (a box ticked, a distance chosen),
 * the page asks for the answer the form would get, so that "Update" or "Search" finds it on
 * its way or already here. Only the latest such answer is kept, and only for a short while;
 * the page still shows nothing but the server's answer for exactly what was submitted.
 */

/** How long an answer asked for ahead stays good for a submit. */
export const AHEAD_MAX_AGE_MS = 30_000;

/** An answer on its way, with what cancels it. */
export interface Asked<T> {
  answer: Promise<T>;
  controller: AbortController;
  /** The answer itself once it is here: a submit then shows it at once, with no busy state. */
  arrived?: { value: T };
}

/** The one answer asked for ahead of a submit, by the request it answers. */
export class Ahead<T> {
  #key = '';
  #at = 0;
  #asked: Asked<T> | undefined;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Asks for the answer to `key` (through `ask`) unless it is already on its way; drops any other. */
  prepare(key: string, ask: (signal: AbortSignal) => Promise<T>): void {
    if (this.#asked && this.#key === key && this.now() - this.#at < AHEAD_MAX_AGE_MS) return;
    this.forget();
    const controller = new AbortController();
    const answer = ask(controller.signal);
    const asked: Asked<T> = { answer, controller };
    answer.then(
      (value) => {
        asked.arrived = { value };
      },
      // A failure shows if the answer is used; unused, it must not be reported as unhandled.
      () => undefined,
    );
    this.#key = key;
    this.#at = this.now();
    this.#asked = asked;
  }

  /** The answer to `key` asked for ahead, handed over (kept no longer); undefined (and any other dropped) when there is none. */
  take(key: string): Asked<T> | undefined {
    const asked = this.#asked;
    const fresh = asked !== undefined && this.#key === key && this.now() - this.#at < AHEAD_MAX_AGE_MS;
    if (!fresh) {
      this.forget();
      return undefined;
    }
    this.#asked = undefined;
    return asked;
  }

  /** Cancels the answer asked for ahead, if any. */
  forget(): void {
    this.#asked?.controller.abort();
    this.#asked = undefined;
  }
}
