import { Plus } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { printedQuoteNumber, type QuoteSummary } from '../../../src-shared/domain/quotes';
import { invoke } from '../../api/client';
import { Button } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { useLanguage } from '../../i18n/use-language';
import { formatShortCalendarDate } from '../../lib/format';
import { routeHash } from '../../lib/routes';
import { notifyError } from '../../stores/notify-error';
import { useQuotesStore } from '../../stores/quotes-store';
import { QuoteStatusBadge } from '../Quote/QuoteStatusBadge';

function QuoteLine({ quote }: { quote: QuoteSummary }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  return (
    <li className="quote-line-item" data-testid="deal-quote">
      <a href={routeHash({ name: 'quote', id: quote.id })}>{printedQuoteNumber(quote.number, quote.version)}</a>
      <QuoteStatusBadge status={quote.status} />
      <span className="num">{formatMoney(lang, quote.totalExclMinor, quote.currency)}</span>
      <span className="faint small">
        {formatShortCalendarDate(lang, quote.issueDate)}
        {quote.validUntil && quote.status === 'sent' && ` · ${t('quotes.card.validUntil', { date: formatShortCalendarDate(lang, quote.validUntil) })}`}
      </span>
    </li>
  );
}

/** The quotes of a deal, latest versions first; a new one starts from here. */
export function QuotesCard({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const version = useQuotesStore((state) => state.version);
  const [quotes, setQuotes] = useState<QuoteSummary[] | null>(null);

  useEffect(() => {
    let current = true;
    invoke('quotes.listByDeal', { dealId }).then(
      (found) => current && setQuotes(found),
      (error: unknown) => current && notifyError(error),
    );
    return () => {
      current = false;
    };
  }, [dealId, version]);

  const latest = (quotes ?? []).filter((quote) => quote.latest);
  const older = (quotes ?? []).filter((quote) => !quote.latest);
  return (
    <Card
      title={t('quotes.title')}
      count={latest.length}
      testId="quotes-card"
      actions={
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => (window.location.hash = routeHash({ name: 'newQuote', dealId }))} data-testid="new-quote">
          {t('quotes.new')}
        </Button>
      }
    >
      {quotes === null ? (
        <p className="faint">{t('common.loading')}</p>
      ) : latest.length === 0 ? (
        <p className="faint">{t('quotes.empty')}</p>
      ) : (
        <ul className="link-list">
          {latest.map((quote) => (
            <QuoteLine key={quote.id} quote={quote} />
          ))}
        </ul>
      )}
      {older.length > 0 && (
        <details className="quote-older">
          <summary>{t('quotes.card.olderVersions')}</summary>
          <ul className="link-list">
            {older.map((quote) => (
              <QuoteLine key={quote.id} quote={quote} />
            ))}
          </ul>
        </details>
      )}
    </Card>
  );
}
