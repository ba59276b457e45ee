import { decodeAnswers, profileOf } from '../lib/answers.js';
import { api } from '../lib/api.js';
import { earlyKey, sendEarly } from '../lib/early.js';
import { currentQuery } from '../lib/url-state.js';
import { browserTimeZone } from '../lib/where.js';

/*
 * Loaded by boot.ts on a results page as it is painted: asks for the matches of the answers in
 * the address, exactly as the page's first search would (`ResultsPage`, which takes the answer),
 * while React and the page's code are still loading.
 */
const profile = profileOf(decodeAnswers(currentQuery()), browserTimeZone() ?? 'UTC');
sendEarly(earlyKey('match', profile), () => api.match(profile));
