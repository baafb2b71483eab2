import { useTranslation } from 'react-i18next';
import type { QuoteStatus } from '../../../src-shared/domain/quotes';

/** A quote's status as a coloured label. */
export function QuoteStatusBadge({ status }: { status: QuoteStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge quote-status quote-status-${status}`} data-testid="quote-status">
      {t(`quotes.statuses.${status}`)}
    </span>
  );
}
