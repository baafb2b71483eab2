import { Check, CopyPlus, FileDown, FileText, Save, Send, Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { declineQuote, deleteQuoteDraft, exportQuote, reviseQuote, sendQuote } from '../../stores/quote-actions';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';
import { AcceptQuoteDialog } from './AcceptQuoteDialog';

/**
 * What can be done with the quote as it stands: a draft is saved, sent or deleted; a sent quote
 * is accepted, declined or revised; any saved quote is exported to Word or PDF.
 */
export function QuoteActions({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const quote = useQuoteEditorStore((state) => state.quote);
  const dirty = useQuoteEditorStore((state) => state.dirty);
  const busy = useQuoteEditorStore((state) => state.busy);
  const save = useQuoteEditorStore((state) => state.save);
  const [dialog, setDialog] = useState<'accept' | 'delete' | null>(null);
  const [working, setWorking] = useState(false);
  const run = (action: () => Promise<unknown>) => async () => {
    setWorking(true);
    try {
      await action();
    } finally {
      setWorking(false);
    }
  };

  if (!quote) {
    return (
      <div className="detail-actions">
        <Button variant="primary" icon={<Save size={14} />} onClick={() => void save()} busy={busy} data-testid="quote-create">
          {t('quotes.create')}
        </Button>
      </div>
    );
  }
  const latest = quote.latest;
  return (
    <div className="detail-actions quote-actions">
      {editable && (
        <>
          <Button variant={dirty ? 'primary' : 'secondary'} icon={<Save size={14} />} onClick={() => void save()} busy={busy} disabled={!dirty} data-testid="quote-save">
            {t('quotes.save')}
          </Button>
          <Button icon={<Send size={14} />} onClick={run(sendQuote)} disabled={working} data-testid="quote-send">
            {t('quotes.actions.send')}
          </Button>
        </>
      )}
      {latest && quote.status === 'sent' && (
        <>
          <Button variant="primary" icon={<Check size={14} />} onClick={() => setDialog('accept')} data-testid="quote-accept">
            {t('quotes.actions.accept')}
          </Button>
          <Button icon={<X size={14} />} onClick={run(declineQuote)} disabled={working} data-testid="quote-decline">
            {t('quotes.actions.decline')}
          </Button>
        </>
      )}
      {latest && ['sent', 'declined', 'expired'].includes(quote.status) && (
        <Button icon={<CopyPlus size={14} />} onClick={run(reviseQuote)} disabled={working} data-testid="quote-revise">
          {t('quotes.actions.revise')}
        </Button>
      )}
      <div className="button-group" role="group" aria-label={t('quotes.export.title')}>
        <Button icon={<FileText size={14} />} onClick={run(() => exportQuote('docx'))} disabled={working} data-testid="quote-export-docx">
          {t('quotes.export.docx')}
        </Button>
        <Button icon={<FileDown size={14} />} onClick={run(() => exportQuote('pdf'))} disabled={working} data-testid="quote-export-pdf">
          {t('quotes.export.pdf')}
        </Button>
      </div>
      {editable && (
        <Button variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={() => setDialog('delete')} data-testid="quote-delete">
          {t('quotes.actions.delete')}
        </Button>
      )}
      {dialog === 'accept' && <AcceptQuoteDialog quote={quote} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <ConfirmDialog
          title={t('quotes.confirmDelete.title')}
          body={t('quotes.confirmDelete.body', { number: quote.number })}
          confirmLabel={t('quotes.actions.delete')}
          busy={working}
          onConfirm={run(async () => {
            if (await deleteQuoteDraft()) setDialog(null);
          })}
          onCancel={() => setDialog(null)}
        />
      )}
    </div>
  );
}
