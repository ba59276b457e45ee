export * from './crisis-lines.js';
export * from './health.js';
export * from './problem.js';
