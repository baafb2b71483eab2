import type { TagRef } from '../../src-shared/domain/records';
import { TagChip } from './TagChip';

/** A record's tags in a cell: the first few, then "+n" with all names on hover. */
export function TagList({ tags, max }: { tags: readonly TagRef[]; max: number }) {
  if (tags.length === 0) return null;
  const shown = tags.slice(0, max);
  const rest = tags.length - shown.length;
  return (
    <span className="tag-list" title={tags.map((tag) => tag.name).join(', ')}>
      {shown.map((tag) => (
        <TagChip key={tag.id} tag={tag} size="sm" />
      ))}
      {rest > 0 && <span className="tag-more">+{rest}</span>}
    </span>
  );
}
