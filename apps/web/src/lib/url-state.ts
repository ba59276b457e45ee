/**
 * Puts a page's state in its address (answers, filters), so a result can be bookmarked or
 * shared and nothing is stored on a server. Tells listeners (the language switch) about it.
 */
export function setQuery(query: string, mode: 'push' | 'replace'): void {
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  if (`${window.location.pathname}${window.location.search}` === url) return;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
  window.dispatchEvent(new Event('rc:urlchange'));
}

/** The page's current query string, without "?". */
export function currentQuery(): string {
  return typeof window === 'undefined' ? '' : window.location.search.replace(/^\?/, '');
}
