import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';
import { TextField } from './Field';

type PromptDialogProps = {
  title: string;
  label: string;
  initial?: string;
  confirmLabel: string;
  maxLength?: number;
  onConfirm: (value: string) => void;
  onCancel: () => void;
};

/** Asks for one line of text (the name of a saved view). */
export function PromptDialog({ title, label, initial = '', confirmLabel, maxLength, onConfirm, onCancel }: PromptDialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(initial);
  const submit = () => {
    if (value.trim()) onConfirm(value.trim());
  };
  return (
    <Dialog
      title={title}
      onClose={onCancel}
      size="sm"
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={submit} disabled={!value.trim()}>
            {confirmLabel}
          </Button>
        </>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <TextField label={label} value={value} onChange={setValue} maxLength={maxLength} data-autofocus required />
      </form>
    </Dialog>
  );
}
