export {
  cleanSamhsaCodeKey,
  cleanSamhsaLabel,
  fixGlyphs,
  fixSplitWords,
  type LabelRepair,
} from './clean-labels.js';
export {
  importSamhsaDirectory,
  importSamhsaOtp,
  type SamhsaDirectoryImportResult,
  type SamhsaImportOptions,
  type SamhsaImportResult,
} from './import-samhsa.js';
export { SAMHSA_SERVICE_CODES, type SamhsaCodeMapping } from './service-codes.js';
