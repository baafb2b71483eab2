import { ArrowLeft } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { printedQuoteNumber } from '../../../src-shared/domain/quotes';
import { routeHash } from '../../lib/routes';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { QuoteActions } from './QuoteActions';
import { QuoteStatusBadge } from './QuoteStatusBadge';

/** The top of the quote page: back to its deal, its number and status, and what can be done. */
export function QuoteHeader({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const quote = useQuoteEditorStore((state) => state.quote);
  const deal = useQuoteEditorStore((state) => state.deal);
  const dirty = useQuoteEditorStore((state) => state.dirty);
  const dealId = quote?.dealId ?? deal?.id;
  return (
    <>
      <nav className="detail-topbar" aria-label={t('detail.backToList')}>
        {dealId && (
          <a href={routeHash({ name: 'deal', id: dealId })} className="back-link" data-testid="quote-back">
            <ArrowLeft size={14} aria-hidden="true" />
            {t('quotes.backToDeal', { title: deal?.title ?? quote?.dealTitle ?? '' })}
          </a>
        )}
      </nav>
      <header className="detail-header quote-header">
        <div className="detail-heading">
          <h1 data-testid="quote-title">{quote ? `${t('quotes.title')} ${printedQuoteNumber(quote.number, quote.version)}` : t('quotes.newTitle')}</h1>
          <div className="detail-subtitle">
            {quote && <QuoteStatusBadge status={quote.status} />}
            {[quote?.companyName ?? deal?.companyName, quote?.owner?.displayName].filter(Boolean).join(' · ')}
            {dirty && editable && <span className="badge badge-warning" data-testid="quote-unsaved">{t('quotes.unsaved')}</span>}
          </div>
        </div>
        <QuoteActions editable={editable} />
      </header>
    </>
  );
}
