export * from './crisis-lines.js';
export * from './geocode.js';
export * from './health.js';
export * from './problem.js';
export * from './resource.js';
export * from './suggestions.js';
export * from './vocabularies.js';
