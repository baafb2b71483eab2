import { useTranslation } from 'react-i18next';
import { Button } from '../Button';
import { Dialog } from '../Dialog';

export type SeriesScope = 'occurrence' | 'series';

type SeriesScopeDialogProps = {
  /** Saving changes, or deleting. */
  action: 'save' | 'delete';
  subject: string;
  /** Why "this occurrence only" is not offered (a change only the whole series can take), or null. */
  occurrenceUnavailable: string | null;
  /** Why "all occurrences" is not offered, or null. */
  seriesUnavailable: string | null;
  onChoose: (scope: SeriesScope) => void;
  onCancel: () => void;
};

/**
 * An occurrence of a repeating activity was changed or deleted in the activity dialog: this
 * occurrence only, or the whole series? The same question, and the same look, as dragging one
 * in the agenda (SeriesMoveDialog). Escape goes back to the dialog.
 */
export function SeriesScopeDialog({ action, subject, occurrenceUnavailable, seriesUnavailable, onChoose, onCancel }: SeriesScopeDialogProps) {
  const { t } = useTranslation();
  const words = action === 'save' ? 'agenda.activity.occurrence.save' : 'agenda.activity.occurrence.delete';
  return (
    <Dialog
      title={t(`${words}.title`)}
      onClose={onCancel}
      size="sm"
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button onClick={() => onChoose('series')} disabled={seriesUnavailable !== null} data-testid="scope-series">
            {t(`${words}.wholeSeries`)}
          </Button>
          <Button variant="primary" onClick={() => onChoose('occurrence')} disabled={occurrenceUnavailable !== null} data-autofocus data-testid="scope-occurrence">
            {t(`${words}.thisOne`)}
          </Button>
        </>
      }
    >
      <p>{t(`${words}.body`, { subject })}</p>
      {occurrenceUnavailable && <p className="faint small">{occurrenceUnavailable}</p>}
      {seriesUnavailable && <p className="faint small">{seriesUnavailable}</p>}
    </Dialog>
  );
}
