/** Where "Quick exit" goes: a neutral, everyday site. */
export const QUICK_EXIT_URL = 'https://www.google.com/';

/**
 * Leaves the site at once. `replace` takes this page out of the tab's history, so the
 * back button does not bring it back.
 */
export function quickExit(location: Pick<Location, 'replace'>): void {
  location.replace(QUICK_EXIT_URL);
}

/**
 * Counts Escape presses: two within `windowMs` mean "leave now". Returns a keydown handler
 * that calls `onExit`; other keys reset the count so normal typing never triggers it.
 */
export function doubleEscape(onExit: () => void, windowMs = 1500, now: () => number = Date.now) {
  let last = Number.NEGATIVE_INFINITY;
  return (event: Pick<KeyboardEvent, 'key'>): void => {
    if (event.key !== 'Escape') {
      last = Number.NEGATIVE_INFINITY;
      return;
    }
    const time = now();
    if (time - last <= windowMs) {
      last = Number.NEGATIVE_INFINITY;
      onExit();
    } else {
      last = time;
    }
  };
}
