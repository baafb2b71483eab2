import { useTranslation } from 'react-i18next';
import type { ComparedRecord, DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { useLanguage } from '../../i18n/use-language';
import { formatPhone, formatShortDate } from '../../lib/format';
import { Button } from '../Button';
import { RelativeTime } from '../RelativeTime';
import { linkedCountsText, recordContext } from './duplicate-text';
import type { MergeSide } from './merge-picks';

type MergeRecordCardProps = {
  entity: DuplicateEntity;
  side: MergeSide;
  record: ComparedRecord;
  survives: boolean;
  onSurvive: () => void;
  onTakeAll: () => void;
};

/** One of the two records: which one it is, what hangs off it, and "keep this one". */
export function MergeRecordCard({ entity, side, record, survives, onSurvive, onTakeAll }: MergeRecordCardProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const context = recordContext(record);
  const linked = linkedCountsText(t, entity, record.linked);
  const contact = [record.email, record.phone ? formatPhone(record.phone) : null].filter(Boolean).join(' · ');
  return (
    <div className={`merge-record ${survives ? 'merge-record-survives' : ''}`} data-testid={`merge-record-${side}`}>
      <label className="merge-survivor-choice">
        <input type="radio" name="merge-survivor" checked={survives} onChange={onSurvive} data-testid={`merge-survivor-${side}`} />
        <span>{survives ? t('duplicates.ui.merge.survives') : t('duplicates.ui.merge.keepThisOne')}</span>
      </label>
      <strong className="merge-record-name">{record.displayName}</strong>
      {context && <div className="muted">{context}</div>}
      {contact && <div className="muted truncate">{contact}</div>}
      <dl className="merge-record-facts">
        <dt>{t('duplicates.ui.column.owner')}</dt>
        <dd>{record.owner?.displayName ?? '—'}</dd>
        <dt>{t('duplicates.ui.column.lastActivity')}</dt>
        <dd>{record.lastActivityAt ? <RelativeTime iso={record.lastActivityAt} /> : t('duplicates.ui.noActivity')}</dd>
        <dt>{t('duplicates.ui.column.created')}</dt>
        <dd>{formatShortDate(lang, record.createdAt)}</dd>
      </dl>
      <p className="merge-record-linked small" data-testid={`merge-linked-${side}`}>
        {linked ? t('duplicates.ui.merge.linked', { list: linked }) : t('duplicates.ui.merge.nothingLinked')}
      </p>
      <Button size="sm" onClick={onTakeAll} data-testid={`merge-take-all-${side}`} title={t('duplicates.ui.merge.takeAllHint')}>
        {t('duplicates.ui.merge.takeAll')}
      </Button>
    </div>
  );
}
