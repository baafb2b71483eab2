import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import { Card } from '../../components/detail/Card';
import { TextField } from '../../components/Field';
import { useLanguage } from '../../i18n/use-language';
import { formatPercentBp } from '../../lib/number-input';
import { draftTotals } from '../../lib/quote-draft';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { useIssueText } from './use-issue-text';

function Row({ label, value, strong, testId }: { label: string; value: string; strong?: boolean; testId?: string }) {
  return (
    <div className={strong ? 'quote-total-row strong' : 'quote-total-row'}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** The totals of what is typed, by the rule the documents print (VAT per rate after the global discount). */
export function QuoteTotalsView({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const draft = useQuoteEditorStore((state) => state.draft);
  const change = useQuoteEditorStore((state) => state.change);
  const issueText = useIssueText();
  if (!draft) return null;
  const { totals, unreadable } = draftTotals(draft);
  const money = (minor: number) => formatMoney(lang, minor, draft.currency);
  return (
    <Card title={t('quotes.sections.totals')} testId="quote-totals">
      {editable && (
        <TextField
          label={t('quotes.fields.globalDiscount')}
          value={draft.globalDiscount}
          onChange={(globalDiscount) => change({ globalDiscount })}
          path="globalDiscountBp"
          error={issueText('globalDiscountBp')}
          inputMode="decimal"
          placeholder="0 %"
          data-testid="quote-global-discount"
        />
      )}
      <dl className="quote-totals">
        <Row label={t('quotes.totals.lines')} value={money(totals.linesExclMinor)} />
        {totals.globalDiscountBp > 0 && <Row label={`${t('quotes.totals.globalDiscount')} ${formatPercentBp(lang, totals.globalDiscountBp)}`} value={`−${money(totals.globalDiscountMinor)}`} />}
        <Row label={t('quotes.totals.totalExcl')} value={money(totals.totalExclMinor)} strong testId="quote-total-excl" />
        {totals.vatSummary.map((row) => (
          <Row key={row.rateBp} label={t('quotes.totals.vat', { rate: formatPercentBp(lang, row.rateBp) })} value={money(row.vatMinor)} />
        ))}
        <Row label={t('quotes.totals.totalIncl')} value={money(totals.totalInclMinor)} strong testId="quote-total-incl" />
      </dl>
      {unreadable > 0 && (
        <p className="field-error" role="status">
          {t('quotes.linesEditor.unreadable', { count: unreadable })}
        </p>
      )}
    </Card>
  );
}
