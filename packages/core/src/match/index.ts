export { noticeText, reasonText, unmetText, widenedText } from './explain.js';
export { brokenHardRule, HARD_RULES, type HardRuleId } from './hard-rules.js';
export { type Lead, leadsFor } from './leads.js';
export { type MatchOptions, type MatchSource, match } from './match.js';
export { type ProfileFacts, profileFacts } from './profile-facts.js';
export type { SoftWeights, Why } from './soft-scores.js';
