/** An import issue in words (wizard, CLI and report say it the same way), from the imports catalogue. */
import { translate, type Language } from '../i18n';
import { fieldOf } from './import-fields';
import type { ImportEntity, ImportIssue } from './imports';

export function describeImportIssue(issue: ImportIssue, entity: ImportEntity, language: Language): string {
  const max = issue.field ? (fieldOf(entity, issue.field)?.max ?? 0) : 0;
  return translate(language, `imports.issue.${issue.code}`, { max });
}
