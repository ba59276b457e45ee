import {
  AGE_GROUPS,
  APPROACHES,
  AUDIENCES,
  CONCERNS,
  COSTS,
  MEDICATIONS,
  RELATIONSHIPS,
  type UiLocale,
  URGENCIES,
} from '@recovery-circles/core';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Checkboxes, Radios } from '../components/Checkboxes.js';
import { CrisisNow } from '../components/CrisisNow.js';
import { NoScript } from '../components/NoScript.js';
import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { FINDER, type FinderMessages } from '../i18n/finder.js';
import {
  type Answers,
  type AnswersPatch,
  DAY_PARTS,
  decodeAnswers,
  emptyAnswers,
  encodeAnswers,
  INSURANCE_CHOICES,
  LANGUAGE_CHOICES,
  patchAnswers,
} from '../lib/answers.js';
import { label, options } from '../lib/labels.js';
import { navigate, prefetchPage } from '../lib/navigation.js';
import { locateRounded } from '../lib/round-location.js';
import { currentQuery, setQuery } from '../lib/url-state.js';
import { weekdayNames } from '../lib/weekdays.js';
import { parseWhere, RADIUS_CHOICES } from '../lib/where.js';
import { pageHref } from '../routes.js';

const STEPS = 6;

function stepOf(query: string): number {
  const n = Number(new URLSearchParams(query).get('step'));
  return Number.isInteger(n) && n >= 1 && n <= STEPS ? n : 1;
}

function whereText(answers: Answers): string {
  if (!answers.where) return '';
  if ('zip' in answers.where) return answers.where.zip;
  if ('place' in answers.where) return answers.where.place;
  return '';
}

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', es: 'Español' };

function StepFields({
  step,
  answers,
  update,
  locale,
  f,
  where,
}: {
  step: number;
  answers: Answers;
  update: (patch: AnswersPatch) => void;
  locale: UiLocale;
  f: FinderMessages;
  where: { text: string; setText: (text: string) => void; error: string; locate: () => void; status: string };
}) {
  switch (step) {
    case 1:
      return (
        <>
          <Radios
            legend={<span className="visually-hidden">{f.whoHeading}</span>}
            name="for"
            choices={[
              ['me', f.whoMe],
              ['someone-i-care-about', f.whoSomeone],
            ]}
            value={answers.forWhom}
            onChange={(value) => update({ forWhom: value === 'me' ? 'me' : 'someone-i-care-about' })}
          />
          {answers.forWhom === 'someone-i-care-about' ? (
            <Radios
              legend={f.relationshipLabel}
              name="rel"
              choices={options(RELATIONSHIPS, locale)}
              value={answers.relationship}
              onChange={(value) => update({ relationship: decodeAnswers(`rel=${value}`).relationship })}
            />
          ) : null}
          <div className="field">
            <label htmlFor="age">{f.ageLabel}</label>
            <select
              id="age"
              value={answers.ageGroup ?? ''}
              onChange={(event) => update({ ageGroup: decodeAnswers(`age=${event.target.value}`).ageGroup })}
            >
              <option value="">{f.anyAge}</option>
              {options(AGE_GROUPS, locale).map(([id, text]) => (
                <option key={id} value={id}>
                  {text}
                </option>
              ))}
            </select>
          </div>
        </>
      );
    case 2:
      return (
        <Checkboxes
          legend={<span className="visually-hidden">{f.concernsHeading}</span>}
          hint={f.concernsHint}
          name="concerns"
          choices={options(CONCERNS, locale)}
          selected={answers.concerns}
          onChange={(ids) => update({ concerns: decodeAnswers(`c=${ids.join(',')}`).concerns })}
        />
      );
    case 3:
      return (
        <>
          <div className="field">
            <label htmlFor="where">{f.whereLabel}</label>
            <p className="hint" id="where-hint">
              {answers.where && 'lat' in answers.where ? f.usingLocation : f.whereHint}
            </p>
            <input
              id="where"
              type="text"
              autoComplete="postal-code"
              value={where.text}
              aria-invalid={where.error ? true : undefined}
              aria-describedby={where.error ? 'where-hint where-error' : 'where-hint'}
              onChange={(event) => where.setText(event.target.value)}
            />
            {where.error ? (
              <p className="error" id="where-error">
                {where.error}
              </p>
            ) : null}
            <p>
              <button type="button" className="button button--link" onClick={where.locate}>
                {messagesFor(locale).useMyLocation}
              </button>
            </p>
            <p role="status" className="status">
              {where.status}
            </p>
          </div>
          <div className="field">
            <label htmlFor="radius">{f.radiusLabel}</label>
            <select
              id="radius"
              value={answers.radius ?? 10}
              onChange={(event) => update({ radius: Number(event.target.value) })}
            >
              {RADIUS_CHOICES.map((miles) => (
                <option key={miles} value={miles}>
                  {f.miles(miles)}
                </option>
              ))}
            </select>
          </div>
          <label className="choice">
            <input
              type="checkbox"
              checked={answers.onlineOnly}
              onChange={(event) => update({ onlineOnly: event.target.checked })}
            />
            <span>{f.onlineOnly}</span>
          </label>
        </>
      );
    case 4:
      return (
        <>
          <p className="hint">{f.prefsHint}</p>
          <Checkboxes
            legend={f.languageLegend}
            name="lang"
            choices={LANGUAGE_CHOICES.map((id) => [id, LANGUAGE_NAMES[id] ?? id] as const)}
            langOf={(id) => id}
            selected={answers.languages}
            onChange={(languages) => update({ languages })}
          />
          {answers.languages.length > 0 ? (
            <label className="choice">
              <input
                type="checkbox"
                checked={answers.languageRequired}
                onChange={(event) => update({ languageRequired: event.target.checked })}
              />
              <span>{f.languageRequired}</span>
            </label>
          ) : null}
          <Checkboxes
            legend={f.audienceLegend}
            name="aud"
            choices={options(AUDIENCES, locale)}
            selected={answers.audiences}
            onChange={(ids) => update({ audiences: decodeAnswers(`aud=${ids.join(',')}`).audiences })}
          />
          <Checkboxes
            legend={f.approachLegend}
            name="appr"
            choices={[...options(APPROACHES, locale), ['not-sure', f.notSure]]}
            selected={answers.approaches === 'not-sure' ? ['not-sure'] : answers.approaches}
            onChange={(ids) => {
              // "Not sure" and a list exclude each other: the latest click wins.
              const wasNotSure = answers.approaches === 'not-sure';
              const picked = wasNotSure ? ids.filter((id) => id !== 'not-sure') : ids;
              update({
                approaches:
                  !wasNotSure && ids.includes('not-sure')
                    ? 'not-sure'
                    : decodeAnswers(`appr=${picked.join(',')}`).approaches,
              });
            }}
          />
          <fieldset className="choices">
            <legend>{f.costLegend}</legend>
            <div className="choices__grid">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={answers.mustBeFree}
                  onChange={(event) => update({ mustBeFree: event.target.checked })}
                />
                <span>{f.freeOnly}</span>
              </label>
              {INSURANCE_CHOICES.map((id) => (
                <label key={id} className="choice">
                  <input
                    type="checkbox"
                    checked={answers.insurance.includes(id)}
                    onChange={(event) =>
                      update({
                        insurance: event.target.checked
                          ? [...answers.insurance, id]
                          : answers.insurance.filter((x) => x !== id),
                      })
                    }
                  />
                  <span>{label(COSTS, id, locale)}</span>
                </label>
              ))}
              <label className="choice">
                <input
                  type="checkbox"
                  checked={answers.uninsured}
                  onChange={(event) => update({ uninsured: event.target.checked })}
                />
                <span>{f.uninsured}</span>
              </label>
            </div>
          </fieldset>
          <Checkboxes
            legend={f.medicationLegend}
            name="med"
            choices={options(MEDICATIONS, locale)}
            selected={answers.medications}
            onChange={(ids) => update({ medications: decodeAnswers(`med=${ids.join(',')}`).medications })}
          />
        </>
      );
    case 5: {
      const days = weekdayNames(locale);
      return (
        <>
          <p className="hint">{f.timesHint}</p>
          <Checkboxes
            legend={f.daysLegend}
            name="days"
            choices={days.map((name, day) => [String(day), name] as const)}
            selected={answers.days.map(String)}
            onChange={(ids) => update({ days: ids.map(Number) })}
          />
          <Checkboxes
            legend={f.partsLegend}
            name="times"
            choices={DAY_PARTS.map((part) => [part, f.dayParts[part]] as const)}
            selected={answers.dayParts}
            onChange={(ids) => update({ dayParts: DAY_PARTS.filter((part) => ids.includes(part)) })}
          />
        </>
      );
    }
    default:
      return (
        <>
          <Radios
            legend={<span className="visually-hidden">{f.urgencyHeading}</span>}
            name="urg"
            choices={options(URGENCIES, locale)}
            value={answers.urgency}
            onChange={(value) => update({ urgency: decodeAnswers(`urg=${value}`).urgency })}
          />
          {answers.urgency === 'crisis' ? <CrisisNow locale={locale} lead={f.crisisChosen} /> : null}
        </>
      );
  }
}

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => FINDER[locale].findTitle;

/** The guided questions: six short steps, each skippable, answers kept in the address. */
export default function FindPage({ locale }: PageProps) {
  const f = FINDER[locale];
  const t = messagesFor(locale);
  const [answers, setAnswers] = useState<Answers>(emptyAnswers);
  const [step, setStep] = useState(1);
  const [text, setText] = useState('');
  const [whereError, setWhereError] = useState('');
  const [locating, setLocating] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // The address is the source of truth: read it after hydration and on back/forward.
  useEffect(() => {
    const read = () => {
      const query = currentQuery();
      const decoded = decodeAnswers(query);
      setAnswers(decoded);
      setText(whereText(decoded));
      setStep(stepOf(query));
    };
    read();
    const onPop = () => {
      moved.current = true;
      read();
    };
    window.addEventListener('popstate', onPop);
    // The questions lead to the results: have that page's code ready for "See my circles".
    prefetchPage('results');
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [step]);

  const queryFor = (a: Answers, s: number) => {
    const base = encodeAnswers(a);
    return base ? `${base}&step=${s}` : `step=${s}`;
  };

  const update = (patch: AnswersPatch) => {
    const next = patchAnswers(answers, patch);
    setAnswers(next);
    setQuery(queryFor(next, step), 'replace');
  };

  const setWhereText = (value: string) => {
    setText(value);
    setWhereError('');
    update({ where: parseWhere(value) });
  };

  const locate = () => {
    setLocating(t.locating);
    locateRounded(
      (point) => {
        setLocating('');
        setText('');
        update({ where: point });
      },
      () => setLocating(t.locationDenied),
    );
  };

  const go = (to: number) => {
    moved.current = true;
    setStep(to);
    setQuery(queryFor(answers, to), 'push');
  };

  const finish = () => navigate(pageHref('results', locale, encodeAnswers(answers)));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (step === 3 && text.trim() !== '' && !parseWhere(text)) {
      setWhereError(f.whereInvalid);
      return;
    }
    if (step < STEPS) go(step + 1);
    else finish();
  };

  const headings = [
    f.whoHeading,
    f.concernsHeading,
    f.whereHeading,
    f.prefsHeading,
    f.timesHeading,
    f.urgencyHeading,
  ];

  return (
    <div className="finder">
      <NoScript t={t} locale={locale} />
      <form onSubmit={onSubmit} noValidate aria-labelledby="step-heading">
        <p className="step-count">{f.stepOf(step, STEPS)}</p>
        <progress className="step-progress" max={STEPS} value={step} aria-label={f.stepOf(step, STEPS)} />
        <h1 id="step-heading" tabIndex={-1} ref={heading}>
          {headings[step - 1]}
        </h1>
        <StepFields
          step={step}
          answers={answers}
          update={update}
          locale={locale}
          f={f}
          where={{ text, setText: setWhereText, error: whereError, locate, status: locating }}
        />
        <div className="step-nav">
          {step > 1 ? (
            <button type="button" className="button button--secondary" onClick={() => go(step - 1)}>
              {f.back}
            </button>
          ) : null}
          <button type="submit" className="button button--primary">
            {step < STEPS ? f.next : f.showResults}
          </button>
          {step < STEPS ? (
            <button type="button" className="button button--link" onClick={() => go(step + 1)}>
              {f.skip}
            </button>
          ) : null}
        </div>
        {step < STEPS ? (
          <p className="step-finish">
            <a href={pageHref('results', locale, encodeAnswers(answers))}>{f.showResults}</a>
          </p>
        ) : null}
      </form>
    </div>
  );
}
