import type { CrisisLine } from '@recovery-circles/core';
import type { Messages } from '../i18n/messages.js';
import { dialDigits, PRIMARY_LINE_ID } from '../lib/text.js';

interface Props {
  lines: readonly CrisisLine[];
  t: Messages;
  /** Where the full list of lines is. */
  allLinesHref: string;
}

/** 988 by call, text and chat, on every page; plain links, so it works without JavaScript. */
export function CrisisBar({ lines, t, allLinesHref }: Props) {
  const lifeline = lines.find((l) => l.id === PRIMARY_LINE_ID);
  const call = lifeline?.channels.find((c) => c.type === 'call');
  const text = lifeline?.channels.find((c) => c.type === 'text');
  const chat = lifeline?.channels.find((c) => c.type === 'chat');
  return (
    <aside className="crisis-bar" aria-label={t.crisisBarLabel}>
      <p className="crisis-bar__lead">{t.crisisBarLead}</p>
      <ul className="crisis-bar__actions">
        {call ? (
          <li>
            <a className="button button--crisis" href={`tel:${dialDigits(call.number)}`}>
              {t.call} {call.number}
            </a>
          </li>
        ) : null}
        {text ? (
          <li>
            <a className="button button--crisis" href={`sms:${dialDigits(text.number)}`}>
              {t.text} {text.number}
            </a>
          </li>
        ) : null}
        {chat ? (
          <li>
            <a className="button button--crisis" href={chat.url} rel="noopener noreferrer">
              {t.chat}
            </a>
          </li>
        ) : null}
        <li>
          <a className="crisis-bar__more" href={allLinesHref}>
            {t.allLines}
          </a>
        </li>
      </ul>
    </aside>
  );
}
