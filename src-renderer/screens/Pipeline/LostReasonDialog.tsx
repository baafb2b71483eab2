import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LostReason } from '../../../src-shared/domain/sales';
import { invoke } from '../../api/client';
import { SelectField } from '../../components/Field';
import { FormDialog } from '../../components/FormDialog';
import { notifyError } from '../../stores/notify-error';

type LostReasonDialogProps = { dealTitle: string; onConfirm: (reasonId: string | null) => void; onCancel: () => void };

/** Asked when a deal goes to a lost stage: why it was lost, from the office's list. */
export function LostReasonDialog({ dealTitle, onConfirm, onCancel }: LostReasonDialogProps) {
  const { t } = useTranslation();
  const [reasons, setReasons] = useState<LostReason[] | null>(null);
  const [reasonId, setReasonId] = useState('');
  const [tried, setTried] = useState(false);
  useEffect(() => {
    invoke('lostReasons.list', {}).then(setReasons, (error: unknown) => {
      notifyError(error);
      setReasons([]);
    });
  }, []);
  const required = (reasons?.length ?? 0) > 0;
  const missing = required && reasonId === '';
  return (
    <FormDialog
      title={t('sales.lost.title', { title: dealTitle })}
      submitLabel={t('sales.lost.confirm')}
      submitTestId="confirm-lost"
      size="sm"
      onClose={onCancel}
      disabled={reasons === null}
      onSubmit={() => {
        setTried(true);
        if (!missing) onConfirm(reasonId || null);
      }}
    >
      <SelectField
        label={t('sales.fields.lostReason')}
        value={reasonId}
        options={(reasons ?? []).map((reason) => ({ value: reason.id, label: reason.label }))}
        onChange={setReasonId}
        emptyLabel={t('sales.lost.choose')}
        error={tried && missing ? t('errors.field.required') : null}
      />
    </FormDialog>
  );
}
