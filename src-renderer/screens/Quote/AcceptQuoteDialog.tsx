import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { QuoteDetail } from '../../../src-shared/domain/quotes';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useLanguage } from '../../i18n/use-language';
import { acceptQuote } from '../../stores/quote-actions';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';

/** Accepting a quote, and with it (ticked when the deal is still open) winning the deal at the quote's amount. */
export function AcceptQuoteDialog({ quote, onClose }: { quote: QuoteDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const deal = useQuoteEditorStore((state) => state.deal);
  const dealOpen = deal !== null && deal.closedAt === null;
  const [markDealWon, setMarkDealWon] = useState(dealOpen);
  const [busy, setBusy] = useState(false);
  const accept = async () => {
    setBusy(true);
    const done = await acceptQuote(markDealWon);
    setBusy(false);
    if (done) onClose();
  };
  return (
    <Dialog
      title={t('quotes.acceptDialog.title', { number: quote.number })}
      onClose={onClose}
      size="sm"
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void accept()} busy={busy} data-testid="quote-accept-confirm">
            {t('quotes.actions.accept')}
          </Button>
        </>
      }
    >
      <p>{t('quotes.acceptDialog.body', { amount: formatMoney(lang, quote.totalExclMinor, quote.currency) })}</p>
      <p className="muted">{dealOpen ? t('quotes.acceptDialog.dealOpen', { title: deal?.title ?? '' }) : t('quotes.acceptDialog.dealClosed')}</p>
      <label className="checkbox">
        <input type="checkbox" checked={markDealWon} disabled={!dealOpen} onChange={(event) => setMarkDealWon(event.target.checked)} data-testid="quote-mark-won" />
        <span>{t('quotes.actions.markDealWon')}</span>
      </label>
    </Dialog>
  );
}
