import { useTranslation } from 'react-i18next';
import { Card, Fact, Facts } from '../../components/detail/Card';
import { TextAreaField } from '../../components/Field';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { useIssueText } from './use-issue-text';

/** The terms printed on the quote (from Settings for a new one) and notes. */
export function QuoteTermsSection({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const draft = useQuoteEditorStore((state) => state.draft);
  const change = useQuoteEditorStore((state) => state.change);
  const issueText = useIssueText();
  if (!draft) return null;
  return (
    <Card title={t('quotes.sections.terms')} testId="quote-terms">
      {editable ? (
        <>
          <TextAreaField label={t('quotes.fields.terms')} value={draft.terms} onChange={(terms) => change({ terms })} path="terms" error={issueText('terms')} rows={4} maxLength={10_000} />
          <TextAreaField label={t('quotes.fields.notes')} value={draft.notes} onChange={(notes) => change({ notes })} path="notes" error={issueText('notes')} rows={3} maxLength={10_000} />
        </>
      ) : (
        <Facts>
          <Fact label={t('quotes.fields.terms')} wide>
            {draft.terms && <span className="pre-wrap">{draft.terms}</span>}
          </Fact>
          <Fact label={t('quotes.fields.notes')} wide>
            {draft.notes && <span className="pre-wrap">{draft.notes}</span>}
          </Fact>
        </Facts>
      )}
    </Card>
  );
}
