import { CRISIS_LINES, type CrisisLine, createClient } from '@recovery-circles/core';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { App } from './App.js';
import './styles.css';

const container = document.getElementById('root');
const locale = document.documentElement.lang === 'es' ? 'es' : 'en';

function page(crisisLines: readonly CrisisLine[]) {
  return (
    <StrictMode>
      <App locale={locale} crisisLines={crisisLines} />
    </StrictMode>
  );
}

if (container) {
  // The prerendered page already shows core's lines; hydrate it, then show the directory's
  // current lines (curators may have updated them since the build).
  const root: Root = hydrateRoot(container, page(CRISIS_LINES));
  createClient({ baseUrl: '' })
    .crisisLines()
    .then(({ data }) => {
      if (data.length > 0) root.render(page(data));
    })
    .catch(() => {
      // Keep the built-in lines: crisis help never disappears behind an error.
    });
}
