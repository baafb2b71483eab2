import { Save } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useShallow } from 'zustand/react/shallow';
import { segmentLimits } from '../../../src-shared/domain/segments/limits';
import type { Segment } from '../../../src-shared/domain/segments/types';
import { useProfileStore } from '../../stores/profile-store';
import { useSegmentBuilder } from '../../stores/segment-builder-store';
import { Button } from '../Button';
import { SegmentedField, TextField } from '../Field';
import { SidePanel } from '../SidePanel';
import { GroupEditor } from './GroupEditor';
import { SegmentPreviewPanel } from './SegmentPreviewPanel';
import './segments.css';

/**
 * The segment builder, without SQL: name and sharing, the conditions (AND / OR groups, related
 * records), the live count; saving shows the segment's records in the list. Esc cancels,
 * Ctrl+Enter saves.
 */
export function SegmentBuilderPanel({ onSaved }: { onSaved: (segment: Segment) => void }) {
  const { t } = useTranslation();
  const { draft, issues, preview, nameMissing, tried, saving } = useSegmentBuilder(
    useShallow((state) => ({ draft: state.draft, issues: state.issues, preview: state.preview, nameMissing: state.nameMissing, tried: state.tried, saving: state.saving })),
  );
  const currency = useProfileStore((state) => state.profile?.settings.baseCurrency ?? 'EUR');
  if (!draft) return null;
  const builder = useSegmentBuilder.getState();
  const editing = draft.segmentId !== null;
  const title = editing
    ? draft.canEdit
      ? t('segmentBuilder.title.edit', { name: draft.name })
      : t('segmentBuilder.title.copy', { name: draft.name })
    : t(`segmentBuilder.title.new.${draft.entity}`);
  const save = async () => {
    const saved = await builder.save();
    if (saved) {
      builder.close();
      onSaved(saved);
    }
  };
  return (
    <SidePanel
      title={title}
      testId="segment-builder"
      onCancel={() => builder.close()}
      onSave={() => void save()}
      footer={
        <>
          <Button onClick={() => builder.close()}>{t('common.cancel')}</Button>
          <Button variant="primary" icon={<Save size={15} />} busy={saving} onClick={() => void save()} data-testid="segment-save">
            {t(editing && !draft.canEdit ? 'segmentBuilder.saveCopy' : 'segmentBuilder.save')}
          </Button>
        </>
      }
    >
      <div className="segment-builder">
        <div className="segment-builder-head">
          <TextField
            label={t('segments.form.name')}
            value={draft.name}
            onChange={(name) => builder.setName(name)}
            maxLength={segmentLimits.maxNameLength}
            error={nameMissing ? t('segments.errors.nameRequired') : null}
            required
            data-autofocus
            data-testid="segment-name"
          />
          <SegmentedField
            label={t('segmentBuilder.sharing')}
            value={draft.shared ? 'shared' : 'private'}
            options={[
              { value: 'private', label: t('segments.form.private') },
              { value: 'shared', label: t('segments.form.shared') },
            ]}
            onChange={(value) => builder.setShared(value === 'shared')}
          />
        </div>
        {draft.unreadable && (
          <p className="segment-note" role="note">
            {t('segments.unreadable')}
          </p>
        )}
        {editing && !draft.canEdit && (
          <p className="segment-note" role="note">
            {t('segmentBuilder.notYours', { name: draft.ownerName ?? t('segmentBuilder.someone') })}
          </p>
        )}
        <GroupEditor
          entity={draft.entity}
          root={draft.definition}
          path={[]}
          node={draft.definition}
          issues={issues}
          reveal={tried}
          currency={currency}
          onChange={(definition) => builder.setDefinition(definition)}
        />
        <SegmentPreviewPanel entity={draft.entity} preview={preview} />
      </div>
    </SidePanel>
  );
}
