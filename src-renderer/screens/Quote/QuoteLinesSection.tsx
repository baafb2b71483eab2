import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { RecordPicker } from '../../components/RecordPicker';
import { draftTotals } from '../../lib/quote-draft';
import { searchProducts } from '../../stores/catalogue-actions';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { QuoteLineRow } from './QuoteLineRow';
import { QuoteLineView } from './QuoteLineView';
import { useIssueText } from './use-issue-text';

/** The lines of the quote: edited in place on a draft (catalogue or free lines), read otherwise. */
export function QuoteLinesSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const draft = useQuoteEditorStore((state) => state.draft);
  const addProduct = useQuoteEditorStore((state) => state.addProduct);
  const addFreeLine = useQuoteEditorStore((state) => state.addFreeLine);
  const issueText = useIssueText();
  if (!draft) return null;
  const { lineTotals } = draftTotals(draft);
  const columns = ['reference', 'description', 'quantity', 'unit', 'unitPrice', 'discount', 'vatRate', 'total'] as const;
  return (
    <Card title={t('quotes.sections.lines')} testId="quote-lines" count={draft.lines.length}>
      {draft.lines.length === 0 ? (
        <p className="faint" data-testid="quote-lines-empty">
          {t('quotes.linesEditor.empty')}
        </p>
      ) : (
        <div className="quote-lines-scroll">
          <table className="quote-lines">
            <thead>
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className={`quote-col-${column}`}>
                    {t(`quotes.lines.${column}`)}
                  </th>
                ))}
                {editable && <th className="quote-col-tools" />}
              </tr>
            </thead>
            <tbody>
              {draft.lines.map((line, index) =>
                editable ? (
                  <QuoteLineRow key={line.key} line={line} index={index} count={draft.lines.length} currency={draft.currency} total={lineTotals[index] ?? null} />
                ) : (
                  <QuoteLineView key={line.key} line={line} currency={draft.currency} total={lineTotals[index] ?? null} />
                ),
              )}
            </tbody>
          </table>
        </div>
      )}
      {issueText('lines') && (
        <p className="field-error" role="alert">
          {issueText('lines')}
        </p>
      )}
      {editable && (
        <div className="quote-lines-add">
          <div className="quote-product-picker" data-testid="quote-add-product">
            <RecordPicker label={t('quotes.lines.addProduct')} placeholder={t('quotes.linesEditor.pickProduct')} value={null} onChange={(picked) => picked && void addProduct(picked.id)} search={searchProducts} />
          </div>
          <Button variant="ghost" icon={<Plus size={14} />} onClick={addFreeLine} data-testid="quote-add-free-line">
            {t('quotes.lines.addFree')}
          </Button>
        </div>
      )}
    </Card>
  );
}
