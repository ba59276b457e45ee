import { CRISIS_LINES, type UiLocale } from '@recovery-circles/core';
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App.js';
import { MESSAGES } from './i18n/messages.js';

/** Renders a page to HTML at build time, so crisis help is in the served HTML itself. */
export function render(locale: UiLocale): { html: string; title: string; description: string } {
  const html = renderToString(
    <StrictMode>
      <App locale={locale} crisisLines={CRISIS_LINES} />
    </StrictMode>,
  );
  return { html, title: MESSAGES[locale].title, description: MESSAGES[locale].description };
}
