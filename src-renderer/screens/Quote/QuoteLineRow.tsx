import { ArrowDown, ArrowUp, RotateCcw, Trash2 } from 'lucide-react';
import type { InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { frenchVatRates } from '../../../src-shared/domain/catalogue';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { IconButton } from '../../components/Button';
import { useLanguage } from '../../i18n/use-language';
import { formatPercentBp } from '../../lib/number-input';
import type { QuoteLineDraft } from '../../lib/quote-draft';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { priceSourceText } from './price-source-text';
import { useIssueText } from './use-issue-text';

type CellInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & { value: string; onChange: (value: string) => void; error: string | null };

/** An input inside a line: labelled for screen readers by column and line, marked when the core refused it. */
function CellInput({ value, onChange, error, ...input }: CellInputProps) {
  return <input className="input input-cell" value={value} onChange={(event) => onChange(event.target.value)} aria-invalid={error ? true : undefined} title={error ?? undefined} {...input} />;
}

type QuoteLineRowProps = { line: QuoteLineDraft; index: number; count: number; currency: string; total: number | null };

/** One line of a draft quote, edited in place. */
export function QuoteLineRow({ line, index, count, currency, total }: QuoteLineRowProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const changeLine = useQuoteEditorStore((state) => state.changeLine);
  const removeLine = useQuoteEditorStore((state) => state.removeLine);
  const moveLine = useQuoteEditorStore((state) => state.moveLine);
  const issueText = useIssueText();
  const change = (patch: Partial<QuoteLineDraft>) => changeLine(line.key, patch);
  const at = (field: string) => issueText(`lines.${index}.${field}`);
  const label = (column: 'reference' | 'description' | 'quantity' | 'unit' | 'unitPrice' | 'discount' | 'vatRate') => `${t(`quotes.lines.${column}`)} (${index + 1})`;
  const rates = frenchVatRates.some((rate) => rate.rateBp === line.vatRateBp) ? frenchVatRates.map((rate) => rate.rateBp) : [line.vatRateBp, ...frenchVatRates.map((rate) => rate.rateBp)];
  const priceNote = line.noPrice ? t(`quotes.noPrice.${line.noPrice}`) : line.productId ? priceSourceText(t, lang, line.priceTyped ? null : line.priceSource) : null;
  const productError = at('productId');
  return (
    <tr data-testid="quote-line" className={productError ? 'quote-line-invalid' : undefined}>
      <td>
        <CellInput value={line.reference} onChange={(reference) => change({ reference })} error={null} aria-label={label('reference')} maxLength={60} />
      </td>
      <td>
        <textarea
          className="input input-cell"
          rows={1}
          value={line.description}
          onChange={(event) => change({ description: event.target.value })}
          aria-label={label('description')}
          aria-invalid={at('description') ? true : undefined}
          maxLength={2000}
          data-testid="quote-line-description"
        />
        {productError && <span className="field-error">{productError}</span>}
      </td>
      <td>
        <CellInput value={line.quantity} onChange={(quantity) => change({ quantity })} error={at('quantityMilli')} aria-label={label('quantity')} inputMode="decimal" className="input input-cell num" data-testid="quote-line-quantity" />
      </td>
      <td>
        <CellInput value={line.unit} onChange={(unit) => change({ unit })} error={null} aria-label={label('unit')} maxLength={20} />
      </td>
      <td>
        <CellInput value={line.unitPrice} onChange={(unitPrice) => change({ unitPrice })} error={at('unitPriceMinor')} aria-label={label('unitPrice')} inputMode="decimal" className="input input-cell num" data-testid="quote-line-price" />
        {priceNote && (
          <span className={`quote-price-note ${line.noPrice || at('unitPriceMinor') ? 'field-error' : 'faint'}`} data-testid="quote-line-price-source">
            {at('unitPriceMinor') ?? priceNote}
            {line.productId && line.priceTyped && (
              <IconButton size="sm" label={t('quotes.linesEditor.useListPrice')} icon={<RotateCcw size={12} />} onClick={() => change({ priceTyped: false })} />
            )}
          </span>
        )}
      </td>
      <td>
        <CellInput value={line.discount} onChange={(discount) => change({ discount })} error={at('discountBp')} aria-label={label('discount')} inputMode="decimal" placeholder="0" className="input input-cell num" />
      </td>
      <td>
        <select className="input select input-cell" value={line.vatRateBp} onChange={(event) => change({ vatRateBp: Number(event.target.value) })} aria-label={label('vatRate')}>
          {rates.map((rate) => (
            <option key={rate} value={rate}>
              {formatPercentBp(lang, rate)}
            </option>
          ))}
        </select>
      </td>
      <td className="num" data-testid="quote-line-total">
        {total === null ? '—' : formatMoney(lang, total, currency)}
      </td>
      <td className="quote-line-tools">
        <IconButton size="sm" label={t('quotes.linesEditor.moveUp')} icon={<ArrowUp size={14} />} onClick={() => moveLine(line.key, -1)} disabled={index === 0} />
        <IconButton size="sm" label={t('quotes.linesEditor.moveDown')} icon={<ArrowDown size={14} />} onClick={() => moveLine(line.key, 1)} disabled={index === count - 1} />
        <IconButton size="sm" label={t('quotes.lines.remove')} icon={<Trash2 size={14} />} onClick={() => removeLine(line.key)} data-testid="quote-line-remove" />
      </td>
    </tr>
  );
}
