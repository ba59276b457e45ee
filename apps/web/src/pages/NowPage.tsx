import type { SearchHit } from '@recovery-circles/core';
import { type FormEvent, useCallback, useEffect, useMemo, useState } from 'react';
import { NoScript } from '../components/NoScript.js';
import { HitCards } from '../components/ResourceCard.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { api } from '../lib/api.js';
import { coordinatesOf } from '../lib/place.js';
import { currentQuery, setQuery } from '../lib/url-state.js';
import { useNow } from '../lib/use-now.js';
import { browserTimeZone, parseWhere } from '../lib/where.js';

type Lists =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; inProgress: SearchHit[]; soon: SearchHit[] };

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => FINDER[locale].nowTitle;

/** Meetings in progress now and starting within the hour, near a place or online. */
export default function NowPage({ locale }: PageProps) {
  const f = FINDER[locale];
  const t = messagesFor(locale);
  const [where, setWhere] = useState('');
  const [lists, setLists] = useState<Lists>({ kind: 'loading' });
  const now = useNow();
  const timeZone = useMemo(() => browserTimeZone() ?? 'UTC', []);

  const load = useCallback(
    async (place: string) => {
      setLists({ kind: 'loading' });
      const parsed = place.trim() ? parseWhere(place) : undefined;
      const point = parsed ? await coordinatesOf(parsed) : undefined;
      if (place.trim() && !point) {
        setLists({ kind: 'error', message: f.placeNotFound });
        return;
      }
      // Without a place, only what can be joined from anywhere makes sense.
      const base = {
        kind: ['meeting'],
        time_zone: timeZone,
        sort: 'next',
        limit: 30,
        ...(point
          ? { near: `${point.lat},${point.lng}`, radius: 25, radius_unit: 'mi' }
          : { attendance: ['online', 'phone'] }),
      };
      try {
        const [inProgress, soon] = await Promise.all([
          api.search({ ...base, in_progress: true }),
          api.search({ ...base, starting_within: 60 }),
        ]);
        setLists({ kind: 'done', inProgress: inProgress.data, soon: soon.data });
      } catch {
        setLists({ kind: 'error', message: f.loadError });
      }
    },
    [f, timeZone],
  );

  useEffect(() => {
    const place = new URLSearchParams(currentQuery()).get('where') ?? '';
    setWhere(place);
    void load(place);
  }, [load]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setQuery(where.trim() ? new URLSearchParams({ where: where.trim() }).toString() : '', 'replace');
    void load(where);
  };

  const announce =
    lists.kind === 'loading'
      ? f.searching
      : lists.kind === 'error'
        ? lists.message
        : `${f.nowInProgress}: ${lists.inProgress.length}. ${f.nowSoon}: ${lists.soon.length}.`;

  const list = (hits: SearchHit[]) =>
    hits.length === 0 || !now ? (
      <p>{f.nowNone}</p>
    ) : (
      <HitCards hits={hits} locale={locale} now={now} timeZone={timeZone} />
    );

  return (
    <div className="now">
      <NoScript t={t} locale={locale} />
      <h1>{f.nowHeading}</h1>
      <p className="lead">{f.nowIntro}</p>
      <form className="quick-search" onSubmit={submit} noValidate>
        <label htmlFor="now-where">{t.quickSearchLabel}</label>
        <div className="quick-search__row">
          <input
            id="now-where"
            type="text"
            autoComplete="postal-code"
            value={where}
            aria-describedby="now-hint"
            onChange={(event) => setWhere(event.target.value)}
          />
          <button type="submit" className="button button--secondary">
            {f.refresh}
          </button>
        </div>
        <p className="hint" id="now-hint">
          {f.anywhere}
        </p>
      </form>
      <p className="status" role="status" aria-live="polite">
        {announce}
      </p>
      {lists.kind === 'done' ? (
        <>
          <section aria-labelledby="now-progress">
            <h2 id="now-progress">{f.nowInProgress}</h2>
            {list(lists.inProgress)}
          </section>
          <section aria-labelledby="now-soon">
            <h2 id="now-soon">{f.nowSoon}</h2>
            {list(lists.soon)}
          </section>
        </>
      ) : null}
    </div>
  );
}
