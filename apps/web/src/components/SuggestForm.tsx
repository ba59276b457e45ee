import type { UiLocale } from '@recovery-circles/core';
import { type FormEvent, useId, useState } from 'react';
import { RESOURCE } from '../i18n/resource.js';
import { api } from '../lib/api.js';

const FIELDS = ['name', 'location', 'schedule', 'contact', 'online', 'status', 'other'] as const;

/** "Suggest an edit / report a problem": goes to the curators' review queue, never straight to the listing. */
export function SuggestForm({ resourceId, locale }: { resourceId: string; locale: UiLocale }) {
  const r = RESOURCE[locale];
  const id = useId();
  const [field, setField] = useState<(typeof FIELDS)[number]>('other');
  const [proposed, setProposed] = useState('');
  const [message, setMessage] = useState('');
  const [website, setWebsite] = useState('');
  const [state, setState] = useState<'idle' | 'sending' | 'sent' | 'failed' | 'empty'>('idle');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (proposed.trim() === '' && message.trim() === '') {
      setState('empty');
      return;
    }
    setState('sending');
    try {
      await api.suggest({
        type: 'problem',
        resourceId,
        changes: proposed.trim() && field !== 'other' ? [{ field, proposed: proposed.trim() }] : [],
        ...(message.trim() || (field === 'other' && proposed.trim())
          ? {
              message: [field === 'other' ? proposed.trim() : '', message.trim()]
                .filter(Boolean)
                .join('\n\n'),
            }
          : {}),
        ...(website ? { website } : {}),
      });
      setState('sent');
      setProposed('');
      setMessage('');
    } catch {
      setState('failed');
    }
  };

  return (
    <section className="suggest" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{r.suggestHeading}</h2>
      <p>{r.suggestIntro}</p>
      <form onSubmit={submit} noValidate>
        <div className="field">
          <label htmlFor={`${id}-field`}>{r.fieldLabel}</label>
          <select
            id={`${id}-field`}
            value={field}
            onChange={(event) => setField(FIELDS.find((f) => f === event.target.value) ?? 'other')}
          >
            {FIELDS.map((f) => (
              <option key={f} value={f}>
                {r.fieldChoices[f]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-proposed`}>{r.proposedLabel}</label>
          <textarea
            id={`${id}-proposed`}
            rows={3}
            maxLength={2000}
            value={proposed}
            onChange={(event) => setProposed(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-message`}>{r.messageLabel}</label>
          <textarea
            id={`${id}-message`}
            rows={3}
            maxLength={5000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
        </div>
        {/* A trap for bots: hidden from people and from assistive technology. */}
        <div className="honeypot" aria-hidden="true">
          <label htmlFor={`${id}-website`}>{r.honeypot}</label>
          <input
            id={`${id}-website`}
            name="website"
            type="text"
            tabIndex={-1}
            autoComplete="off"
            value={website}
            onChange={(event) => setWebsite(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={state === 'sending'}>
          {state === 'sending' ? r.sending : r.send}
        </button>
        <p role="status" className={state === 'failed' || state === 'empty' ? 'status error' : 'status'}>
          {state === 'sent'
            ? r.thanks
            : state === 'failed'
              ? r.sendFailed
              : state === 'empty'
                ? r.needSomething
                : ''}
        </p>
      </form>
    </section>
  );
}
