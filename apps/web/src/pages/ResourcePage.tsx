import {
  ACCESSIBILITY_FEATURES,
  APPROACHES,
  ApiError,
  ATTENDANCE_MODES,
  AUDIENCES,
  CIRCLES,
  CONCERNS,
  COSTS,
  type ContactChannel,
  describeSchedule,
  LEVELS_OF_CARE,
  MEDICATIONS,
  type Resource,
  type ResourceResponse,
  SERVES,
  type UiLocale,
} from '@recovery-circles/core';
import { lazy, type ReactNode, Suspense, useEffect, useMemo, useState } from 'react';
import { NoScript } from '../components/NoScript.js';
import { SaveButton } from '../components/SaveButton.js';
import { ShareButtons } from '../components/ShareButtons.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { RESOURCE, type ResourceMessages } from '../i18n/resource.js';
import { api } from '../lib/api.js';
import { labelList, type Terms } from '../lib/labels.js';
import { addressLines, directionsUrl, planCircleOf } from '../lib/resource-info.js';
import { dialDigits, formatDate, localize } from '../lib/text.js';
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

// The "report a problem" form shows only with a loaded resource, below its facts: its code
// loads then, not with the page.
const SuggestForm = lazy(() =>
  import('../components/SuggestForm.js').then(({ SuggestForm }) => ({ default: SuggestForm })),
);

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

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

function Facts({ resource, locale }: { resource: Resource; locale: UiLocale }) {
  const r = RESOURCE[locale];
  const list = (terms: Terms, ids: readonly string[]) =>
    ids.length > 0 ? labelList(terms, ids, locale) : r.notStated;
  return (
    <dl className="facts">
      <Fact term={r.circles}>{labelList(CIRCLES, resource.circles, locale)}</Fact>
      <Fact term={r.serves}>{labelList(SERVES, [resource.serves], locale)}</Fact>
      {resource.fellowship ? <Fact term={r.fellowship}>{resource.fellowship}</Fact> : null}
      {resource.kind === 'meeting' ? (
        <Fact term={r.meetingAccess}>{r.access[resource.meetingAccess]}</Fact>
      ) : null}
      <Fact term={r.concerns}>{list(CONCERNS, resource.concerns)}</Fact>
      <Fact term={r.approaches}>{list(APPROACHES, resource.approaches)}</Fact>
      <Fact term={r.audiences}>{list(AUDIENCES, resource.audiences)}</Fact>
      <Fact term={r.languages}>
        {resource.languages.length > 0
          ? resource.languages
              .map((tag) => {
                try {
                  return new Intl.DisplayNames([locale], { type: 'language' }).of(tag) ?? tag;
                } catch {
                  return tag;
                }
              })
              .join(', ')
          : r.notStated}
      </Fact>
      <Fact term={r.attendance}>{list(ATTENDANCE_MODES, resource.attendance)}</Fact>
      <Fact term={r.cost}>{list(COSTS, resource.cost)}</Fact>
      <Fact term={r.accessibility}>{list(ACCESSIBILITY_FEATURES, resource.accessibility)}</Fact>
      {resource.kind === 'provider' ? (
        <>
          <Fact term={r.levelsOfCare}>{list(LEVELS_OF_CARE, resource.levelsOfCare)}</Fact>
          <Fact term={r.medications}>{list(MEDICATIONS, resource.medications)}</Fact>
          {resource.credentials.length > 0 ? (
            <Fact term={r.credentials}>{resource.credentials.join(', ')}</Fact>
          ) : null}
        </>
      ) : null}
      <Fact term={r.verification}>
        {resource.verification.verifiedAt
          ? FINDER[locale].verifiedOn(formatDate(resource.verification.verifiedAt, locale))
          : FINDER[locale].notYetVerified}
      </Fact>
      <Fact term={r.source}>
        {resource.provenance.sourceUrl ? (
          <a href={resource.provenance.sourceUrl} rel="noopener noreferrer">
            {resource.provenance.source}
          </a>
        ) : (
          resource.provenance.source
        )}
      </Fact>
    </dl>
  );
}

function Details({ response, locale }: { response: ResourceResponse; locale: UiLocale }) {
  const r = RESOURCE[locale];
  const f = FINDER[locale];
  const resource = response.data;
  const now = useNow();
  const timeZone = useMemo(() => browserTimeZone() ?? 'UTC', []);
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
        <Facts resource={resource} locale={locale} />
      </section>

      <div className="no-print">
        <Suspense fallback={null}>
          <SuggestForm resourceId={resource.id} locale={locale} />
        </Suspense>
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
  useEffect(() => {
    const id = new URLSearchParams(currentQuery()).get('id');
    if (!id) {
      setState({ kind: 'missing' });
      return;
    }
    const controller = new AbortController();
    api
      .resource(id, controller.signal)
      .then((response) => {
        setState({ kind: 'done', response });
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

  if (state.kind === 'done') return <Details response={state.response} locale={locale} />;
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
