/**
 * `@recovery-circles/core/formats`: converters between the Recovery Circles model and the
 * formats directories exchange — Meeting Guide JSON, Open Referral HSDS 3.0 (JSON and CSV),
 * SAMHSA treatment data, and the curator CSV. Pure functions for Node and browsers.
 * @packageDocumentation
 */
export * from './csv/index.js';
export * from './hsds/index.js';
export * from './ics/index.js';
export * from './meeting-guide/index.js';
export * from './samhsa/index.js';
