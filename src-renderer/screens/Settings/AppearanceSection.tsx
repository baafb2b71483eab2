import { useTranslation } from 'react-i18next';
import { languages } from '../../../src-shared/i18n';
import { Card } from '../../components/detail/Card';
import { SegmentedField, SelectField } from '../../components/Field';
import { useProfileStore } from '../../stores/profile-store';

const themes = ['light', 'dark', 'system'] as const;
const currencies = ['EUR', 'USD', 'GBP', 'CHF', 'CAD'] as const;

/** Language (applied at once), theme and the base currency. */
export function AppearanceSection() {
  const { t } = useTranslation();
  const settings = useProfileStore((state) => state.profile?.settings);
  const update = useProfileStore((state) => state.update);
  if (!settings) return null;
  return (
    <Card title={t('settings.appearance')} testId="settings-appearance">
      <div className="settings-form">
        <SelectField
          label={t('settings.language')}
          value={settings.language}
          options={languages.map((value) => ({ value, label: t(`enums.language.${value}`) }))}
          onChange={(language) => language && void update({ language })}
          path="language"
        />
        <SegmentedField
          label={t('settings.theme')}
          value={settings.theme}
          options={themes.map((value) => ({ value, label: t(`enums.theme.${value}`) }))}
          onChange={(theme) => void update({ theme })}
          path="theme"
        />
        <SelectField
          label={t('settings.currency')}
          value={settings.baseCurrency}
          hint={t('settings.currencyHint')}
          options={[...new Set([settings.baseCurrency, ...currencies])].map((code) => ({ value: code, label: code }))}
          onChange={(baseCurrency) => baseCurrency && void update({ baseCurrency })}
          path="baseCurrency"
        />
      </div>
    </Card>
  );
}
