import type { ImportSummary } from './run-import.js';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * What `circles import` prints about an import: what the file held, what changed (records,
 * then organizations), and how many problems the report lists. A file that holds
 * organizations and nothing else says so, rather than "0 records".
 */
export function summaryLines(summary: ImportSummary): string[] {
  const errors = summary.issues.filter((i) => i.severity === 'error').length;
  const warnings = summary.issues.filter((i) => i.severity === 'warning').length;
  const orgs = summary.organizations;
  const organizationsOnly = summary.records === 0 && orgs.records > 0;
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing saved)' : 'Imported'} ${summary.fileName} as ${summary.format} (source "${summary.source}")`,
  ];
  if (organizationsOnly)
    lines.push(
      `  the file holds ${plural(orgs.records, 'organization', 'organizations')} and no services or other records`,
    );
  if (!organizationsOnly || summary.retired > 0)
    lines.push(
      `  records in file: ${summary.records}`,
      `  added: ${summary.added}  changed: ${summary.changed}  unchanged: ${summary.unchanged}  retired: ${summary.retired}  skipped: ${summary.skipped}`,
    );
  if (orgs.records > 0)
    lines.push(
      `  organizations in file: ${orgs.records}`,
      `  organizations ${summary.dryRun ? 'that would be ' : ''}added: ${orgs.added}  changed: ${orgs.changed}  unchanged: ${orgs.unchanged}  skipped: ${orgs.skipped}`,
    );
  lines.push(
    `  report: ${errors} errors, ${warnings} warnings, ${summary.issues.length - errors - warnings} notes`,
  );
  return lines;
}
