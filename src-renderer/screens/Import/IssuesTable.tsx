import { ArrowDown, ArrowUp } from 'lucide-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeImportIssue } from '../../../src-shared/domain/import-messages';
import type { ImportEntity, ImportIssue } from '../../../src-shared/domain/imports';
import { SegmentedField } from '../../components/Field';
import { useLanguage } from '../../i18n/use-language';
import { localeOf } from '../../../src-shared/i18n';
import { formatNumber } from '../../lib/format';
import { defaultIssueSort, issueTally, nextIssueSort, visibleIssues, type IssueFilter, type IssueSort, type IssueSortKey } from './import-issues';
import { issueColumn } from './issue-text';

type IssuesTableProps = { entity: ImportEntity; issues: readonly ImportIssue[]; total: number };

/** The problems row by row (line, column, value, reason), filtered to errors or warnings and sorted by a click on a header. */
export function IssuesTable({ entity, issues, total }: IssuesTableProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [filter, setFilter] = useState<IssueFilter>('all');
  const [sort, setSort] = useState<IssueSort>(defaultIssueSort);
  const tally = issueTally(issues);
  const shown = useMemo(
    () => visibleIssues(issues, filter, sort, (issue) => describeImportIssue(issue, entity, lang), new Intl.Collator(localeOf[lang])),
    [issues, filter, sort, entity, lang],
  );

  const header = (key: IssueSortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
        <button type="button" className="import-sort" title={t('importWizard.preview.sortBy', { column: label })} onClick={() => setSort(nextIssueSort(sort, key))}>
          {label}
          {active && (sort.dir === 'asc' ? <ArrowUp size={12} aria-hidden="true" /> : <ArrowDown size={12} aria-hidden="true" />)}
        </button>
      </th>
    );
  };

  return (
    <div data-testid="import-issues">
      <SegmentedField<IssueFilter>
        label={t('importWizard.preview.filterLabel')}
        value={filter}
        onChange={setFilter}
        options={[
          { value: 'all', label: t('importWizard.preview.filter.all', { count: issues.length }) },
          { value: 'error', label: t('importWizard.preview.filter.error', { count: tally.error }) },
          { value: 'warning', label: t('importWizard.preview.filter.warning', { count: tally.warning }) },
        ]}
      />
      {shown.length === 0 ? (
        <p className="faint">{t('importWizard.preview.noneOfKind')}</p>
      ) : (
        <div className="import-table-scroll">
          <table className="import-table import-issues">
            <thead>
              <tr>
                {header('line', t('importWizard.preview.line'))}
                {header('column', t('importWizard.preview.column'))}
                <th scope="col">{t('importWizard.preview.value')}</th>
                {header('reason', t('importWizard.preview.reason'))}
              </tr>
            </thead>
            <tbody>
              {shown.map((issue, index) => (
                <tr key={`${issue.line}-${issue.columnIndex ?? 'row'}-${issue.code}-${index}`} className={`import-issue-${issue.severity}`} data-testid="import-issue" data-severity={issue.severity}>
                  <td className="num">{formatNumber(lang, issue.line)}</td>
                  <td className="import-cell-wrap">{issueColumn(t, issue)}</td>
                  <td className="import-cell-wrap mono">{issue.value ?? ''}</td>
                  <td className="import-cell-wrap">
                    <span className={`badge import-badge import-badge-${issue.severity}`}>{t(`imports.severity.${issue.severity}`)}</span> {describeImportIssue(issue, entity, lang)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {total > issues.length && <p className="faint">{t('importWizard.preview.partial', { shown: issues.length, total })}</p>}
    </div>
  );
}
