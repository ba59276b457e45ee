import { ATTENDANCE_MODES, CIRCLES, CONCERNS, type SearchHit } from '@recovery-circles/core';
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Checkboxes } from '../components/Checkboxes.js';
import { NoScript } from '../components/NoScript.js';
import { HitCards } from '../components/ResourceCard.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { Ahead } from '../lib/ahead.js';
import { api } from '../lib/api.js';
import { options } from '../lib/labels.js';
import { coordinatesOf, knownCoordinates } from '../lib/place.js';
import { currentQuery, setQuery } from '../lib/url-state.js';
import { useNow } from '../lib/use-now.js';
import { weekdayNames } from '../lib/weekdays.js';
import { browserTimeZone, parseWhere, RADIUS_CHOICES } from '../lib/where.js';

/** The search form's state, as kept in the page address. */
interface Filters {
  q: string;
  circle: string[];
  concern: string;
  where: string;
  ll: string;
  radius: number;
  attendance: string[];
  free: boolean;
  spanish: boolean;
  day: string;
  from: string;
  to: string;
  sort: 'relevance' | 'distance' | 'next';
}

const EMPTY: Filters = {
  q: '',
  circle: [],
  concern: '',
  where: '',
  ll: '',
  radius: 10,
  attendance: [],
  free: false,
  spanish: false,
  day: '',
  from: '',
  to: '',
  sort: 'relevance',
};

function readFilters(query: string): Filters {
  const p = new URLSearchParams(query);
  const list = (key: string) => (p.get(key) ?? '').split(',').filter(Boolean);
  const radius = Number(p.get('r'));
  const sort = p.get('sort');
  return {
    q: p.get('q') ?? '',
    circle: list('circle'),
    concern: list('c')[0] ?? '',
    where: p.get('where') ?? '',
    ll: p.get('ll') ?? '',
    radius: Number.isFinite(radius) && radius > 0 ? radius : 10,
    attendance: list('att'),
    free: p.get('free') === '1',
    spanish: list('lang').includes('es'),
    day: /^[0-6]$/.test(p.get('day') ?? '') ? (p.get('day') ?? '') : '',
    from: /^\d{2}:\d{2}$/.test(p.get('from') ?? '') ? (p.get('from') ?? '') : '',
    to: /^\d{2}:\d{2}$/.test(p.get('to') ?? '') ? (p.get('to') ?? '') : '',
    sort: sort === 'distance' || sort === 'next' ? sort : 'relevance',
  };
}

function writeFilters(filters: Filters): string {
  const p = new URLSearchParams();
  if (filters.q) p.set('q', filters.q);
  if (filters.circle.length) p.set('circle', filters.circle.join(','));
  if (filters.concern) p.set('c', filters.concern);
  if (filters.where) p.set('where', filters.where);
  else if (filters.ll) p.set('ll', filters.ll);
  if (filters.where || filters.ll) p.set('r', String(filters.radius));
  if (filters.attendance.length) p.set('att', filters.attendance.join(','));
  if (filters.free) p.set('free', '1');
  if (filters.spanish) p.set('lang', 'es');
  if (filters.day) p.set('day', filters.day);
  if (filters.from) p.set('from', filters.from);
  if (filters.to) p.set('to', filters.to);
  if (filters.sort !== 'relevance') p.set('sort', filters.sort);
  return p.toString();
}

type SearchParams = Record<string, string | number | boolean | string[]>;
type SearchAnswer = Awaited<ReturnType<typeof api.search>>;

/**
 * Where the filters search near, when it is known without waiting: `{}` for anywhere,
 * `{ near }` for a point, undefined when a typed place must be looked up (or cannot be read).
 */
function knownNear(current: Filters): { near?: string } | undefined {
  if (!current.where && !current.ll) return {};
  const where = current.where ? parseWhere(current.where) : undefined;
  const [lat, lng] = current.ll.split(',').map(Number);
  const point = where
    ? knownCoordinates(where)
    : !current.where && lat !== undefined && lng !== undefined && Number.isFinite(lat) && Number.isFinite(lng)
      ? { lat, lng }
      : undefined;
  return point ? { near: `${point.lat},${point.lng}` } : undefined;
}

/** The API's search parameters for the filters, near `near` when a place is set. */
function searchParams(current: Filters, near: string | undefined, timeZone: string): SearchParams {
  return {
    ...(current.q ? { q: current.q } : {}),
    ...(current.circle.length ? { circle: current.circle } : {}),
    ...(current.concern ? { concerns: [current.concern] } : {}),
    ...(near ? { near, radius: current.radius, radius_unit: 'mi' } : {}),
    ...(current.attendance.length ? { attendance: current.attendance } : {}),
    ...(current.free ? { cost: ['free', 'donation'] } : {}),
    ...(current.spanish ? { languages: ['es'] } : {}),
    ...(current.day ? { day: Number(current.day) } : {}),
    ...(current.from ? { time_from: current.from } : {}),
    ...(current.to ? { time_to: current.to } : {}),
    ...(current.day || current.from || current.to ? { time_zone: timeZone } : {}),
    sort: current.sort === 'distance' && !near ? 'relevance' : current.sort,
    limit: 20,
  };
}

/** The filters typed rather than chosen: changing them asks nothing ahead (not at every key). */
const TYPED: readonly (keyof Filters)[] = ['q', 'where', 'from', 'to'];

type Results =
  | { kind: 'idle' }
  | { kind: 'loading'; previous?: Extract<Results, { kind: 'done' }> | undefined }
  | { kind: 'error'; message: string }
  | { kind: 'done'; hits: SearchHit[]; total: number; nextCursor: string | null };

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => FINDER[locale].searchTitle;

/** Search and browse the directory with filters, no questions asked. */
export default function SearchPage({ locale }: PageProps) {
  const f = FINDER[locale];
  const t = messagesFor(locale);
  const [filters, setFilters] = useState<Filters>(EMPTY);
  const [results, setResults] = useState<Results>({ kind: 'idle' });
  const now = useNow();
  const timeZone = useMemo(() => browserTimeZone() ?? 'UTC', []);
  const abort = useRef<AbortController | null>(null);
  const [ahead] = useState(() => new Ahead<SearchAnswer>());
  // The form's filters as last set: a choice asks ahead before React has applied it.
  const latest = useRef<Filters>(EMPTY);

  const run = useCallback(
    async (current: Filters, cursor?: string) => {
      abort.current?.abort();
      const controller = new AbortController();
      abort.current = controller;
      // The last list stays on screen while the new one loads (the status line says so).
      const showBusy = () => {
        if (!cursor)
          setResults((current) => ({
            kind: 'loading',
            previous:
              current.kind === 'done' ? current : current.kind === 'loading' ? current.previous : undefined,
          }));
      };
      // A place looked up before is known at once, so the search can leave in this task.
      let near = knownNear(current)?.near;
      if (!knownNear(current)) {
        const where = current.where ? parseWhere(current.where) : undefined;
        if (where) showBusy();
        const point = where ? await coordinatesOf(where, controller.signal) : undefined;
        if (!point) {
          setResults({ kind: 'error', message: f.placeNotFound });
          return;
        }
        near = `${point.lat},${point.lng}`;
      }
      const params = searchParams(current, near, timeZone);
      // The request goes first (or was asked for when a filter changed); the busy state
      // renders while the server works on it.
      const prepared = cursor ? undefined : ahead.take(JSON.stringify(params));
      if (prepared) abort.current = prepared.controller;
      const signal = prepared?.controller.signal ?? controller.signal;
      const request = prepared?.answer ?? api.search(cursor ? { ...params, cursor } : params, signal);
      // Asked for when a filter changed, and already here: shown now, with no busy state.
      if (!prepared?.arrived) showBusy();
      try {
        const page = prepared?.arrived?.value ?? (await request);
        if (signal.aborted) return;
        setResults((previous) =>
          cursor && previous.kind === 'done'
            ? {
                kind: 'done',
                hits: [...previous.hits, ...page.data],
                total: page.total,
                nextCursor: page.nextCursor,
              }
            : { kind: 'done', hits: page.data, total: page.total, nextCursor: page.nextCursor },
        );
      } catch {
        if (!signal.aborted) setResults({ kind: 'error', message: f.loadError });
      }
    },
    [f, timeZone, ahead],
  );

  useEffect(() => {
    const read = () => {
      const current = readFilters(currentQuery());
      latest.current = current;
      setFilters(current);
      void run(current);
    };
    read();
    window.addEventListener('popstate', read);
    return () => {
      window.removeEventListener('popstate', read);
      ahead.forget();
    };
  }, [run, ahead]);

  const submit = useCallback(
    (event: FormEvent) => {
      event.preventDefault();
      void run(filters);
      setQuery(writeFilters(filters), 'push');
    },
    [run, filters],
  );
  const set = useCallback(
    (patch: Partial<Filters>) => {
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setFilters(next);
      // A box ticked or an option chosen (not typing): ask for what "Search" would show.
      if (TYPED.some((key) => key in patch)) return;
      const known = knownNear(next);
      if (!known) return;
      const params = searchParams(next, known.near, timeZone);
      ahead.prepare(JSON.stringify(params), (signal) => api.search(params, signal));
    },
    [timeZone, ahead],
  );
  const shown = results.kind === 'done' ? results : results.kind === 'loading' ? results.previous : undefined;
  const days = useMemo(() => weekdayNames(locale), [locale]);
  const announce =
    results.kind === 'loading'
      ? f.searching
      : results.kind === 'error'
        ? results.message
        : results.kind === 'done'
          ? results.total === 0
            ? f.noResults
            : f.total(results.total)
          : '';

  // The form and the list are kept as they are when only the status line changes (a search
  // starts): marking the page busy then re-renders the status line alone.
  const form = useMemo(
    () => (
      <form className="search__form" onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor="s-q">{f.wordsLabel}</label>
          <input
            id="s-q"
            type="search"
            value={filters.q}
            maxLength={200}
            onChange={(e) => set({ q: e.target.value })}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="s-where">{t.quickSearchLabel}</label>
            <input
              id="s-where"
              type="text"
              autoComplete="postal-code"
              value={filters.where}
              aria-describedby="s-where-hint"
              onChange={(e) => set({ where: e.target.value, ll: '' })}
            />
            <p className="hint" id="s-where-hint">
              {t.quickSearchHint}
            </p>
          </div>
          <div className="field">
            <label htmlFor="s-radius">{f.radiusLabel}</label>
            <select
              id="s-radius"
              value={filters.radius}
              onChange={(e) => set({ radius: Number(e.target.value) })}
            >
              {RADIUS_CHOICES.map((miles) => (
                <option key={miles} value={miles}>
                  {f.miles(miles)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <Checkboxes
          legend={f.circleLegend}
          name="circle"
          choices={options(CIRCLES, locale)}
          selected={filters.circle}
          onChange={(circle) => set({ circle })}
        />
        <div className="field">
          <label htmlFor="s-concern">{f.concernLabel}</label>
          <select id="s-concern" value={filters.concern} onChange={(e) => set({ concern: e.target.value })}>
            <option value="">{f.anyConcern}</option>
            {options(CONCERNS, locale).map(([id, text]) => (
              <option key={id} value={id}>
                {text}
              </option>
            ))}
          </select>
        </div>
        <Checkboxes
          legend={f.attendanceLegend}
          name="att"
          choices={options(ATTENDANCE_MODES, locale)}
          selected={filters.attendance}
          onChange={(attendance) => set({ attendance })}
        />
        <div className="choices__grid">
          <label className="choice">
            <input type="checkbox" checked={filters.free} onChange={(e) => set({ free: e.target.checked })} />
            <span>{f.freeOnly}</span>
          </label>
          <label className="choice">
            <input
              type="checkbox"
              checked={filters.spanish}
              onChange={(e) => set({ spanish: e.target.checked })}
            />
            <span>{locale === 'es' ? 'En español' : 'In Spanish (en español)'}</span>
          </label>
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor="s-day">{f.dayLabel}</label>
            <select id="s-day" value={filters.day} onChange={(e) => set({ day: e.target.value })}>
              <option value="">{f.anyDay}</option>
              {days.map((name, day) => (
                <option key={name} value={String(day)}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="s-from">{f.fromLabel}</label>
            <input
              id="s-from"
              type="time"
              value={filters.from}
              onChange={(e) => set({ from: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor="s-to">{f.toLabel}</label>
            <input id="s-to" type="time" value={filters.to} onChange={(e) => set({ to: e.target.value })} />
          </div>
          <div className="field">
            <label htmlFor="s-sort">{f.sortLabel}</label>
            <select
              id="s-sort"
              value={filters.sort}
              onChange={(e) => set({ sort: readFilters(`sort=${e.target.value}`).sort })}
            >
              <option value="relevance">{f.sortRelevance}</option>
              <option value="distance">{f.sortDistance}</option>
              <option value="next">{f.sortNext}</option>
            </select>
          </div>
        </div>
        <button type="submit" className="button button--primary">
          {f.searchButton}
        </button>
      </form>
    ),
    [f, t, locale, filters, days, set, submit],
  );
  const list = useMemo(
    () =>
      shown && now ? (
        <HitCards hits={shown.hits} locale={locale} now={now} timeZone={timeZone} headingLevel={2} />
      ) : null,
    [shown, now, locale, timeZone],
  );

  return (
    <div className="search">
      <NoScript t={t} locale={locale} />
      <h1>{f.searchHeading}</h1>
      <p className="lead">{f.searchIntro}</p>
      {form}
      <p
        className="status"
        role="status"
        aria-live="polite"
        aria-busy={results.kind === 'loading' && results.previous ? true : undefined}
      >
        {announce}
      </p>
      {list ? (
        <>
          {list}
          {results.kind === 'done' && results.nextCursor ? (
            <p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => {
                  if (results.kind === 'done' && results.nextCursor) void run(filters, results.nextCursor);
                }}
              >
                {f.loadMore}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
