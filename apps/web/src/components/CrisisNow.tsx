import type { UiLocale } from '@recovery-circles/core';
import { useCrisisLines } from '../context.js';
import { MESSAGES } from '../i18n/messages.js';
import { dialDigits, PRIMARY_LINE_ID } from '../lib/text.js';
import { pageHref } from '../routes.js';

/** A strong "reach out now" block: 988 by call and text, and every line, for visitors in crisis. */
export function CrisisNow({ locale, lead }: { locale: UiLocale; lead: string }) {
  const t = MESSAGES[locale];
  const lifeline = useCrisisLines().find((line) => line.id === PRIMARY_LINE_ID);
  const call = lifeline?.channels.find((c) => c.type === 'call');
  const text = lifeline?.channels.find((c) => c.type === 'text');
  return (
    <section className="crisis-now" aria-label={t.crisisBarLabel}>
      <p>{lead}</p>
      <p className="crisis-now__actions">
        {call ? (
          <a className="button button--crisis" href={`tel:${dialDigits(call.number)}`}>
            {t.callNumber(call.number)}
          </a>
        ) : null}
        {text ? (
          <a className="button button--crisis" href={`sms:${dialDigits(text.number)}`}>
            {t.textNumber(text.number)}
          </a>
        ) : null}
        <a href={pageHref('crisis', locale)}>{t.allLines}</a>
      </p>
    </section>
  );
}
