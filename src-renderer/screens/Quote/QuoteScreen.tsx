import { FileText } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { QuoteClientSection } from './QuoteClientSection';
import { QuoteHeader } from './QuoteHeader';
import { QuoteLinesSection } from './QuoteLinesSection';
import { QuoteTermsSection } from './QuoteTermsSection';
import { QuoteTotalsView } from './QuoteTotalsView';
import { ReadOnlyNotice } from './ReadOnlyNotice';

type QuoteScreenProps = { quoteId?: string; newForDeal?: string };

/**
 * A quote, as a page: its client and dates, its lines from the catalogue (priced from the
 * client's price list) or typed, its totals by the same rule as the documents, and what can be
 * done with it (send, accept, revise, export to Word and PDF). Only the latest draft is edited.
 */
export function QuoteScreen({ quoteId, newForDeal }: QuoteScreenProps) {
  const { t } = useTranslation();
  const open = useQuoteEditorStore((state) => state.open);
  const startNew = useQuoteEditorStore((state) => state.startNew);
  const close = useQuoteEditorStore((state) => state.close);
  const draft = useQuoteEditorStore((state) => state.draft);
  const quote = useQuoteEditorStore((state) => state.quote);
  const missing = useQuoteEditorStore((state) => state.missing);

  useEffect(() => {
    if (quoteId) void open(quoteId);
    else if (newForDeal) void startNew(newForDeal);
    return close;
  }, [quoteId, newForDeal, open, startNew, close]);

  if (missing) return <EmptyState icon={<FileText size={36} />} title={t('quotes.missing')} actions={<a href="#/deals">{t('sales.deals.title')}</a>} />;
  if (!draft || (quoteId && quote?.id !== quoteId)) return <div className="screen-loading muted">{t('common.loading')}</div>;
  const editable = !quote || (quote.status === 'draft' && quote.latest);
  return (
    <section className="screen detail-screen quote-screen" aria-label={quote ? quote.number : t('quotes.newTitle')} data-testid="quote-screen">
      <QuoteHeader editable={editable} />
      {!editable && quote && <ReadOnlyNotice quote={quote} />}
      <div className="detail-body quote-body">
        <QuoteClientSection editable={editable} />
        <QuoteLinesSection editable={editable} />
        <div className="quote-bottom">
          <QuoteTermsSection editable={editable} />
          <QuoteTotalsView editable={editable} />
        </div>
      </div>
    </section>
  );
}
