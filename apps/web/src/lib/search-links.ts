import type { Answers } from './answers.js';

/** The search page's query for "see more" of one circle, carrying over place and concerns. */
export function seeMoreQuery(circle: string, answers: Answers): string {
  const params = new URLSearchParams();
  params.set('circle', circle);
  if (answers.concerns.length > 0) params.set('c', answers.concerns.join(','));
  if (answers.where && 'zip' in answers.where) params.set('where', answers.where.zip);
  if (answers.where && 'place' in answers.where) params.set('where', answers.where.place);
  if (answers.where && 'lat' in answers.where) params.set('ll', `${answers.where.lat},${answers.where.lng}`);
  if (answers.radius) params.set('r', String(answers.radius));
  if (answers.onlineOnly) params.set('att', 'online,phone');
  if (answers.mustBeFree) params.set('free', '1');
  if (answers.languageRequired && answers.languages.length > 0)
    params.set('lang', answers.languages.join(','));
  return params.toString();
}
