import type { CrisisLine, MatchedCrisisLine, UiLocale } from '@recovery-circles/core';
import { memo } from 'react';
import { useCrisisLines } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { MESSAGES } from '../i18n/messages.js';
import { dialDigits, localize } from '../lib/text.js';
import { pageHref } from '../routes.js';

function Channels({ line, locale }: { line: CrisisLine; locale: UiLocale }) {
  const t = MESSAGES[locale];
  return (
    <ul className="crisis-match__channels">
      {line.channels.map((channel, i) => {
        const key = `${channel.type}-${i}`;
        switch (channel.type) {
          case 'call':
            return (
              <li key={key}>
                <a className="button button--crisis" href={`tel:${dialDigits(channel.number)}`}>
                  {t.callNumber(channel.number)}
                </a>
              </li>
            );
          case 'text':
            return (
              <li key={key}>
                <a className="button button--crisis" href={`sms:${dialDigits(channel.number)}`}>
                  {channel.keyword
                    ? t.textKeyword(channel.keyword, channel.number)
                    : t.textNumber(channel.number)}
                </a>
              </li>
            );
          case 'chat':
            return (
              <li key={key}>
                <a className="button button--crisis" href={channel.url} rel="noopener noreferrer">
                  {t.chatOnline}
                </a>
              </li>
            );
          default:
            return null;
        }
      })}
    </ul>
  );
}

/**
 * The crisis lines of a match, in the order the engine chose, with why each suits the visitor.
 * Memoized: while a new answer loads, the crisis lines of the last one stay as they are.
 */
export const CrisisMatches = memo(CrisisMatchesView);

function CrisisMatchesView({
  matches,
  locale,
  expanded,
}: {
  matches: readonly MatchedCrisisLine[];
  locale: UiLocale;
  /** Show every line (a visitor in crisis) or only the featured one and the line names. */
  expanded: boolean;
}) {
  const f = FINDER[locale];
  const builtIn = useCrisisLines();
  const lines = matches
    .map((m) => ({ match: m, line: m.line ?? builtIn.find((l) => l.id === m.lineId) }))
    .filter((entry): entry is { match: MatchedCrisisLine; line: CrisisLine } => entry.line !== undefined);
  const featured = lines.find((entry) => entry.match.featured) ?? lines[0];
  const shown = expanded ? lines : featured ? [featured] : [];
  return (
    <section
      className={expanded ? 'crisis-section crisis-section--first' : 'crisis-section'}
      aria-labelledby="crisis-section-heading"
    >
      <h2 id="crisis-section-heading">{f.crisisSection}</h2>
      <p>{f.crisisSectionIntro}</p>
      <ul className="crisis-matches">
        {shown.map(({ match, line }) => (
          <li
            key={line.id}
            className={match.featured ? 'crisis-match crisis-match--featured' : 'crisis-match'}
          >
            <h3>{line.name}</h3>
            {match.reasons.length > 0 ? (
              <ul className="reasons">
                {match.reasons.map((reason, i) => (
                  <li key={`${reason.code}-${i}`}>{localize(reason.text, locale)}</li>
                ))}
              </ul>
            ) : null}
            <Channels line={line} locale={locale} />
          </li>
        ))}
      </ul>
      <p>
        <a href={`${pageHref('crisis', locale)}#help-lines`}>{f.allLinesLink}</a>
      </p>
    </section>
  );
}
