import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from './Button';
import { Dialog } from './Dialog';

type FormDialogProps = {
  title: string;
  onClose: () => void;
  submitLabel: string;
  onSubmit: () => void;
  busy?: boolean;
  disabled?: boolean;
  submitTestId?: string;
  size?: 'sm' | 'md';
  formClassName?: string;
  children: ReactNode;
};

/** A dialog around a small form: Cancel, and a primary button that submits it (Enter does too). */
export function FormDialog(props: FormDialogProps) {
  const { title, onClose, submitLabel, onSubmit, busy, disabled, submitTestId, size, formClassName, children } = props;
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      onClose={onClose}
      size={size}
      footer={
        <>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={onSubmit} busy={busy} disabled={disabled} data-testid={submitTestId}>
            {submitLabel}
          </Button>
        </>
      }
    >
      <form
        className={formClassName}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
      </form>
    </Dialog>
  );
}

/**
 * A dialog's submit: once tried, its errors show; valid values are sent (busy meanwhile) and
 * the dialog closes when the change went through. `send` is null while the values are not valid.
 */
export function useDialogSubmit(onClose: () => void) {
  const [busy, setBusy] = useState(false);
  const [tried, setTried] = useState(false);
  const submit = async (send: (() => Promise<boolean>) | null) => {
    setTried(true);
    if (!send) return;
    setBusy(true);
    const done = await send();
    setBusy(false);
    if (done) onClose();
  };
  return { busy, tried, submit };
}
