import { useTranslation } from 'react-i18next';
import type { QuoteSettings } from '../../../../src-shared/domain/quotes';
import { Fact, Facts } from '../../../components/detail/Card';
import { logoSource } from './logo-file';

/** The letterhead and quote defaults as they are, for those who may not change them. */
export function LetterheadFacts({ settings }: { settings: QuoteSettings }) {
  const { t } = useTranslation();
  return (
    <div className="letterhead-facts" data-testid="letterhead-facts">
      <h3 className="settings-subtitle">{t('quoteSettings.letterhead.title')}</h3>
      <Facts>
        <Fact label={t('quoteSettings.letterhead.sellerName')}>{settings.sellerName}</Fact>
        <Fact label={t('quoteSettings.logo.label')}>
          {settings.logo && <img className="logo-frame-image" src={logoSource(settings.logo)} alt={t('quoteSettings.logo.preview')} data-testid="logo-preview" />}
        </Fact>
        <Fact label={t('quoteSettings.letterhead.address')}>{settings.addressLines.length > 0 && <span className="pre-wrap">{settings.addressLines.join('\n')}</span>}</Fact>
        <Fact label={t('quoteSettings.letterhead.phone')}>{settings.phone}</Fact>
        <Fact label={t('quoteSettings.letterhead.email')}>{settings.email}</Fact>
        <Fact label={t('quoteSettings.letterhead.website')}>{settings.website}</Fact>
        <Fact label={t('quoteSettings.letterhead.siret')}>{settings.siret}</Fact>
        <Fact label={t('quoteSettings.letterhead.vatNumber')}>{settings.vatNumber}</Fact>
        <Fact label={t('quoteSettings.letterhead.validity')}>{settings.defaultValidityDays}</Fact>
        <Fact label={t('quoteSettings.letterhead.defaultTerms')} wide>
          {settings.defaultTerms && <span className="pre-wrap">{settings.defaultTerms}</span>}
        </Fact>
      </Facts>
    </div>
  );
}
