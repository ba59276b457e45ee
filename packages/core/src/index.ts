/**
 * @recovery-circles/core: the domain model, vocabularies, rules and API contract of
 * Recovery Circles. Pure TypeScript; its only runtime dependency is zod.
 * @packageDocumentation
 */
export * from './client/client.js';
export * from './contract/index.js';
export * from './crisis/crisis-line.js';
export * from './crisis/crisis-lines.js';
export * from './directory/index.js';
export * from './geo/index.js';
export * from './i18n.js';
export * from './match/index.js';
export * from './model/index.js';
export * from './schedule/index.js';
export * from './search/index.js';
export * from './vocab/index.js';
