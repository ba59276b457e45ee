import { useEffect, useState } from 'react';

/**
 * The current time, refreshed every minute so "starts in 20 min" stays true while the page
 * is open. Null until the page is live: prerendered HTML must not bake in a build-time clock.
 */
export function useNow(): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
