import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseAmountToMinor } from '../../../src-shared/domain/money';
import { createDeal } from '../../stores/deal-actions';

type QuickCreateProps = { pipelineId: string; stageId: string; currency: string; onDone: (created: boolean) => void };

/** A deal in a few keystrokes at the top of a column: a title, an amount, Enter. */
export function QuickCreate({ pipelineId, stageId, currency, onDone }: QuickCreateProps) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [amount, setAmount] = useState('');
  const [busy, setBusy] = useState(false);
  const amountMinor = amount.trim() ? parseAmountToMinor(amount, currency) : 0;
  const amountError = amountMinor === null || amountMinor < 0;
  const submit = async () => {
    if (!title.trim() || amountError || busy) return;
    setBusy(true);
    const created = await createDeal({ title, pipelineId, stageId, amountMinor, currency }, { quiet: true }).then(
      () => true,
      () => false,
    );
    setBusy(false);
    if (created) onDone(true);
  };
  return (
    <form
      className="quick-create"
      data-testid="quick-create"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onDone(false);
        }
      }}
    >
      <input
        className="input"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        placeholder={t('sales.fields.title')}
        aria-label={t('sales.fields.title')}
        maxLength={200}
        autoFocus
        data-testid="quick-create-title"
      />
      <input
        className="input"
        value={amount}
        onChange={(event) => setAmount(event.target.value)}
        placeholder={t('sales.board.amountIn', { currency })}
        aria-label={t('sales.board.amountIn', { currency })}
        aria-invalid={amountError || undefined}
        inputMode="decimal"
        data-testid="quick-create-amount"
      />
      {amountError && (
        <span className="field-error" role="alert">
          {t('sales.invalidAmount')}
        </span>
      )}
      <div className="quick-create-actions">
        <button type="button" className="btn btn-ghost btn-sm" onClick={() => onDone(false)}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary btn-sm" disabled={!title.trim() || amountError || busy}>
          {t('sales.board.add')}
        </button>
      </div>
    </form>
  );
}
