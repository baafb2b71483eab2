import { useState } from 'react';
import { TextField } from './Field';
import { FormDialog } from './FormDialog';

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
  const [value, setValue] = useState(initial);
  const submit = () => {
    if (value.trim()) onConfirm(value.trim());
  };
  return (
    <FormDialog title={title} onClose={onCancel} size="sm" submitLabel={confirmLabel} onSubmit={submit} disabled={!value.trim()}>
      <TextField label={label} value={value} onChange={setValue} maxLength={maxLength} data-autofocus required />
    </FormDialog>
  );
}
