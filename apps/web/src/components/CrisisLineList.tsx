import type { Channel, CrisisLine, UiLocale } from '@recovery-circles/core';
import type { Messages } from '../i18n/messages.js';
import { dialDigits, formatDate, localize } from '../lib/text.js';

function ChannelAction({ channel, t, locale }: { channel: Channel; t: Messages; locale: UiLocale }) {
  switch (channel.type) {
    case 'call':
      return (
        <>
          <a href={`tel:${dialDigits(channel.number)}`}>
            {t.callNumber(channel.vanity ? `${channel.number} (${channel.vanity})` : channel.number)}
          </a>
          {channel.menu.length > 0 ? (
            <ul className="menu-options">
              {channel.menu.map((option) => (
                <li key={option.press}>{t.press(option.press, localize(option.label, locale))}</li>
              ))}
            </ul>
          ) : null}
        </>
      );
    case 'text':
      return (
        <a href={`sms:${dialDigits(channel.number)}`}>
          {channel.keyword ? t.textKeyword(channel.keyword, channel.number) : t.textNumber(channel.number)}
        </a>
      );
    case 'chat':
      return (
        <a href={channel.url} rel="noopener noreferrer">
          {t.chatOnline}
        </a>
      );
    case 'videophone':
      return channel.url ? (
        <a href={channel.url} rel="noopener noreferrer">
          {t.videophone}
        </a>
      ) : (
        <span>{t.videophone}</span>
      );
    case 'tty':
      return <a href={`tel:${dialDigits(channel.number)}`}>{t.tty(channel.number)}</a>;
  }
}

/** Every crisis and help line with every channel, as plain HTML. */
export function CrisisLineList({
  lines,
  t,
  locale,
}: {
  lines: readonly CrisisLine[];
  t: Messages;
  locale: UiLocale;
}) {
  return (
    <ul className="line-list">
      {lines.map((line) => (
        <li key={line.id} className="line" id={`line-${line.id}`}>
          <h3 className="line__name">
            {line.name}
            {line.isEmergency ? <span className="badge badge--emergency">{t.emergency}</span> : null}
            {line.isCrisisLine ? null : <span className="badge">{t.notCrisisLine}</span>}
          </h3>
          <p>{localize(line.description, locale)}</p>
          <p className="line__meta">
            <span>
              {t.forWhom}: {localize(line.forWhom, locale)}
            </span>{' '}
            <span>{line.hours.kind === 'always' ? t.hoursAlways : localize(line.hours.text, locale)}</span>
          </p>
          <ul className="channels">
            {line.channels.map((channel, i) => (
              <li key={`${channel.type}-${i}`}>
                <ChannelAction channel={channel} t={t} locale={locale} />
                {channel.note ? (
                  <span className="channel__note"> — {localize(channel.note, locale)}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {line.interpretation ? <p className="line__meta">{localize(line.interpretation, locale)}</p> : null}
          <p className="line__meta">
            {line.verifiedAt ? t.verifiedOn(formatDate(line.verifiedAt, locale)) : t.notVerified}
            {line.source ? (
              <>
                {' · '}
                {t.source}:{' '}
                <a href={line.source} rel="noopener noreferrer">
                  {new URL(line.source).hostname.replace(/^www\./, '')}
                </a>
              </>
            ) : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
