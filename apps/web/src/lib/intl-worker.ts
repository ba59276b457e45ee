/*
 * A worker of `intl-warm.ts`: formats one date with each set of options the pages use, in each
 * locale asked for, so the browser's date and time-zone data is loaded here rather than on the
 * page's main thread. It answers, and ends, when done.
 */

const OPTIONS: readonly Intl.DateTimeFormatOptions[] = [
  { weekday: 'long' },
  { weekday: 'short' },
  { hour: 'numeric', minute: '2-digit' },
  { month: 'long', day: 'numeric' },
  { timeZoneName: 'short' },
  { timeZoneName: 'longGeneric' },
  {
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    era: 'short',
  },
];

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<{ locales: string[] }>) => void) | null;
  postMessage(message: unknown): void;
  close(): void;
};

scope.onmessage = (event) => {
  const now = new Date();
  for (const locale of event.data.locales) {
    for (const options of OPTIONS) {
      try {
        new Intl.DateTimeFormat(locale, options).formatToParts(now);
        new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatToParts(now);
      } catch {
        // An option this browser lacks: the page will load that part itself.
      }
    }
  }
  scope.postMessage(true);
  scope.close();
};
