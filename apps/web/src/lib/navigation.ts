import type { UiLocale } from '@recovery-circles/core';
import { PAGE_LOADERS, type PageModule } from '../pages/loaders.js';
import { type PageId, pageFromPath, pageHref } from '../routes.js';

/*
 * Client-side navigation between our own pages. Every page is also a prerendered document
 * (bookmarks, JavaScript off, a language switch); once the app is live, following a link or
 * submitting to another page of the same language shows it in this document instead: the
 * address is pushed, the page's chunk loaded, and the App frame (crisis bar, header, quick
 * exit) stays. Back and forward show the page of the address again.
 */

/** A page the app can show in this document, and the address to show it at. */
export interface Destination {
  page: PageId;
  /** Path and query, without a fragment. */
  path: string;
}

/**
 * Where `href` leads, when this document can show it itself: the same origin, one of our
 * pages at its own address (not the 404 page), in the language shown now (switching language
 * loads the page anew, with its `lang`), and no #fragment. Undefined means: let the browser
 * load it.
 */
export function clientDestination(href: string, here: string, locale: UiLocale): Destination | undefined {
  let url: URL;
  try {
    url = new URL(href, here);
  } catch {
    return undefined;
  }
  if (url.origin !== new URL(here).origin || url.hash) return undefined;
  const { page, locale: target } = pageFromPath(url.pathname);
  if (page === 'not-found' || target !== locale || pageHref(page, locale) !== url.pathname) return undefined;
  return { page, path: `${url.pathname}${url.search}` };
}

/** Whether a click on a link is a plain one (not a new tab or window, not a download). */
export function plainClick(
  event: Pick<MouseEvent, 'button' | 'metaKey' | 'ctrlKey' | 'shiftKey' | 'altKey' | 'defaultPrevented'>,
  link: Pick<HTMLAnchorElement, 'target' | 'hasAttribute'>,
): boolean {
  return (
    !event.defaultPrevented &&
    event.button === 0 &&
    !(event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) &&
    (link.target === '' || link.target === '_self') &&
    !link.hasAttribute('download')
  );
}

/** What the app shows a page with (set by the root component once it is live). */
export type ShowPage = (page: PageId, module: PageModule) => void;

let locale: UiLocale = 'en';
let shown: Destination = { page: 'home', path: '/' };
let show: ShowPage | undefined;
let latest = 0;
let scrollToTop = false;

// Pages that follow their own query on back/forward (they listen to popstate themselves).
const FOLLOWS_QUERY: ReadonlySet<PageId> = new Set(['find', 'results', 'search']);

async function display(to: Destination, mode: 'push' | 'replace' | 'pop'): Promise<void> {
  const ticket = ++latest;
  let module: PageModule;
  try {
    module = await PAGE_LOADERS[to.page](locale);
  } catch {
    // The chunk could not be loaded (a new deploy, offline): the document can.
    if (mode === 'pop') window.location.reload();
    else window.location.assign(to.path);
    return;
  }
  if (ticket !== latest || !show) return;
  if (mode === 'push') window.history.pushState(null, '', to.path);
  else if (mode === 'replace') window.history.replaceState(null, '', to.path);
  scrollToTop = mode !== 'pop';
  shown = to;
  document.title = module.title(locale);
  show(to.page, module);
  window.dispatchEvent(new Event('rc:urlchange'));
}

/** Goes to `href`: in this document when it can, else as a plain page load. */
export function navigate(href: string): void {
  const to = show ? clientDestination(href, window.location.href, locale) : undefined;
  if (!to) {
    window.location.assign(href);
    return;
  }
  const here = `${window.location.pathname}${window.location.search}`;
  void display(to, to.path === here ? 'replace' : 'push');
}

function onClick(event: MouseEvent): void {
  const link = event.target instanceof Element ? event.target.closest('a') : null;
  if (!link || !show || !plainClick(event, link)) return;
  const to = clientDestination(link.href, window.location.href, locale);
  if (!to) return;
  event.preventDefault();
  navigate(to.path);
}

function onPopState(event: PopStateEvent): void {
  if (!show) return;
  const path = `${window.location.pathname}${window.location.search}`;
  const { page } = pageFromPath(window.location.pathname);
  if (page === shown.page && (FOLLOWS_QUERY.has(page) || path === shown.path)) {
    shown = { page, path };
    return;
  }
  // Another page: the one shown must not read this address as its own.
  event.stopImmediatePropagation();
  void display({ page, path }, 'pop');
}

/**
 * Starts client-side navigation for a document showing `page` in `locale`. Call it before the
 * first render, so its back/forward listener runs before the pages' own.
 */
export function startNavigation(page: PageId, pageLocale: UiLocale): void {
  locale = pageLocale;
  shown = { page, path: `${window.location.pathname}${window.location.search}` };
  window.addEventListener('popstate', onPopState);
  document.addEventListener('click', onClick);
}

/** Lets the root component show pages; returns the undo, for its effect's cleanup. */
export function showPagesWith(fn: ShowPage): () => void {
  show = fn;
  return () => {
    if (show === fn) show = undefined;
  };
}

/**
 * After a page is shown in this document: to the top of it (unless back/forward), and focus on
 * its main heading, so a screen reader says where the visitor is, as a page load would.
 */
export function focusShownPage(): void {
  if (scrollToTop) window.scrollTo(0, 0);
  const main = document.getElementById('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}

/** Loads a page's chunk ahead of a likely visit (the answers' last step, a typed place). */
export function prefetchPage(page: PageId): void {
  PAGE_LOADERS[page](locale).catch(() => undefined);
}
