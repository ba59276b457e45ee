import { doubleEscape, quickExit } from './quick-exit.js';

/*
 * The page is painted, and usable as HTML, before the app's code is here (boot.ts). What a
 * visitor does in that moment must not be lost or wait:
 * - leaving fast: Escape twice, or the quick exit link, replace the page at once (and keep
 *   doing so once the app is live: this is the only handler for Escape);
 * - answers given in the meantime (a box ticked, a choice made, words typed) are handed to the
 *   app once it is live, as if given then: its forms hold their state themselves, and would
 *   otherwise draw them as they were;
 * - a form sent, or a link to this site followed, in the meantime waits for the app (a moment),
 *   which then sends or follows it as it does (the results in this document, the next step of
 *   the questions, another page in this document) rather than loading the plain address. If
 *   the app cannot start, it goes as plain HTML. Crisis help never waits: a call, a text, a
 *   chat, the crisis page and its list of help lines go at once.
 */

/** How long a form or link used before the app is live waits for it before going as plain HTML. */
const HOLD_MS = 5_000;

type Field = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

let live = false;
/** Fields changed before the app was live, with what the visitor left in them. */
const answered = new Map<Field, { value: string; checked: boolean }>();
/** The last form sent or link followed before the app was live: what the app does with it. */
let held: { replay: () => void; timer: number } | undefined;

/** Holds an action until the app is live, or does it as plain HTML after `HOLD_MS`. */
function hold(replay: () => void, asHtml: () => void): void {
  if (held) window.clearTimeout(held.timer);
  held = {
    replay,
    timer: window.setTimeout(() => {
      held = undefined;
      asHtml();
    }, HOLD_MS),
  };
}

/*
 * Until the app is live, the page's own events stop at the window (in the capture phase), so
 * that none reaches the app half-way (React makes a part live at once for an event, but the
 * page has not read its address yet): what they do in the page itself (a box ticked, text
 * typed, a link followed) happens as in plain HTML, and is kept here.
 */
function onChange(event: Event): void {
  if (live) return;
  event.stopPropagation();
  const field = event.target;
  if (
    field instanceof HTMLInputElement ||
    field instanceof HTMLSelectElement ||
    field instanceof HTMLTextAreaElement
  ) {
    answered.set(field, { value: field.value, checked: field instanceof HTMLInputElement && field.checked });
  }
}

function onSubmit(event: SubmitEvent): void {
  if (live || !(event.target instanceof HTMLFormElement)) return;
  event.stopPropagation();
  event.preventDefault();
  const form = event.target;
  const submitter = event.submitter;
  hold(
    () => {
      try {
        form.requestSubmit(submitter);
      } catch {
        form.requestSubmit();
      }
    },
    () => HTMLFormElement.prototype.submit.call(form),
  );
}

/** The crisis page, in either language: a link to it never waits. */
const CRISIS_PAGE = /^\/(es\/)?crisis\/?$/;

/**
 * A plain click (this tab, no download) on a link to a page of this site, without a #fragment,
 * other than the crisis page.
 */
function toThisSite(event: MouseEvent, link: HTMLAnchorElement): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
    (link.target === '' || link.target === '_self') &&
    !link.hasAttribute('download') &&
    link.origin === window.location.origin &&
    link.hash === '' &&
    !CRISIS_PAGE.test(link.pathname)
  );
}

function onClick(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (link?.classList.contains('quick-exit') && !event.defaultPrevented && event.button === 0) {
    event.preventDefault();
    quickExit(window.location);
    return;
  }
  if (live) return;
  event.stopPropagation();
  if (!link || !toThisSite(event, link)) return;
  event.preventDefault();
  const href = link.href;
  hold(
    () => (link.isConnected ? link.click() : window.location.assign(href)),
    () => window.location.assign(href),
  );
}

/** The element's own property setter, which the app's view of the field does not see. */
function setNatively(field: Field, property: 'value' | 'checked', value: string | boolean): void {
  Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field), property)?.set?.call(field, value);
}

/** Gives the app a field's answer as the visitor's own input: the events a change makes. */
function replay(field: Field, answer: { value: string; checked: boolean }): void {
  if (!field.isConnected || field.disabled) return;
  if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
    // A radio left unchecked is the other side of one that was checked: that one says it.
    if (field.type === 'radio' && !answer.checked) return;
    setNatively(field, 'checked', !answer.checked);
    field.click();
    return;
  }
  setNatively(field, 'value', answer.value);
  field.dispatchEvent(new Event('input', { bubbles: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
}

/** Starts leaving fast, and keeping what is done before the app is live (boot.ts, at once). */
export function beforeLive(): void {
  document.addEventListener(
    'keydown',
    doubleEscape(() => quickExit(window.location)),
  );
  window.addEventListener('click', onClick, true);
  window.addEventListener('input', onChange, true);
  window.addEventListener('change', onChange, true);
  window.addEventListener('submit', onSubmit, true);
}

/** The app is live (drawn, its handlers on the page): what was done meanwhile is handed over. */
export function appIsLive(): void {
  live = true;
  window.removeEventListener('input', onChange, true);
  window.removeEventListener('change', onChange, true);
  window.removeEventListener('submit', onSubmit, true);
  for (const [field, answer] of answered) replay(field, answer);
  answered.clear();
  const pending = held;
  held = undefined;
  if (!pending) return;
  window.clearTimeout(pending.timer);
  // After the app has drawn the answers just handed over.
  setTimeout(pending.replay, 0);
}
