import { useTranslation } from 'react-i18next';
import { periodPresets, useDashboardStore } from '../../stores/dashboard-store';

/** This month, this quarter, this year, or chosen days. */
export function PeriodPicker() {
  const { t } = useTranslation();
  const preset = useDashboardStore((state) => state.preset);
  const custom = useDashboardStore((state) => state.custom);
  const { setPreset, setCustom } = useDashboardStore.getState();
  return (
    <div className="dash-period" role="group" aria-label={t('dashboard.period.label')}>
      <div className="segmented" role="radiogroup" aria-label={t('dashboard.period.label')}>
        {periodPresets.map((key) => (
          <label key={key} className={`segment ${preset === key ? 'segment-on' : ''}`} data-testid={`period-${key}`}>
            <input type="radio" name="dashboard-period" value={key} checked={preset === key} onChange={() => setPreset(key)} />
            <span>{t(`dashboard.period.${key}`)}</span>
          </label>
        ))}
      </div>
      {preset === 'custom' && (
        <>
          <label className="dash-date">
            <span className="faint small">{t('dashboard.period.from')}</span>
            <input type="date" className="input input-sm" value={custom.from} max={custom.to} onChange={(event) => event.target.value && setCustom({ ...custom, from: event.target.value })} data-testid="period-from" />
          </label>
          <label className="dash-date">
            <span className="faint small">{t('dashboard.period.to')}</span>
            <input type="date" className="input input-sm" value={custom.to} min={custom.from} onChange={(event) => event.target.value && setCustom({ ...custom, to: event.target.value })} data-testid="period-to" />
          </label>
          {custom.from > custom.to && (
            <span className="form-error small" role="alert">
              {t('dashboard.period.invalid')}
            </span>
          )}
        </>
      )}
    </div>
  );
}
