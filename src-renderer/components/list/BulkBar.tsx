import { Trash2, X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagRef } from '../../../src-shared/domain/records';
import { Button } from '../Button';
import { TagMenu } from '../TagPicker';

type BulkBarProps = {
  count: number;
  onDelete: () => void;
  onTag: (tag: TagRef) => void;
  onUntag: (tag: TagRef) => void;
  onClear: () => void;
  /** Actions of the list's own kind (mail merge on contacts). */
  extra?: ReactNode;
};

/** Shown while rows are selected: what can be done to all of them at once. */
export function BulkBar({ count, onDelete, onTag, onUntag, onClear, extra }: BulkBarProps) {
  const { t } = useTranslation();
  if (count === 0) return null;
  return (
    <div className="bulk-bar" role="toolbar" aria-label={t('bulk.selected', { count })} data-testid="bulk-bar">
      <span className="bulk-count">{t('bulk.selected', { count })}</span>
      <TagMenu onPick={onTag} label={t('bulk.tag')} buttonText={t('bulk.tag')} allowCreate testId="bulk-tag" />
      <TagMenu onPick={onUntag} label={t('bulk.untag')} buttonText={t('bulk.untag')} />
      {extra}
      <Button size="sm" variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={onDelete} data-testid="bulk-delete">
        {t('bulk.delete')}
      </Button>
      <span className="bulk-spacer" />
      <Button size="sm" variant="ghost" icon={<X size={14} />} onClick={onClear}>
        {t('bulk.clear')}
      </Button>
    </div>
  );
}
