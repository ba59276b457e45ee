import {
  ATTENDANCE_MODES,
  COSTS,
  type MatchReason,
  type Resource,
  type SearchHit,
  type UiLocale,
  type UnmetWish,
} from '@recovery-circles/core';
import { memo } from 'react';
import { FINDER } from '../i18n/finder.js';
import { labelList } from '../lib/labels.js';
import { planCircleOf } from '../lib/resource-info.js';
import { formatDate, localize } from '../lib/text.js';
import { milesText, type Timing, timingOf } from '../lib/timing.js';
import type { PlanCircle } from '../plan/plan-model.js';
import { pageHref } from '../routes.js';
import { SaveButton } from './SaveButton.js';

interface Props {
  resource: Resource;
  locale: UiLocale;
  now: Date;
  timeZone: string;
  distanceKm?: number | undefined;
  reasons?: readonly MatchReason[];
  unmet?: readonly UnmetWish[];
  forPersonYouCareAbout?: boolean;
  circle?: PlanCircle;
  /** The card's heading level: 3 under a section heading, 2 in a flat list under the page title. */
  headingLevel?: 2 | 3;
}

/**
 * One resource in a list: why it fits, what it lacks, when, where, how, cost and how fresh it is.
 * Memoized: a list re-rendered around it (a filter applied, a new answer loading) leaves a card
 * with the same props alone.
 */
export const ResourceCard = memo(ResourceCardView, sameCard);

/** Search hits as a list of cards, each with its distance. */
export function HitCards({
  hits,
  locale,
  now,
  timeZone,
  headingLevel,
}: {
  hits: readonly SearchHit[];
  locale: UiLocale;
  now: Date;
  timeZone: string;
  headingLevel?: 2 | 3;
}) {
  return (
    <ul className="cards">
      {hits.map((hit) => (
        <li key={hit.resource.id}>
          <ResourceCard
            resource={hit.resource}
            locale={locale}
            now={now}
            timeZone={timeZone}
            distanceKm={hit.distanceKm}
            {...(headingLevel ? { headingLevel } : {})}
          />
        </li>
      ))}
    </ul>
  );
}

/**
 * Whether a card would show the same: a new answer from the API holds new objects, often for the
 * very same resources and reasons, so those are compared by content.
 */
function sameCard(a: Props, b: Props): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)] as (keyof Props)[]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x !== 'object' || typeof y !== 'object' || JSON.stringify(x) !== JSON.stringify(y))
      return false;
  }
  return true;
}

// Timings worked out for the minute `now` names, by resource and schedule: a list that changes
// with a filter shows many of the same cards again, and working out a schedule's next meeting
// (time zones, weekly ranges) is the costliest part of drawing a card.
const timings = new Map<string, Timing | undefined>();
let timingsAt = Number.NaN;

/**
 * {@link timingOf} for a card, remembered until `now` moves on (the cards' clock ticks once a
 * minute), so a card shown again after a filter changes does not work its schedule out twice.
 */
function cardTiming(id: string, ...args: Parameters<typeof timingOf>): Timing | undefined {
  const [schedule, now, timeZone, locale] = args;
  if (!schedule) return undefined;
  if (now.getTime() !== timingsAt) {
    timings.clear();
    timingsAt = now.getTime();
  }
  const key = `${timeZone}|${locale}|${id}|${JSON.stringify(schedule)}`;
  if (timings.has(key)) return timings.get(key);
  const timing = timingOf(...args);
  timings.set(key, timing);
  return timing;
}

function ResourceCardView({
  resource,
  locale,
  now,
  timeZone,
  distanceKm,
  reasons = [],
  unmet = [],
  forPersonYouCareAbout = false,
  circle,
  headingLevel = 3,
}: Props) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const f = FINDER[locale];
  const headingId = `card-${resource.id}`;
  const timing = cardTiming(resource.id, resource.schedule, now, timeZone, locale, f);
  const verifiedAt = resource.verification.verifiedAt;
  return (
    <article className="card" aria-labelledby={headingId}>
      <Heading className="card__name" id={headingId}>
        <a href={pageHref('resource', locale, `id=${encodeURIComponent(resource.id)}`)}>{resource.name}</a>
      </Heading>
      {forPersonYouCareAbout ? <p className="tag tag--care">{f.forPersonYouCareAbout}</p> : null}
      <p className="card__meta">
        <span>{f.kind[resource.kind]}</span>
        {resource.attendance.length > 0 ? (
          <span>
            {f.attendance}: {labelList(ATTENDANCE_MODES, resource.attendance, locale)}
          </span>
        ) : null}
        {distanceKm !== undefined ? <span>{f.distance(milesText(distanceKm))}</span> : null}
      </p>
      {resource.status === 'temporarily-closed' ? (
        <p className="tag tag--warn">{f.temporarilyClosed}</p>
      ) : null}
      {timing ? <p className={`card__timing card__timing--${timing.kind}`}>{timing.text}</p> : null}
      {reasons.length > 0 ? (
        <div className="card__why">
          <p className="card__label">{f.whyFits}</p>
          <ul className="reasons">
            {reasons.map((reason, i) => (
              <li key={`${reason.code}-${i}`}>{localize(reason.text, locale)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {unmet.length > 0 ? (
        <div className="card__lacks">
          <p className="card__label">{f.whatLacks}</p>
          <ul className="unmet">
            {unmet.map((wish, i) => (
              <li key={`${wish.code}-${i}`}>{localize(wish.text, locale)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="card__meta">
        {resource.cost.length > 0 ? (
          <span>
            {f.cost}: {labelList(COSTS, resource.cost, locale)}
          </span>
        ) : null}
        <span>{verifiedAt ? f.verifiedOn(formatDate(verifiedAt, locale)) : f.notYetVerified}</span>
      </p>
      <div className="card__actions">
        <SaveButton
          resource={resource}
          circle={planCircleOf(resource, circle)}
          locale={locale}
          describedBy={headingId}
        />
      </div>
    </article>
  );
}
