import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { NoScript } from '../components/NoScript.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER } from '../i18n/finder.js';
import { RESOURCE } from '../i18n/resource.js';
import { dialDigits, formatDate } from '../lib/text.js';
import { PHONE_PATTERN, PLAN_CIRCLES, PLAN_LIMITS } from '../plan/plan-model.js';
import type { Plan } from '../plan/plan-schema.js';
import {
  canStorePlan,
  clearPlan,
  savePlan,
  usePlan,
  withoutPerson,
  withoutResource,
  withPerson,
} from '../plan/plan-store.js';
import { pageHref } from '../routes.js';

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => RESOURCE[locale].planTitle;

/** The visitor's own support plan, kept only in this browser: printable, exportable, importable, clearable. */
export default function PlanPage({ locale }: PageProps) {
  const t = messagesFor(locale);
  const f = FINDER[locale];
  const r = RESOURCE[locale];
  const plan = usePlan();
  const [status, setStatus] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [nameError, setNameError] = useState('');
  const [storable, setStorable] = useState(true);
  const [exportUrl, setExportUrl] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  const yesButton = useRef<HTMLButtonElement>(null);

  useEffect(() => setStorable(canStorePlan()), []);
  // The export link always holds the plan as it is now.
  useEffect(() => {
    const url = URL.createObjectURL(new Blob([JSON.stringify(plan, null, 2)], { type: 'application/json' }));
    setExportUrl(url);
    return () => URL.revokeObjectURL(url);
  }, [plan]);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Keep keyboard focus where the visitor is: on "Yes", then back on "Clear everything".
    if (confirming) yesButton.current?.focus();
    else if (wasConfirming.current) clearButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const addPerson = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() === '') {
      setNameError(r.nameRequired);
      return;
    }
    const cleanPhone = phone.trim();
    savePlan(
      withPerson(plan, {
        id: `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
        name: name.trim().slice(0, PLAN_LIMITS.personName),
        ...(cleanPhone && PHONE_PATTERN.test(cleanPhone) ? { phone: cleanPhone } : {}),
        ...(note.trim() ? { note: note.trim().slice(0, PLAN_LIMITS.note) } : {}),
      }),
    );
    setName('');
    setPhone('');
    setNote('');
    setNameError('');
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    let loaded: Plan | undefined;
    try {
      // A file can hold anything: the full schema (with zod) checks it, loaded only now.
      const { parsePlan } = await import('../plan/plan-schema.js');
      loaded = file.size <= 1_000_000 ? parsePlan(await file.text()) : undefined;
    } catch {
      loaded = undefined;
    }
    if (loaded) {
      savePlan(loaded);
      setStatus(r.importDone);
    } else {
      setStatus(r.importFailed);
    }
  };

  const clearEverything = () => {
    clearPlan();
    setConfirming(false);
    setStatus(r.cleared);
  };

  const empty = plan.resources.length === 0 && plan.people.length === 0;
  const circleHeadings = { ...f.circleHeading, crisis: t.crisisBarLabel };

  return (
    <div className="plan">
      <NoScript t={t} locale={locale} />
      <h1>{r.planHeading}</h1>
      <p className="lead">{r.planIntro}</p>
      {storable ? null : <p className="notice">{r.storageOff}</p>}
      {empty ? <p>{r.planEmpty}</p> : null}

      {PLAN_CIRCLES.map((circle) => {
        const saved = plan.resources.filter((item) => item.circle === circle);
        if (saved.length === 0) return null;
        return (
          <section key={circle} aria-labelledby={`plan-${circle}`} className="plan__section">
            <h2 id={`plan-${circle}`}>{circleHeadings[circle]}</h2>
            <ul className="plan__list">
              {saved.map((item) => (
                <li key={item.id} className="plan__item">
                  <a href={pageHref('resource', locale, `id=${encodeURIComponent(item.id)}`)}>{item.name}</a>
                  {item.phone ? (
                    <a className="plan__phone" href={`tel:${dialDigits(item.phone)}`}>
                      {item.phone}
                    </a>
                  ) : null}
                  {item.url ? <span className="plan__url print-only">{item.url}</span> : null}
                  <span className="hint">{r.savedOn(formatDate(item.savedAt, locale))}</span>
                  <button
                    type="button"
                    className="button button--link no-print"
                    aria-label={r.removeItem(item.name)}
                    onClick={() => savePlan(withoutResource(plan, item.id))}
                  >
                    {r.remove}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <section aria-labelledby="plan-people" className="plan__section">
        <h2 id="plan-people">{r.myPeople}</h2>
        <p>{r.myPeopleIntro}</p>
        {plan.people.length > 0 ? (
          <ul className="plan__list">
            {plan.people.map((person) => (
              <li key={person.id} className="plan__item">
                <span className="plan__name">{person.name}</span>
                {person.phone ? (
                  <a className="plan__phone" href={`tel:${dialDigits(person.phone)}`}>
                    {person.phone}
                  </a>
                ) : null}
                {person.note ? <span className="hint">{person.note}</span> : null}
                <button
                  type="button"
                  className="button button--link no-print"
                  aria-label={r.removeItem(person.name)}
                  onClick={() => savePlan(withoutPerson(plan, person.id))}
                >
                  {r.remove}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <form className="plan__add no-print" onSubmit={addPerson} noValidate>
          <div className="field">
            <label htmlFor="person-name">{r.personName}</label>
            <input
              id="person-name"
              type="text"
              autoComplete="off"
              maxLength={100}
              value={name}
              aria-invalid={nameError ? true : undefined}
              aria-describedby={nameError ? 'person-name-error' : undefined}
              onChange={(event) => setName(event.target.value)}
            />
            {nameError ? (
              <p className="error" id="person-name-error">
                {nameError}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor="person-phone">{r.personPhone}</label>
            <input
              id="person-phone"
              type="tel"
              autoComplete="off"
              maxLength={40}
              value={phone}
              onChange={(event) => setPhone(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="person-note">{r.personNote}</label>
            <input
              id="person-note"
              type="text"
              autoComplete="off"
              maxLength={500}
              value={note}
              onChange={(event) => setNote(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--secondary">
            {r.addPerson}
          </button>
        </form>
      </section>

      <section aria-labelledby="plan-actions" className="plan__actions no-print">
        <h2 id="plan-actions" className="visually-hidden">
          {r.actions}
        </h2>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {r.print}
        </button>
        {exportUrl ? (
          <a className="button button--secondary" href={exportUrl} download={r.planFileName}>
            {r.exportPlan}
          </a>
        ) : null}
        <label className="button button--secondary file-button">
          {r.importPlan}
          <input
            ref={fileInput}
            className="visually-hidden"
            type="file"
            accept="application/json,.json"
            onChange={importFile}
          />
        </label>
        {confirming ? (
          <fieldset className="confirm">
            <legend>{r.clearConfirm}</legend>
            <button ref={yesButton} type="button" className="button button--danger" onClick={clearEverything}>
              {r.clearYes}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
              {r.clearNo}
            </button>
          </fieldset>
        ) : (
          <button
            ref={clearButton}
            type="button"
            className="button button--danger"
            onClick={() => setConfirming(true)}
          >
            {r.clearAll}
          </button>
        )}
        <p role="status" className="status">
          {status}
        </p>
      </section>
    </div>
  );
}
