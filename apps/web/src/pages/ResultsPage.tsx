import type { MatchItem, MatchResponse, SectionCircle, UiLocale } from '@recovery-circles/core';
import {
  type FormEvent,
  lazy,
  memo,
  Suspense,
  startTransition,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { CrisisMatches } from '../components/CrisisMatches.js';
import type { MapPoint } from '../components/MapView.js';
import { NoScript } from '../components/NoScript.js';
import { ResourceCard } from '../components/ResourceCard.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { Ahead } from '../lib/ahead.js';
import {
  type Answers,
  decodeAnswers,
  emptyAnswers,
  encodeAnswers,
  patchAnswers,
  profileOf,
} from '../lib/answers.js';
import { api } from '../lib/api.js';
import { earlyKey, takeEarly } from '../lib/early.js';
import { intlWarm } from '../lib/intl-warm.js';
import { pointOf } from '../lib/resource-info.js';
import { seeMoreQuery } from '../lib/search-links.js';
import { localize } from '../lib/text.js';
import { currentQuery, setQuery } from '../lib/url-state.js';
import { useNow } from '../lib/use-now.js';
import { browserTimeZone, parseWhere, RADIUS_CHOICES } from '../lib/where.js';
import { pageHref } from '../routes.js';

const MapView = lazy(() => import('../components/MapView.js'));

/**
 * The last settled answer ("loading" only before the first). Whether a newer one is on its way
 * is kept apart (`busy`): while it loads, the last answer stays on screen and only the status
 * line changes, so marking the page busy re-renders nothing else.
 */
type Status = { kind: 'loading' } | { kind: 'done'; response: MatchResponse } | { kind: 'error' };

/** Asks the API for the matches of a profile. */
function askMatch(profile: ReturnType<typeof profileOf>, signal: AbortSignal): Promise<MatchResponse> {
  return api.match(profile, signal);
}

function distanceBetween(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function circleOrder(answers: Answers): SectionCircle[] {
  // A family member sees their own circle first: their well-being matters too.
  return answers.forWhom === 'someone-i-care-about'
    ? ['family', 'peers', 'professionals']
    : ['peers', 'professionals', 'family'];
}

function whereText(answers: Answers): string {
  if (answers.where && 'zip' in answers.where) return answers.where.zip;
  if (answers.where && 'place' in answers.where) return answers.where.place;
  return '';
}

/** The filters in place; memoized, so a busy status line leaves it alone. */
const Adjust = memo(function Adjust({
  answers,
  locale,
  onApply,
  onPrepare,
}: {
  answers: Answers;
  locale: UiLocale;
  onApply: (next: Answers) => void;
  /** A choice changed: the answers the form would apply now, to ask for ahead. */
  onPrepare: (next: Answers) => void;
}) {
  const f = FINDER[locale];
  const t = messagesFor(locale);
  const [where, setWhere] = useState(whereText(answers));
  const [radius, setRadius] = useState(answers.radius ?? 10);
  const [online, setOnline] = useState(answers.onlineOnly);
  const [free, setFree] = useState(answers.mustBeFree);
  const [error, setError] = useState('');
  useEffect(() => {
    setWhere(whereText(answers));
    setRadius(answers.radius ?? 10);
    setOnline(answers.onlineOnly);
    setFree(answers.mustBeFree);
  }, [answers]);
  /** The answers the form holds, or undefined when the place typed cannot be read. */
  const formAnswers = (choices: { radius: number; online: boolean; free: boolean }) => {
    const parsed = where.trim() === '' ? undefined : parseWhere(where);
    if (where.trim() !== '' && !parsed) return undefined;
    const keepCoordinates = answers.where && 'lat' in answers.where && where.trim() === '';
    return patchAnswers(answers, {
      where: keepCoordinates ? answers.where : parsed,
      radius: choices.radius,
      onlineOnly: choices.online,
      mustBeFree: choices.free,
    });
  };
  /** A box ticked or a distance chosen: ask for what "Update" would show (typing asks nothing). */
  const choose = (choices: { radius: number; online: boolean; free: boolean }) => {
    setRadius(choices.radius);
    setOnline(choices.online);
    setFree(choices.free);
    const next = formAnswers(choices);
    if (next) onPrepare(next);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next = formAnswers({ radius, online, free });
    if (!next) {
      setError(f.whereInvalid);
      return;
    }
    setError('');
    onApply(next);
  };
  return (
    <details className="adjust">
      <summary>{f.adjust}</summary>
      <form onSubmit={submit} noValidate className="adjust__form">
        <div className="field">
          <label htmlFor="adjust-where">{t.quickSearchLabel}</label>
          <input
            id="adjust-where"
            type="text"
            value={where}
            autoComplete="postal-code"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'adjust-error' : undefined}
            onChange={(event) => setWhere(event.target.value)}
          />
          {error ? (
            <p className="error" id="adjust-error">
              {error}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor="adjust-radius">{f.radiusLabel}</label>
          <select
            id="adjust-radius"
            value={radius}
            onChange={(event) => choose({ radius: Number(event.target.value), online, free })}
          >
            {RADIUS_CHOICES.map((miles) => (
              <option key={miles} value={miles}>
                {f.miles(miles)}
              </option>
            ))}
          </select>
        </div>
        <label className="choice">
          <input
            type="checkbox"
            checked={online}
            onChange={(event) => choose({ radius, online: event.target.checked, free })}
          />
          <span>{f.onlineOnly}</span>
        </label>
        <label className="choice">
          <input
            type="checkbox"
            checked={free}
            onChange={(event) => choose({ radius, online, free: event.target.checked })}
          />
          <span>{f.freeOnly}</span>
        </label>
        <button type="submit" className="button button--primary">
          {f.apply}
        </button>
      </form>
    </details>
  );
});

/** Everything the answer shows below the status line; memoized, so a busy status line leaves it alone. */
const Answer = memo(function Answer({
  response,
  answers,
  locale,
  now,
  timeZone,
}: {
  response: MatchResponse;
  answers: Answers;
  locale: UiLocale;
  now: Date | null;
  timeZone: string;
}) {
  const f = FINDER[locale];
  const [view, setView] = useState<'list' | 'map'>('list');
  const order = circleOrder(answers);
  const items: MatchItem[] = useMemo(
    () => circleOrder(answers).flatMap((circle) => response.data.circles[circle].items),
    [response, answers],
  );
  const origin = response.origin ?? undefined;
  const points: MapPoint[] = useMemo(
    () =>
      items.flatMap((item) => {
        const point = item.resource ? pointOf(item.resource) : undefined;
        return point && item.resource
          ? [
              {
                id: item.resourceId,
                name: item.resource.name,
                ...point,
                href: pageHref('resource', locale, `id=${encodeURIComponent(item.resourceId)}`),
              },
            ]
          : [];
      }),
    [items, locale],
  );
  const inCrisis = answers.urgency === 'crisis';

  return (
    <>
      {inCrisis ? <CrisisMatches matches={response.data.crisis} locale={locale} expanded /> : null}
      {response.data.notices.length > 0 ? (
        <ul className="notices">
          {response.data.notices.map((notice, i) => (
            <li key={`${notice.code}-${i}`}>{localize(notice.text, locale)}</li>
          ))}
        </ul>
      ) : null}
      {response.data.widened ? <p className="notice">{f.widened}</p> : null}
      <fieldset className="view-switch">
        <legend className="visually-hidden">{f.viewLabel}</legend>
        <button
          type="button"
          className="button button--toggle"
          aria-pressed={view === 'list'}
          onClick={() => setView('list')}
        >
          {f.listView}
        </button>
        <button
          type="button"
          className="button button--toggle"
          aria-pressed={view === 'map'}
          onClick={() => setView('map')}
        >
          {f.mapView}
        </button>
      </fieldset>
      {view === 'map' ? (
        <div className="map-wrap">
          <p className="hint">{f.mapNote}</p>
          <Suspense fallback={<p>{f.mapLoading}</p>}>
            <MapView
              points={points}
              center={origin ? { lat: origin.lat, lng: origin.lng } : undefined}
              label={f.mapLabel}
            />
          </Suspense>
          {items.length > points.length ? (
            <p className="hint">{f.notOnMap(items.length - points.length)}</p>
          ) : null}
        </div>
      ) : null}
      {now
        ? order.map((circle) => {
            const section = response.data.circles[circle];
            const heading = f.circleHeading[circle];
            return (
              <section
                key={circle}
                className={`circle circle--${circle}`}
                aria-labelledby={`circle-${circle}`}
              >
                <h2 id={`circle-${circle}`}>{heading}</h2>
                <p className="circle__intro">{f.circleIntro[circle]}</p>
                {section.items.length === 0 ? (
                  <p>{f.emptyCircle}</p>
                ) : (
                  <>
                    <p className="hint">{f.showingOf(section.items.length, section.total)}</p>
                    {section.widenedReason ? <p className="hint">{f.widened}</p> : null}
                    <ul className="cards">
                      {section.items.map((item) =>
                        item.resource ? (
                          <li key={item.resourceId}>
                            <ResourceCard
                              resource={item.resource}
                              locale={locale}
                              now={now}
                              timeZone={timeZone}
                              distanceKm={
                                origin && item.resource.location?.coordinates
                                  ? distanceBetween(origin, item.resource.location.coordinates)
                                  : undefined
                              }
                              reasons={item.reasons}
                              unmet={item.unmet}
                              forPersonYouCareAbout={item.forPersonYouCareAbout}
                              circle={circle}
                            />
                          </li>
                        ) : null,
                      )}
                    </ul>
                  </>
                )}
                <p>
                  <a className="see-more" href={pageHref('search', locale, seeMoreQuery(circle, answers))}>
                    {f.seeMore(heading)}
                  </a>
                </p>
              </section>
            );
          })
        : null}
      {inCrisis ? null : <CrisisMatches matches={response.data.crisis} locale={locale} expanded={false} />}
    </>
  );
});

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => FINDER[locale].resultsTitle;

/** "Your circles": crisis help, then the best few in each circle, with why each fits. */
export default function ResultsPage({ locale }: PageProps) {
  const f = FINDER[locale];
  const t = messagesFor(locale);
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [status, setStatus] = useState<Status>({ kind: 'loading' });
  const [busy, setBusy] = useState(true);
  const [ready, setReady] = useState(false);
  const now = useNow();
  const timeZone = useMemo(() => browserTimeZone() ?? 'UTC', []);
  const abort = useRef<AbortController | null>(null);
  const [ahead] = useState(() => new Ahead<MatchResponse>());
  const answered = useRef(false);

  const run = useCallback(
    (next: Answers) => {
      abort.current?.abort();
      // The request goes first (or was asked for when a filter changed); the busy status line
      // renders while the server works on it.
      const profile = profileOf(next, timeZone);
      const own = new AbortController();
      // The document's first search was sent as the page was painted (results-early.ts).
      const early = answered.current ? undefined : takeEarly<MatchResponse>(earlyKey('match', profile));
      const { answer, controller, arrived } = ahead.take(JSON.stringify(profile)) ?? {
        answer: early ?? askMatch(profile, own.signal),
        controller: own,
      };
      abort.current = controller;
      if (arrived) {
        // Asked for when the filter changed, and already here: shown now, in one render.
        setAnswers(next);
        setStatus({ kind: 'done', response: arrived.value });
        setBusy(false);
        return;
      }
      setBusy(true);
      // The answers, the list and the status line change together, in one render, when the
      // answer is here: the links and filters never describe a list that is not on screen.
      // The first list also waits (a little) for the browser's date data, loaded off the main
      // thread (lib/intl-warm.ts), so its cards' times do not load it in a long task.
      (answered.current ? answer : Promise.all([answer, intlWarm()]).then(([response]) => response))
        .then((response) => {
          if (controller.signal.aborted) return;
          const show = () => {
            setAnswers(next);
            setStatus({ kind: 'done', response });
            setBusy(false);
          };
          // The first answer draws the whole page (every card, the crisis lines): in a
          // transition, in slices, so the page stays quick to answer a tap while it loads.
          if (answered.current) show();
          else startTransition(show);
          answered.current = true;
        })
        .catch(() => {
          if (controller.signal.aborted) return;
          setAnswers(next);
          setStatus({ kind: 'error' });
          setBusy(false);
        });
    },
    [timeZone, ahead],
  );
  const prepare = useCallback(
    (next: Answers) => {
      const profile = profileOf(next, timeZone);
      ahead.prepare(JSON.stringify(profile), (signal) => askMatch(profile, signal));
    },
    [timeZone, ahead],
  );

  useEffect(() => {
    const read = () => {
      const decoded = decodeAnswers(currentQuery());
      setAnswers(decoded);
      setReady(true);
      run(decoded);
    };
    read();
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('popstate', read);
      abort.current?.abort();
      ahead.forget();
    };
  }, [run, ahead]);

  const apply = useCallback(
    (next: Answers) => {
      run(next);
      setQuery(encodeAnswers(next), 'replace');
    },
    [run],
  );

  const response = status.kind === 'done' ? status.response : undefined;
  const count = useMemo(
    () =>
      response
        ? circleOrder(answers).reduce((sum, circle) => sum + response.data.circles[circle].items.length, 0)
        : 0,
    [response, answers],
  );
  const announce = busy ? f.searching : status.kind === 'error' ? f.loadError : f.found(count);

  return (
    <div className="results">
      <NoScript t={t} locale={locale} />
      <h1>{f.resultsHeading}</h1>
      <p className="lead">
        {answers.forWhom === 'someone-i-care-about' ? f.resultsIntroSomeone : f.resultsIntroMe}
      </p>
      <p>
        <a
          href={pageHref(
            'find',
            locale,
            `${encodeAnswers(answers)}${encodeAnswers(answers) ? '&' : ''}step=1`,
          )}
        >
          {f.changeAnswers}
        </a>
      </p>
      {ready ? <Adjust answers={answers} locale={locale} onApply={apply} onPrepare={prepare} /> : null}
      {/* Busy while a newer answer loads: screen readers wait for the answer and announce it once. */}
      <p className="status" role="status" aria-live="polite" aria-busy={busy && response ? true : undefined}>
        {ready ? announce : t.loading}
      </p>
      {status.kind === 'error' && !busy ? (
        <p>
          <button type="button" className="button button--secondary" onClick={() => run(answers)}>
            {t.tryAgain}
          </button>
        </p>
      ) : null}
      {response ? (
        <Answer response={response} answers={answers} locale={locale} now={now} timeZone={timeZone} />
      ) : null}
    </div>
  );
}
