import { X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { TagRef } from '../../src-shared/domain/records';

type TagChipProps = { tag: Pick<TagRef, 'name' | 'color'>; onRemove?: () => void; size?: 'sm' | 'md' };

function RemoveTag({ name, onRemove }: { name: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const label = t('tags.remove', { name });
  return (
    <button type="button" className="tag-remove" aria-label={label} title={label} onClick={onRemove}>
      <X size={12} />
    </button>
  );
}

/** A tag as a coloured pill; with `onRemove`, a small × takes it off. */
export function TagChip({ tag, onRemove, size = 'md' }: TagChipProps) {
  return (
    <span className={`tag tag-${tag.color} ${size === 'sm' ? 'tag-sm' : ''}`}>
      <span className="tag-dot" aria-hidden="true" />
      <span className="tag-name">{tag.name}</span>
      {onRemove && <RemoveTag name={tag.name} onRemove={onRemove} />}
    </span>
  );
}
