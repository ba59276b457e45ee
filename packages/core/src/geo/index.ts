export * from './defects.js';
export * from './geo-grid.js';
export * from './lat-lng.js';
