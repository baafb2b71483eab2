import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

type UndoDialogProps = { fileName: string; busy: boolean; onConfirm: () => void; onCancel: () => void };

/** Asks before taking an import back: what it created goes, what it updated returns to its earlier values. */
export function UndoDialog({ fileName, busy, onConfirm, onCancel }: UndoDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('importWizard.undo.title')}
      onClose={onCancel}
      size="sm"
      role="alertdialog"
      footer={
        <>
          <Button onClick={onCancel} data-autofocus data-testid="import-undo-keep">
            {t('importWizard.undo.keep')}
          </Button>
          <Button variant="danger" onClick={onConfirm} busy={busy} data-testid="import-undo-confirm">
            {t('importWizard.undo.confirm')}
          </Button>
        </>
      }
    >
      <p className="dialog-subject">{fileName}</p>
      <p>{t('importWizard.undo.body')}</p>
    </Dialog>
  );
}
