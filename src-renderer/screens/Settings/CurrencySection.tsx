import { Plus, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currencyCodes } from '../../../src-shared/domain/money';
import type { CurrencySettings } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { Button, IconButton } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { SelectField, TextField } from '../../components/Field';
import { useContractForm } from '../../components/form/use-contract-form';
import { useLanguage } from '../../i18n/use-language';
import { formatRate, formatShortCalendarDate } from '../../lib/format';
import { scheduleRefresh } from '../../stores/live-updates';
import { notifyError } from '../../stores/notify-error';
import { attempt } from '../../stores/record-actions';

const options = currencyCodes.map((code) => ({ value: code, label: code }));

/** The office's base currency and the dated exchange rates totals are converted with. */
export function CurrencySection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [settings, setSettings] = useState<CurrencySettings | null>(null);
  const [rate, setRate] = useState({ currency: 'USD', validFrom: new Date().toISOString().slice(0, 10), rate: '' });
  const form = useContractForm('currency.rates.save', rate);

  useEffect(() => {
    invoke('currency.get', {}).then(setSettings, notifyError);
  }, []);
  if (!settings) return null;

  const changed = (next: CurrencySettings) => {
    setSettings(next);
    scheduleRefresh('exchangeRate');
  };
  const setBase = (currency: string) => void attempt(async () => changed(await invoke('currency.setBase', { currency })));
  const addRate = () => void form.submit(async () => {
    changed(await invoke('currency.rates.save', rate));
    setRate({ ...rate, rate: '' });
  });

  return (
    <Card title={t('salesSettings.currency.title')} testId="settings-currency">
      <p className="card-intro muted">{t('salesSettings.currency.intro')}</p>
      <SelectField label={t('salesSettings.currency.base')} value={settings.baseCurrency} options={options} onChange={(currency) => currency && setBase(currency)} />
      <table className="plain-table" aria-label={t('salesSettings.currency.rates')}>
        <thead>
          <tr>
            <th scope="col">{t('salesSettings.currency.currency')}</th>
            <th scope="col">{t('salesSettings.currency.validFrom')}</th>
            <th scope="col" className="num">{t('salesSettings.currency.rate', { base: settings.baseCurrency })}</th>
            <th scope="col" />
          </tr>
        </thead>
        <tbody>
          {settings.rates.length === 0 && (
            <tr>
              <td colSpan={4} className="faint">
                {t('salesSettings.currency.noRates')}
              </td>
            </tr>
          )}
          {settings.rates.map((entry) => (
            <tr key={entry.id} data-testid="rate-row">
              <td>{entry.currency}</td>
              <td>{formatShortCalendarDate(lang, entry.validFrom)}</td>
              <td className="num">{formatRate(lang, entry.rate)}</td>
              <td>
                <IconButton size="sm" label={t('common.delete')} icon={<Trash2 size={14} />} onClick={() => void attempt(async () => changed(await invoke('currency.rates.delete', { id: entry.id })))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form
        className="rate-form"
        onSubmit={(event) => {
          event.preventDefault();
          addRate();
        }}
      >
        <SelectField label={t('salesSettings.currency.currency')} value={rate.currency} options={options} onChange={(currency) => currency && setRate({ ...rate, currency })} path="currency" error={form.errorFor('currency')} />
        <TextField label={t('salesSettings.currency.validFrom')} type="date" value={rate.validFrom} onChange={(validFrom) => setRate({ ...rate, validFrom })} path="validFrom" error={form.errorFor('validFrom')} />
        <TextField
          label={t('salesSettings.currency.rate', { base: settings.baseCurrency })}
          value={rate.rate}
          onChange={(value) => setRate({ ...rate, rate: value })}
          path="rate"
          error={form.errorFor('rate')}
          hint={t('salesSettings.currency.rateHint', { base: settings.baseCurrency, currency: rate.currency })}
          inputMode="decimal"
          data-testid="rate-value"
        />
        <Button type="submit" icon={<Plus size={14} />} busy={form.busy} data-testid="add-rate">
          {t('salesSettings.currency.add')}
        </Button>
      </form>
      {form.failure && (
        <div className="form-error" role="alert">
          {form.failure}
        </div>
      )}
    </Card>
  );
}
