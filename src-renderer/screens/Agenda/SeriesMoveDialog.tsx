import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';

type SeriesMoveDialogProps = {
  subject: string;
  /** Whether the move can apply to the whole series (not when it switches between all day and a time). */
  wholeSeries: boolean;
  onChoose: (scope: 'occurrence' | 'series') => void;
  onCancel: () => void;
};

/** A repeating activity was dragged: this occurrence only, or the whole series? Escape leaves it where it was. */
export function SeriesMoveDialog({ subject, wholeSeries, onChoose, onCancel }: SeriesMoveDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={t('agenda.calendar.move.title')}
      onClose={onCancel}
      size="sm"
      footer={
        <>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button onClick={() => onChoose('series')} disabled={!wholeSeries} data-testid="move-series">
            {t('agenda.calendar.move.wholeSeries')}
          </Button>
          <Button variant="primary" onClick={() => onChoose('occurrence')} data-autofocus data-testid="move-occurrence">
            {t('agenda.calendar.move.thisOne')}
          </Button>
        </>
      }
    >
      <p>{t('agenda.calendar.move.body', { subject })}</p>
      {!wholeSeries && <p className="faint small">{t('agenda.calendar.move.seriesUnavailable')}</p>}
    </Dialog>
  );
}
