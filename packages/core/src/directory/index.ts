export * from './crisis-hotlines.js';
export * from './national-programs.js';
export * from './starter-directory.js';
