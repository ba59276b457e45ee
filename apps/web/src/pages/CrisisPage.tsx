import { CrisisLineList } from '../components/CrisisLineList.js';
import { messagesFor, type PageProps, type PageTitle, useCrisisLines } from '../context.js';
import { dialDigits } from '../lib/text.js';

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => messagesFor(locale).crisisTitle;

/** Help now: 911 for danger, then every crisis and help line with every channel. Works without JavaScript. */
export default function CrisisPage({ locale }: PageProps) {
  const t = messagesFor(locale);
  const lines = useCrisisLines();
  const emergency = lines.find((line) => line.isEmergency);
  const emergencyCall = emergency?.channels.find((c) => c.type === 'call');
  const others = lines.filter((line) => !line.isEmergency);
  return (
    <div className="crisis-page">
      <h1>{t.crisisHeading}</h1>
      <p className="lead">{t.crisisIntro}</p>
      {emergencyCall ? (
        <p className="crisis-page__danger">
          <strong>{t.crisisDanger}</strong>{' '}
          <a className="button button--crisis" href={`tel:${dialDigits(emergencyCall.number)}`}>
            {t.call911}
          </a>
        </p>
      ) : null}
      <section id="help-lines" aria-labelledby="lines-heading">
        <h2 id="lines-heading">{t.linesHeading}</h2>
        <p>{t.linesIntro}</p>
        <CrisisLineList lines={others} t={t} locale={locale} />
      </section>
    </div>
  );
}
