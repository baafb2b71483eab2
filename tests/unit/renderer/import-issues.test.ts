import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../src-shared/domain/imports';
import { defaultIssueSort, issueTally, nextIssueSort, visibleIssues } from '../../../src-renderer/screens/Import/import-issues';

function issue(line: number, columnIndex: number | null, code: ImportIssue['code'], severity: ImportIssue['severity']): ImportIssue {
  return { line, column: columnIndex === null ? null : `C${columnIndex}`, columnIndex, field: null, code, severity, value: null };
}

const issues: ImportIssue[] = [
  issue(7, 2, 'invalid_email', 'error'),
  issue(3, 4, 'unknown_company', 'warning'),
  issue(3, null, 'required', 'error'),
  issue(12, 1, 'invalid_phone', 'error'),
  issue(5, 4, 'duplicate_in_file', 'warning'),
];
const reasons: Record<string, string> = {
  invalid_email: 'Adresse e-mail invalide.',
  unknown_company: 'Société introuvable.',
  required: 'Nom manquant.',
  invalid_phone: 'Numéro de téléphone invalide.',
  duplicate_in_file: 'Même fiche qu’une ligne plus haut.',
};
const reasonOf = (item: ImportIssue) => reasons[item.code] ?? item.code;
const collator = new Intl.Collator('fr-FR');
const lines = (list: ImportIssue[]) => list.map((item) => `${item.line}:${item.columnIndex ?? '-'}`);

describe('the issues table of the preview', () => {
  it('counts errors and warnings', () => {
    expect(issueTally(issues)).toEqual({ error: 3, warning: 2 });
  });

  it('lists by line, the row as a whole before its columns', () => {
    expect(lines(visibleIssues(issues, 'all', defaultIssueSort, reasonOf, collator))).toEqual(['3:-', '3:4', '5:4', '7:2', '12:1']);
  });

  it('keeps only errors or only warnings', () => {
    expect(lines(visibleIssues(issues, 'error', defaultIssueSort, reasonOf, collator))).toEqual(['3:-', '7:2', '12:1']);
    expect(lines(visibleIssues(issues, 'warning', defaultIssueSort, reasonOf, collator))).toEqual(['3:4', '5:4']);
  });

  it('sorts by column then line, and by reason as the user reads it, either way', () => {
    expect(lines(visibleIssues(issues, 'all', { key: 'column', dir: 'asc' }, reasonOf, collator))).toEqual(['3:-', '12:1', '7:2', '3:4', '5:4']);
    expect(lines(visibleIssues(issues, 'all', { key: 'reason', dir: 'asc' }, reasonOf, collator))).toEqual(['7:2', '5:4', '3:-', '12:1', '3:4']);
    expect(lines(visibleIssues(issues, 'all', { key: 'line', dir: 'desc' }, reasonOf, collator))).toEqual(['12:1', '7:2', '5:4', '3:-', '3:4']);
  });

  it('turns the sort around on a second click of the same header', () => {
    const byColumn = nextIssueSort(defaultIssueSort, 'column');
    expect(byColumn).toEqual({ key: 'column', dir: 'asc' });
    expect(nextIssueSort(byColumn, 'column')).toEqual({ key: 'column', dir: 'desc' });
    expect(nextIssueSort({ key: 'column', dir: 'desc' }, 'line')).toEqual({ key: 'line', dir: 'asc' });
  });

  it('leaves the preview’s list as it came', () => {
    const before = lines(issues);
    visibleIssues(issues, 'all', { key: 'reason', dir: 'desc' }, reasonOf, collator);
    expect(lines(issues)).toEqual(before);
  });
});
