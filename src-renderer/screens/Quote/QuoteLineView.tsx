import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { parseAmountToMinor } from '../../../src-shared/domain/money';
import { useLanguage } from '../../i18n/use-language';
import { formatPercentBp, parsePercentToBp, parseQuantityToMilli, quantityText } from '../../lib/number-input';
import type { QuoteLineDraft } from '../../lib/quote-draft';
import { priceSourceText } from './price-source-text';

/** A line of a quote that no longer changes, as it is printed. */
export function QuoteLineView({ line, currency, total }: { line: QuoteLineDraft; currency: string; total: number | null }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const price = parseAmountToMinor(line.unitPrice, currency);
  const discount = line.discount ? parsePercentToBp(line.discount) : 0;
  const quantity = parseQuantityToMilli(line.quantity);
  return (
    <tr data-testid="quote-line">
      <td>{line.reference}</td>
      <td className="pre-wrap">{line.description}</td>
      <td className="num">{quantity === null ? line.quantity : quantityText(lang, quantity, true)}</td>
      <td>{line.unit}</td>
      <td className="num" title={line.productId ? priceSourceText(t, lang, line.priceSource) : undefined}>
        {price === null ? line.unitPrice : formatMoney(lang, price, currency)}
      </td>
      <td className="num">{discount ? formatPercentBp(lang, discount) : ''}</td>
      <td className="num">{formatPercentBp(lang, line.vatRateBp)}</td>
      <td className="num" data-testid="quote-line-total">
        {total === null ? '' : formatMoney(lang, total, currency)}
      </td>
    </tr>
  );
}
