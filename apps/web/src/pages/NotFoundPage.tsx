import { messagesFor, type PageProps, type PageTitle } from '../context.js';
import { pageHref } from '../routes.js';

/** The page's title (the prerendered <title>, and after a navigation in the app). */
export const title: PageTitle = (locale) => messagesFor(locale).notFoundTitle;

/** The page for addresses that lead nowhere; the crisis bar is above it like everywhere. */
export default function NotFoundPage({ locale }: PageProps) {
  const t = messagesFor(locale);
  return (
    <div className="prose">
      <h1>{t.notFoundHeading}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <a className="button button--primary" href={pageHref('home', locale)}>
          {t.goHome}
        </a>
      </p>
    </div>
  );
}
