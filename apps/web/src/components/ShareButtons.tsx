import type { UiLocale } from '@recovery-circles/core';
import { useState } from 'react';
import { RESOURCE } from '../i18n/resource.js';

/** Share (the device's share sheet, or copy the link) and print. */
export function ShareButtons({ title, locale }: { title: string; locale: UiLocale }) {
  const r = RESOURCE[locale];
  const [status, setStatus] = useState('');
  const share = async () => {
    const url = window.location.href;
    if (typeof navigator.share === 'function') {
      try {
        await navigator.share({ title, url });
        return;
      } catch (error) {
        // The visitor closed the share sheet: nothing to do.
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    try {
      await navigator.clipboard.writeText(url);
      setStatus(r.copied);
    } catch {
      setStatus(r.copyFailed);
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={share}>
        {r.share}
      </button>
      <button type="button" className="button button--secondary" onClick={() => window.print()}>
        {r.print}
      </button>
      <span role="status" className="status">
        {status}
      </span>
    </>
  );
}
