export * from './format.js';
export * from './occurrences.js';
export * from './schedule-schema.js';
export * from './zoned-time.js';
