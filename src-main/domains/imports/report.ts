import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { OutgoingFile } from '../../../src-shared/domain/files';
import { describeImportIssue } from '../../../src-shared/domain/import-messages';
import type { ImportEntity, ImportIssue } from '../../../src-shared/domain/imports';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { runTask } from '../../core/tasks';
import { createOutgoingFile } from '../../files/store';
import { appLanguage } from '../ical/language';
import { checkedPlan } from './plan';
import { findSession } from './sessions';

/** A cell as CSV: quoted when needed, and never read by a spreadsheet as a formula. */
function csvCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** The report's lines: a header, then one line per issue (or one saying there is none). */
export function reportCsv(issues: readonly ImportIssue[], entity: ImportEntity, language: Language): string {
  const separator = language === 'fr' ? ';' : ',';
  const t = (key: string) => translate(language, `imports.report.${key}`);
  const header = [t('line'), t('column'), t('field'), t('value'), t('severity'), t('reason')];
  const lines = issues.map((issue) => [
    String(issue.line),
    issue.column ?? t('rowAsWhole'),
    issue.field ? translate(language, `imports.field.${issue.field}`) : '',
    issue.value ?? '',
    translate(language, `imports.severity.${issue.severity}`),
    describeImportIssue(issue, entity, language),
  ]);
  if (lines.length === 0) lines.push(['', '', '', '', '', t('noIssue')]);
  return `\ufeff${[header, ...lines].map((cells) => cells.map((cell) => csvCell(cell, separator)).join(separator)).join('\r\n')}\r\n`;
}

/** The per-row report of a file with this mapping, as a CSV file to save (UTF-8 with BOM; `;` in French for Excel). */
export function importReport(core: Core, input: ApiParsedInput<'imports.report'>): Promise<OutgoingFile> {
  return runTask(core, input.taskId, async (task) => {
    const language = appLanguage(core);
    const session = findSession(core, input.importId, language);
    const plan = await checkedPlan(core, session, input, language, task);
    const name = session.fileName.replace(/\.[^.]+$/, '');
    return createOutgoingFile(core.paths.dataDir, {
      fileName: translate(language, 'imports.report.fileName', { name }),
      mimeType: 'text/csv',
      bytes: new TextEncoder().encode(reportCsv(plan.issues, input.entity, language)),
    });
  });
}
