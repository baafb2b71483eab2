import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Forecast, ForecastMonth } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { Button } from '../../components/Button';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { dealFiltersInput } from '../../../src-shared/domain/list-query/deal-filters';
import { formatNumber } from '../../lib/format';
import { usePipelineStore } from '../../stores/pipeline-store';
import { convertedNote, convertedText } from './converted-text';

const monthLabel = (lang: string, month: string) => new Intl.DateTimeFormat(lang === 'fr' ? 'fr-FR' : 'en-GB', { month: 'long', year: 'numeric' }).format(new Date(`${month}-01T12:00:00`));

function thisMonth(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}

/** Open deals by expected close month, weighted by their probability, in the base currency. */
export function ForecastView() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const pipelineId = usePipelineStore((state) => state.pipelineId);
  const filters = usePipelineStore((state) => state.filters);
  const board = usePipelineStore((state) => state.board);
  const currency = board?.baseCurrency ?? 'EUR';
  const [forecast, setForecast] = useState<Forecast | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    invoke('deals.forecast', { from: thisMonth(), months: 12, ...(pipelineId ? { pipelineId } : {}), ...dealFiltersInput(filters, currency) }).then(
      (result) => current && (setForecast(result), setError(null)),
      (failure: unknown) => current && setError(failure),
    );
    return () => {
      current = false;
    };
  }, [pipelineId, filters, currency, board, attempt]);

  if (error) {
    return (
      <div className="form-error" role="alert">
        {errorMessage(t, error)} <Button onClick={() => setAttempt(attempt + 1)}>{t('common.retry')}</Button>
      </div>
    );
  }
  if (!forecast) return <p className="muted">{t('common.loading')}</p>;
  const largest = Math.max(1, ...forecast.months.map((month) => month.total.amountMinor));
  const row = (month: ForecastMonth, label: string) => (
    <tr key={label} data-testid="forecast-row">
      <th scope="row">{label}</th>
      <td className="num">{formatNumber(lang, month.count)}</td>
      <td className="num" title={convertedNote(t, lang, month.total)}>
        {convertedText(lang, month.total)}
      </td>
      <td className="num" title={convertedNote(t, lang, month.weighted)} data-testid="forecast-weighted">
        {convertedText(lang, month.weighted)}
      </td>
      <td className="forecast-bar-cell" aria-hidden="true">
        <span className="forecast-bar" style={{ width: `${(100 * month.total.amountMinor) / largest}%` }}>
          <span className="forecast-bar-weighted" style={{ width: `${month.total.amountMinor ? (100 * month.weighted.amountMinor) / month.total.amountMinor : 0}%` }} />
        </span>
      </td>
    </tr>
  );
  return (
    <div className="forecast" data-testid="forecast">
      <table className="plain-table">
        <caption className="visually-hidden">{t('sales.forecast.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sales.forecast.month')}</th>
            <th scope="col" className="num">{t('sales.forecast.count')}</th>
            <th scope="col" className="num">{t('sales.forecast.total', { currency: forecast.baseCurrency })}</th>
            <th scope="col" className="num">{t('sales.forecast.weighted', { currency: forecast.baseCurrency })}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {forecast.overdue.count > 0 && row(forecast.overdue, t('sales.forecast.overdue'))}
          {forecast.months.map((month) => row(month, monthLabel(lang, month.month)))}
          {forecast.undated.count > 0 && row(forecast.undated, t('sales.forecast.undated'))}
        </tbody>
      </table>
    </div>
  );
}
