import { useTranslation } from 'react-i18next';
import type { TagRef } from '../../../src-shared/domain/records';
import { assignTag, unassignTag } from '../../stores/tag-actions';
import { TagChip } from '../TagChip';
import { TagMenu } from '../TagPicker';
import { Card } from './Card';

/** A record's tags: remove one with ×, add or create one from the menu. */
export function TagsCard({ entity, recordId, tags }: { entity: 'contact' | 'company' | 'deal'; recordId: string; tags: TagRef[] }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('detail.tags')}
      count={tags.length}
      testId="tags-card"
      actions={<TagMenu excludeIds={tags.map((tag) => tag.id)} allowCreate testId="add-tag" onPick={(tag) => void assignTag(entity, [recordId], tag, { quiet: true })} />}
    >
      {tags.length === 0 ? (
        <p className="faint">{t('detail.noTags')}</p>
      ) : (
        <div className="tag-field">
          {tags.map((tag) => (
            <TagChip key={tag.id} tag={tag} onRemove={() => void unassignTag(entity, [recordId], tag)} />
          ))}
        </div>
      )}
    </Card>
  );
}
