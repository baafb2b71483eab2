import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteSettings } from '../../../src-shared/domain/quotes';
import { invoke } from '../../api/client';
import { Card } from '../../components/detail/Card';
import { notifyError } from '../../stores/notify-error';
import { useSyncStore } from '../../stores/sync-store';
import { LetterheadFacts } from './quotes/LetterheadFacts';
import { LetterheadForm } from './quotes/LetterheadForm';
import { canEditQuoteSettings } from './quotes/quote-settings-access';
import { WordTemplateBlock } from './quotes/WordTemplateBlock';
import './quotes/quote-settings.css';

/** What quotes are printed with: the letterhead, the quote defaults and the Word layout. */
export function QuotesSection() {
  const { t } = useTranslation();
  const canEdit = canEditQuoteSettings(useSyncStore((state) => state.status?.server));
  const [settings, setSettings] = useState<QuoteSettings | null>(null);

  useEffect(() => {
    invoke('quoteSettings.get', {}).then(setSettings, notifyError);
  }, []);
  if (!settings) return null;

  return (
    <Card title={t('quoteSettings.title')} testId="settings-quotes">
      <p className="card-intro muted">{t('quoteSettings.intro')}</p>
      {!canEdit && (
        <p className="quote-settings-read-only" role="note" data-testid="quote-settings-read-only">
          {t('quoteSettings.readOnly')}
        </p>
      )}
      {canEdit ? <LetterheadForm settings={settings} onSaved={setSettings} /> : <LetterheadFacts settings={settings} />}
      <WordTemplateBlock canEdit={canEdit} />
    </Card>
  );
}
