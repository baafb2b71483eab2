import { ChevronLeft, RefreshCw } from 'lucide-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reportFormatters } from '../../../src-shared/domain/reports/chart-format';
import { buildReportChart } from '../../../src-shared/domain/reports/chart-model';
import type { ReportFilters, ReportName, ReportResult } from '../../../src-shared/domain/reports/types';
import { invoke } from '../../api/client';
import { Button } from '../../components/Button';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { formatDateTime } from '../../lib/format';
import { openListLink } from '../../lib/open-list-link';
import { localToday } from '../../stores/report-period';
import { reportFiltersOf, useReportStore } from '../../stores/report-store';
import { ReportChart } from './ReportChart';
import { ReportExportBar } from './ReportExportBar';
import { ReportFilterBar } from './ReportFilterBar';
import { ReportTable } from './ReportTable';
import './reports.css';

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** The figures for the report and filters; recomputed when either changes (the last answer wins). */
function useReport(name: ReportName, filters: ReportFilters, attempt: number) {
  // The filters as text: a new object with the same content is the same report.
  const filtersKey = JSON.stringify(filters);
  const requestKey = `${name}|${filtersKey}|${attempt}`;
  const invalid = filters.period.from > filters.period.to;
  const [state, setState] = useState<{ key: string; result: ReportResult | null; error: unknown }>({ key: '', result: null, error: null });
  useEffect(() => {
    if (invalid) return;
    let current = true;
    invoke('reports.run', { name, filters: JSON.parse(filtersKey) as ReportFilters, timeZone: timeZone() }).then(
      (result) => current && setState({ key: requestKey, result, error: null }),
      (error: unknown) => current && setState({ key: requestKey, result: null, error }),
    );
    return () => {
      current = false;
    };
  }, [name, filtersKey, requestKey, invalid]);
  const loading = state.key !== requestKey;
  // While the next figures come, the last ones of this report stay on screen.
  return { result: state.result?.name === name ? state.result : null, error: loading ? null : state.error, loading };
}

/** One report: its period and filters, the chart, the table with its totals, the notes, and its exports. */
export function ReportScreen({ name }: { name: ReportName }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const choice = useReportStore();
  const filters = useMemo(() => reportFiltersOf(choice, localToday()), [choice]);
  const [attempt, setAttempt] = useState(0);
  const { result, error, loading } = useReport(name, filters, attempt);
  const title = t(`reports.names.${name}`);
  const format = useMemo(() => reportFormatters(language, result?.currency ?? 'EUR'), [language, result?.currency]);
  const chart = useMemo(() => (result ? buildReportChart(result, format, title) : null), [result, format, title]);
  const invalid = filters.period.from > filters.period.to;
  return (
    <section className="screen report-screen report-print" aria-label={title} data-testid="report-screen">
      <header className="screen-header">
        <div className="screen-title">
          <a className="btn btn-ghost btn-sm no-print" href="#/reports" data-testid="reports-back">
            <ChevronLeft size={14} aria-hidden="true" />
            <span className="btn-label">{t('reports.ui.allReports')}</span>
          </a>
          <h1 data-testid="report-title">{title}</h1>
        </div>
        <div className="screen-actions">
          <ReportExportBar name={name} filters={filters} disabled={result === null || invalid} />
        </div>
      </header>
      <div className="report-body" aria-busy={loading && !invalid}>
        <p className="muted report-description">{t(`reports.descriptions.${name}`)}</p>
        <ReportFilterBar period={filters.period} />
        <p className="report-print-period print-only">
          {t('reports.document.period', { from: format.cell({ key: '', label: '', type: 'date' }, filters.period.from), to: format.cell({ key: '', label: '', type: 'date' }, filters.period.to) })}
        </p>
        {invalid && (
          <p className="form-error" role="alert">
            {t('reports.ui.period.invalid')}
          </p>
        )}
        {error !== null && (
          <div className="form-error" role="alert">
            {t('reports.ui.failed')} {errorMessage(t, error)}{' '}
            <Button size="sm" icon={<RefreshCw size={14} />} onClick={() => setAttempt(attempt + 1)}>
              {t('reports.ui.retry')}
            </Button>
          </div>
        )}
        {!invalid && error === null && result === null && <p className="muted">{t('reports.ui.computing')}</p>}
        {result && chart && (
          <div className="report-content" data-testid="report-content" data-period={`${result.filters.period.from}/${result.filters.period.to}`}>
            <figure className="report-chart">
              <ReportChart model={chart} />
            </figure>
            <ReportTable result={result} format={format} onOpen={openListLink} />
            <p className="faint small report-facts">
              {result.columns.some((column) => column.type === 'money') && <span>{t('reports.ui.amountsIn', { currency: result.currency })} · </span>}
              <span>{t('reports.ui.generatedAt', { date: formatDateTime(language, result.generatedAt) })}</span>
            </p>
            {result.notes.length > 0 && (
              <section className="report-notes" aria-label={t('reports.ui.notes')}>
                <h2>{t('reports.ui.notes')}</h2>
                <ul>
                  {result.notes.map((note) => (
                    <li key={note}>{format.word(note)}</li>
                  ))}
                </ul>
              </section>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
