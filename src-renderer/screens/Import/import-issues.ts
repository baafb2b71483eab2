import type { ImportIssue } from '../../../src-shared/domain/imports';

export type IssueFilter = 'all' | 'error' | 'warning';
export type IssueSortKey = 'line' | 'column' | 'reason';
export type IssueSort = { key: IssueSortKey; dir: 'asc' | 'desc' };

export const defaultIssueSort: IssueSort = { key: 'line', dir: 'asc' };

/** How many of the listed issues are errors and warnings. */
export function issueTally(issues: readonly ImportIssue[]): { error: number; warning: number } {
  let error = 0;
  for (const issue of issues) if (issue.severity === 'error') error += 1;
  return { error, warning: issues.length - error };
}

/** A column's place in the file; problems of the row as a whole come first. */
const columnRank = (issue: ImportIssue): number => issue.columnIndex ?? -1;

/**
 * The issues to show: those of the chosen severity, sorted by line, column or reason (the
 * reason as the user reads it), line order breaking ties so a row's problems stay together.
 */
export function visibleIssues(issues: readonly ImportIssue[], filter: IssueFilter, sort: IssueSort, reasonOf: (issue: ImportIssue) => string, collator: Intl.Collator): ImportIssue[] {
  const kept = filter === 'all' ? [...issues] : issues.filter((issue) => issue.severity === filter);
  const sign = sort.dir === 'asc' ? 1 : -1;
  const primary = (a: ImportIssue, b: ImportIssue): number => {
    if (sort.key === 'line') return a.line - b.line;
    if (sort.key === 'column') return columnRank(a) - columnRank(b);
    return collator.compare(reasonOf(a), reasonOf(b));
  };
  return kept.sort((a, b) => sign * primary(a, b) || a.line - b.line || columnRank(a) - columnRank(b));
}

/** The next sort when a column header is clicked: the same key turns around, a new key starts ascending. */
export function nextIssueSort(current: IssueSort, key: IssueSortKey): IssueSort {
  return current.key === key ? { key, dir: current.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: 'asc' };
}
