export {
  exportHsdsOrganization,
  exportHsdsService,
  exportHsdsServiceAtLocation,
  type HsdsChange,
  type HsdsExportOptions,
  type HsdsOrganizationExportOptions,
  type HsdsPaging,
  toHsdsPage,
} from './export.js';
export { exportHsdsSchedules, RRULE_DAYS } from './export-schedule.js';
export type * from './hsds-types.js';
export { type HsdsCsvVersion, importHsdsCsvPackage } from './import-csv.js';
export { hsdsObjectKind, importHsdsJson } from './import-json.js';
export { hsdsTime, importHsdsSchedules, offsetTimeZone } from './import-schedule.js';
export { type HsdsImportOptions, type HsdsImportResult, hsdsResourceId } from './import-service.js';
export { languageTag } from './language-names.js';
export {
  HSDS_TAXONOMY_VOCABULARIES,
  type HsdsTaxonomyVocabulary,
  parseTaxonomyTermCode,
  RECOVERY_CIRCLES_TAXONOMY,
  RECOVERY_CIRCLES_TAXONOMY_NAME,
  recoveryCirclesTaxonomyTerms,
  taxonomyAttribute,
  taxonomyTerm,
  taxonomyTermCode,
} from './taxonomy.js';
export { hsdsId, isUuid, RECOVERY_CIRCLES_NAMESPACE_UUID, sha1, uuidV5 } from './uuid.js';
