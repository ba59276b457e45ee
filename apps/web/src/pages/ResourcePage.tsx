import {
  ApiError,
  type ContactChannel,
  describeSchedule,
  type ResourceResponse,
  type UiLocale,
} from '@recovery-circles/core';
import { startTransition, useEffect, useMemo, useState } from 'react';
import { NoScript } from '../components/NoScript.js';
import { SaveButton } from '../components/SaveButton.js';
import { ShareButtons } from '../components/ShareButtons.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { RESOURCE, type ResourceMessages } from '../i18n/resource.js';
import { api } from '../lib/api.js';
import { earlyKey, takeEarly } from '../lib/early.js';
import { intlWarm } from '../lib/intl-warm.js';
import { addressLines, directionsUrl, planCircleOf } from '../lib/resource-info.js';
import { dialDigits, localize } from '../lib/text.js';
import { formatWhen, timingOf } from '../lib/timing.js';
import { currentQuery } from '../lib/url-state.js';
import { useNow } from '../lib/use-now.js';
import { browserTimeZone } from '../lib/where.js';
import { pageHref } from '../routes.js';

type State =
  | { kind: 'loading' }
  | { kind: 'missing' }
  | { kind: 'not-found' }
  | { kind: 'error' }
  | { kind: 'done'; response: ResourceResponse };

// The facts (labels from every vocabulary) and the "report a problem" form show only with a
// loaded resource, below the fold, last in the page: their code is not part of the page's first
// JavaScript, nor in the way of the details. It is asked for once the details are on screen
// and the browser is idle, and both show together (one above the other, so neither moves the
// other).
const loadFacts = () => import('../components/ResourceFacts.js');
const loadSuggestForm = () => import('../components/SuggestForm.js');

/** The parts below the details, each left out if its code could not be loaded. */
interface Parts {
  Facts?: typeof import('../components/ResourceFacts.js')['Facts'];
  SuggestForm?: typeof import('../components/SuggestForm.js')['SuggestForm'];
}

async function loadParts(): Promise<Parts> {
  const [facts, suggest] = await Promise.all([
    loadFacts().catch(() => undefined),
    loadSuggestForm().catch(() => undefined),
  ]);
  const parts: Parts = {};
  if (facts) parts.Facts = facts.Facts;
  if (suggest) parts.SuggestForm = suggest.SuggestForm;
  return parts;
}

function ContactLink({ channel, r }: { channel: ContactChannel; r: ResourceMessages }) {
  switch (channel.type) {
    case 'phone':
      return (
        <a
          className="button button--secondary"
          href={`tel:${dialDigits(channel.number)}${channel.extension ? `,${channel.extension}` : ''}`}
        >
          {r.callNumber(channel.extension ? `${channel.number} ext. ${channel.extension}` : channel.number)}
        </a>
      );
    case 'text':
      return (
        <a className="button button--secondary" href={`sms:${dialDigits(channel.number)}`}>
          {channel.keyword ? r.textKeyword(channel.keyword, channel.number) : r.textNumber(channel.number)}
        </a>
      );
    case 'chat':
      return (
        <a className="button button--secondary" href={channel.url} rel="noopener noreferrer">
          {r.chat}
        </a>
      );
    case 'email':
      return <a href={`mailto:${channel.address}`}>{r.email(channel.address)}</a>;
    case 'website':
      return (
        <a href={channel.url} rel="noopener noreferrer">
          {r.website}: {new URL(channel.url).hostname.replace(/^www\./, '')}
        </a>
      );
  }
}

function Details({
  response,
  locale,
  now,
}: {
  response: ResourceResponse;
  locale: UiLocale;
  /** The clock, kept by the page from its start: the details then draw once, not again when it starts. */
  now: Date | null;
}) {
  const r = RESOURCE[locale];
  const f = FINDER[locale];
  const resource = response.data;
  const timeZone = useMemo(() => browserTimeZone() ?? 'UTC', []);
  const [parts, setParts] = useState<Parts>({});
  useEffect(() => {
    let live = true;
    const load = () =>
      void loadParts().then((loaded) => {
        if (live) startTransition(() => setParts(loaded));
      });
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(load, { timeout: 1_000 })
      : window.setTimeout(load, 100);
    return () => {
      live = false;
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  const timing = now ? timingOf(resource.schedule, now, timeZone, locale, f) : undefined;
  const description = resource.localizedDescription
    ? localize(resource.localizedDescription, locale)
    : resource.description;
  const location = resource.location;
  const directions = location ? directionsUrl(location) : undefined;
  const hasWeekly = resource.schedule?.type === 'weekly';
  return (
    <article className="resource" aria-labelledby="resource-name">
      <p className="resource__kind">{f.kind[resource.kind]}</p>
      <h1 id="resource-name">{resource.name}</h1>
      {resource.status === 'temporarily-closed' ? <p className="notice">{r.temporarilyClosed}</p> : null}
      {description ? <p className="lead">{description}</p> : null}

      <div className="resource__actions no-print">
        <SaveButton resource={resource} circle={planCircleOf(resource)} locale={locale} />
        {hasWeekly ? (
          <a className="button button--secondary" href={api.calendarUrl(resource.id)} download>
            {r.addToCalendar}
          </a>
        ) : null}
        <ShareButtons title={resource.name} locale={locale} />
      </div>

      {resource.schedule ? (
        <section aria-labelledby="when-heading">
          <h2 id="when-heading">{r.when}</h2>
          {timing ? <p className={`card__timing card__timing--${timing.kind}`}>{timing.text}</p> : null}
          <p>{describeSchedule(resource.schedule, locale, timeZone, now ?? undefined)}</p>
          {response.nextOccurrences.length > 0 ? (
            <>
              <h3>{r.nextTimes}</h3>
              <ul>
                {response.nextOccurrences.slice(0, 4).map((occurrence) => (
                  <li key={occurrence.start}>{formatWhen(new Date(occurrence.start), timeZone, locale)}</li>
                ))}
              </ul>
            </>
          ) : null}
        </section>
      ) : null}

      {location ? (
        <section aria-labelledby="where-heading">
          <h2 id="where-heading">{r.where}</h2>
          <address>
            {addressLines(location).map((line) => (
              <span key={line} className="address-line">
                {line}
              </span>
            ))}
          </address>
          {location.notes ? <p>{location.notes}</p> : null}
          {location.precision === 'confidential' ? <p>{r.confidentialPlace}</p> : null}
          {directions ? (
            <p>
              <a href={directions} rel="noopener noreferrer">
                {r.directions}
              </a>
            </p>
          ) : null}
        </section>
      ) : null}

      {resource.online ? (
        <section aria-labelledby="online-heading">
          <h2 id="online-heading">{r.joinOnlineHeading}</h2>
          <p className="resource__actions">
            {resource.online.url ? (
              <a className="button button--primary" href={resource.online.url} rel="noopener noreferrer">
                {r.joinOnline}
              </a>
            ) : null}
            {resource.online.phone ? (
              <a className="button button--secondary" href={`tel:${dialDigits(resource.online.phone)}`}>
                {r.dialIn(resource.online.phone)}
              </a>
            ) : null}
          </p>
          {resource.online.meetingId ? (
            <p>
              {r.meetingId}: {resource.online.meetingId}
            </p>
          ) : null}
          {resource.online.passcode ? (
            <p>
              {r.passcode}: {resource.online.passcode}
            </p>
          ) : null}
          {resource.online.notes ? <p>{resource.online.notes}</p> : null}
        </section>
      ) : null}

      {resource.contact.length > 0 || resource.kind === 'hotline' || resource.kind === 'online-community' ? (
        <section aria-labelledby="contact-heading">
          <h2 id="contact-heading">{r.contact}</h2>
          <ul className="contact-list">
            {resource.kind === 'online-community' ? (
              <li>
                <a className="button button--primary" href={resource.url} rel="noopener noreferrer">
                  {r.website}
                </a>
              </li>
            ) : null}
            {resource.kind === 'hotline'
              ? resource.channels.flatMap((channel, i) =>
                  channel.type === 'call' || channel.type === 'text' || channel.type === 'tty' ? (
                    <li key={`ch-${i}`}>
                      <a
                        className="button button--secondary"
                        href={`${channel.type === 'text' ? 'sms' : 'tel'}:${dialDigits(channel.number)}`}
                      >
                        {channel.type === 'text'
                          ? channel.keyword
                            ? r.textKeyword(channel.keyword, channel.number)
                            : r.textNumber(channel.number)
                          : r.callNumber(channel.number)}
                      </a>
                    </li>
                  ) : channel.type === 'chat' ? (
                    <li key={`ch-${i}`}>
                      <a className="button button--secondary" href={channel.url} rel="noopener noreferrer">
                        {r.chat}
                      </a>
                    </li>
                  ) : (
                    []
                  ),
                )
              : null}
            {resource.contact.map((channel, i) => (
              <li key={`c-${i}`}>
                <ContactLink channel={channel} r={r} />
                {channel.note ? <span className="hint"> — {localize(channel.note, locale)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="facts-heading">
        <h2 id="facts-heading">{r.facts}</h2>
        {parts.Facts ? <parts.Facts resource={resource} locale={locale} /> : null}
      </section>

      <div className="no-print">
        {parts.SuggestForm ? <parts.SuggestForm resourceId={resource.id} locale={locale} /> : null}
      </div>
    </article>
  );
}

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => RESOURCE[locale].resourceTitle;

/** Everything public about one resource, with call, text, directions, calendar, share, print and "suggest an edit". */
export default function ResourcePage({ locale }: PageProps) {
  const t = messagesFor(locale);
  const r = RESOURCE[locale];
  const [state, setState] = useState<State>({ kind: 'loading' });
  const now = useNow();
  useEffect(() => {
    const id = new URLSearchParams(currentQuery()).get('id');
    if (!id) {
      setState({ kind: 'missing' });
      return;
    }
    const controller = new AbortController();
    // Sent by boot.ts as the page was painted, or now (a visit in the app).
    const answer =
      takeEarly<ResourceResponse>(earlyKey('resource', id)) ?? api.resource(id, controller.signal);
    // The details show dates: they wait (a little) for the browser's date data, loaded off the
    // main thread (lib/intl-warm.ts), so drawing them is not one long task.
    Promise.all([answer, intlWarm()])
      .then(([response]) => {
        if (controller.signal.aborted) return;
        // A transition: drawing the details is long work on a phone, done in slices so a tap
        // or a scroll is never kept waiting.
        startTransition(() => setState({ kind: 'done', response }));
        document.title = `${response.data.name} — Recovery Circles`;
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          error instanceof ApiError && error.status === 404 ? { kind: 'not-found' } : { kind: 'error' },
        );
      });
    return () => controller.abort();
  }, []);

  if (state.kind === 'done') {
    return <Details response={state.response} locale={locale} now={now} />;
  }
  const message =
    state.kind === 'missing'
      ? r.missingId
      : state.kind === 'not-found'
        ? r.notFound
        : state.kind === 'error'
          ? t.errorBody
          : t.loading;
  return (
    <div className="prose">
      <NoScript t={t} locale={locale} />
      <h1>
        {state.kind === 'loading' ? r.facts : state.kind === 'error' ? t.errorHeading : t.notFoundHeading}
      </h1>
      <p role="status">{message}</p>
      {state.kind !== 'loading' ? (
        <p>
          <a href={pageHref('search', locale)}>{t.navSearch}</a>
        </p>
      ) : null}
    </div>
  );
}
