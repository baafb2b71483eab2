import { Lock } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { QuoteDetail } from '../../../src-shared/domain/quotes';
import { routeHash } from '../../lib/routes';

/** Why this quote cannot be edited, and where the editable version is. */
export function ReadOnlyNotice({ quote }: { quote: QuoteDetail }) {
  const { t } = useTranslation();
  const latest = quote.versions.at(-1);
  const reason = !quote.latest ? 'older' : quote.status === 'sent' ? 'sent' : 'decided';
  const text = t(`quotes.readOnly.${reason}`);
  return (
    <p className="notice quote-notice" data-testid="quote-read-only">
      <Lock size={14} aria-hidden="true" />
      <span>{text}</span>
      {!quote.latest && latest && <a href={routeHash({ name: 'quote', id: latest.id })}>{t('quotes.readOnly.openLatest')}</a>}
    </p>
  );
}
