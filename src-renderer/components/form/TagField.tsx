import { useTranslation } from 'react-i18next';
import { useReferenceStore } from '../../stores/reference-store';
import { TagChip } from '../TagChip';
import { TagMenu } from '../TagPicker';

/** The tags chosen in a form: chips to remove, a menu to add (or create) one. */
export function TagField({ tagIds, onChange }: { tagIds: string[]; onChange: (tagIds: string[]) => void }) {
  const { t } = useTranslation();
  const tags = useReferenceStore((state) => state.tags);
  return (
    <div className="tag-field" role="group" aria-label={t('fields.contact.tags')}>
      {tagIds.map((id) => {
        const tag = tags.find((candidate) => candidate.id === id);
        return tag ? <TagChip key={id} tag={tag} onRemove={() => onChange(tagIds.filter((other) => other !== id))} /> : null;
      })}
      <TagMenu excludeIds={tagIds} allowCreate onPick={(tag) => onChange([...tagIds, tag.id])} />
    </div>
  );
}
