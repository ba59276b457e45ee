import {
  ACCESSIBILITY_FEATURES,
  APPROACHES,
  ATTENDANCE_MODES,
  AUDIENCES,
  CIRCLES,
  CONCERNS,
  COSTS,
  LEVELS_OF_CARE,
  MEDICATIONS,
  type Resource,
  SERVES,
  type UiLocale,
} from '@recovery-circles/core';
import type { ReactNode } from 'react';
import { FINDER } from '../i18n/finder.js';
import { RESOURCE } from '../i18n/resource.js';
import { labelList, type Terms } from '../lib/labels.js';
import { formatDate } from '../lib/text.js';

/*
 * A resource's facts: circles, concerns, approaches, languages, cost… in the visitor's words.
 * Its own chunk: the labels of every vocabulary are most of it, and the facts come below the
 * fold of the resource page, after the resource has loaded.
 */

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The facts of a resource as a description list. */
export function Facts({ resource, locale }: { resource: Resource; locale: UiLocale }) {
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
