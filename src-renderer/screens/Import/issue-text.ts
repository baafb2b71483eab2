import type { TFunction } from 'i18next';
import type { ImportIssue } from '../../../src-shared/domain/imports';

/** Where in the row: the column's name, "Column 3" for a nameless one, or "(whole row)". */
export function issueColumn(t: TFunction, issue: ImportIssue): string {
  if (issue.column !== null && issue.column !== '') return issue.column;
  if (issue.columnIndex !== null) return t('imports.column', { number: issue.columnIndex + 1 });
  return t('imports.report.rowAsWhole');
}
