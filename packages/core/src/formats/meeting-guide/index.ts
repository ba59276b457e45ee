export * from './export-meeting-guide.js';
export * from './import-meeting-guide.js';
export * from './import-meeting-guide-stream.js';
export {
  type DayNumbering,
  type IssueSeverity,
  type MeetingGuideCounts,
  type MeetingGuideDetection,
  type MeetingGuideImportReport,
  type MeetingGuideIssue,
  type MeetingGuideIssueCode,
  MeetingGuideIssueCodeSchema,
} from './import-report.js';
export {
  JsonArrayScanner,
  type JsonChunk,
  type JsonChunks,
  type JsonScanOptions,
  type JsonTopEvent,
  readJsonTopLevel,
} from './json-stream.js';
export { type JsonTextError, type JsonTextResult, parseJsonText } from './json-text.js';
export * from './meeting-guide-schema.js';
export * from './type-codes.js';
