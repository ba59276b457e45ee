import { messagesFor, type PageProps, type PageTitle } from '../context.js';

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => messagesFor(locale).privacyTitle;

/** What this site keeps and sends, exactly. */
export default function PrivacyPage({ locale }: PageProps) {
  const t = messagesFor(locale);
  return (
    <div className="prose">
      <h1>{t.privacyHeading}</h1>
      <ul className="privacy-list">
        {t.privacyPoints.map((point) => (
          <li key={point}>{point}</li>
        ))}
      </ul>
      <h2>{t.privacySafetyHeading}</h2>
      <p>{t.privacySafety}</p>
    </div>
  );
}
