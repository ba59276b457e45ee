export {
  type CsvProblem,
  type CsvTable,
  csvField,
  decodeCsvBytes,
  type ParsedCsv,
  parseCsv,
  parseCsvTable,
  writeCsv,
} from './csv.js';
export {
  CURATOR_CSV_COLUMNS,
  type CuratorCsvColumn,
  type CuratorCsvKind,
  curatorCsvTemplate,
} from './curator-columns.js';
export {
  type CuratorCsvImportResult,
  exportCuratorCsv,
  importCuratorCsv,
  parseCuratorDay,
} from './curator-csv.js';
export {
  type ImportIssue,
  type ImportSeverity,
  IssueLog,
  type RecordIssues,
  recordIssues,
} from './import-report.js';
