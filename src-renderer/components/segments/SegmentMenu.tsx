import { ChevronDown, Filter, Pencil, Plus, TextCursorInput, Trash2, Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentLimits } from '../../../src-shared/domain/segments/limits';
import type { Segment, SegmentEntity } from '../../../src-shared/domain/segments/types';
import { invoke } from '../../api/client';
import { notifyError } from '../../stores/notify-error';
import { useProfileStore } from '../../stores/profile-store';
import { useSegmentBuilder } from '../../stores/segment-builder-store';
import { useSegmentLibrary } from '../../stores/segment-library-store';
import { ConfirmDialog } from '../ConfirmDialog';
import { Popover } from '../Popover';
import { PromptDialog } from '../PromptDialog';
import { SegmentBuilderPanel } from './SegmentBuilderPanel';
import './segments.css';

export type ActiveSegment = { id: string; name: string };

type SegmentMenuProps = {
  entity: SegmentEntity;
  /** The segment the list is filtered on. */
  active: ActiveSegment | null;
  /** Filters the list on a segment (null: no segment). */
  onApply: (segment: ActiveSegment | null) => void;
};

const noSegments: Segment[] = [];

/** Opens a saved segment for editing (read again: it may have changed on another PC). */
async function editSegment(entity: SegmentEntity, id: string): Promise<void> {
  try {
    const segment = await invoke('segments.get', { id });
    useSegmentLibrary.getState().remember(segment);
    useSegmentBuilder.getState().open(entity, segment);
  } catch (error) {
    notifyError(error);
  }
}

function SegmentRow({ segment, mine, active, onApply, onRename, onDelete, close }: {
  segment: Segment;
  mine: boolean;
  active: boolean;
  onApply: () => void;
  onRename: () => void;
  onDelete: () => void;
  close: () => void;
}) {
  const { t } = useTranslation();
  const owner = mine ? t('segmentBuilder.menu.byMe') : t('segments.form.owner', { name: segment.owner?.displayName ?? t('segmentBuilder.someone') });
  const sharing = segment.shared ? t('segmentBuilder.menu.shared') : t('segmentBuilder.menu.private');
  return (
    <div className="menu-row segment-menu-row" data-testid="segment-menu-row">
      <button type="button" role="menuitem" className={`menu-item ${active ? 'menu-item-current' : ''}`} aria-current={active || undefined} onClick={() => { onApply(); close(); }}>
        <span className="segment-menu-name">
          <span className="truncate">{segment.name}</span>
          <span className="faint small truncate">
            {owner} · {sharing}
          </span>
        </span>
      </button>
      <button type="button" className="btn btn-ghost btn-icon btn-sm menu-row-action" aria-label={t('segmentBuilder.menu.edit', { name: segment.name })} title={t('segmentBuilder.menu.edit', { name: segment.name })} onClick={() => { close(); void editSegment(segment.entity, segment.id); }}>
        <Pencil size={13} />
      </button>
      {segment.canEdit && (
        <>
          <button type="button" className="btn btn-ghost btn-icon btn-sm menu-row-action" aria-label={t('segmentBuilder.menu.rename', { name: segment.name })} title={t('segmentBuilder.menu.rename', { name: segment.name })} onClick={() => { close(); onRename(); }}>
            <TextCursorInput size={13} />
          </button>
          <button type="button" className="btn btn-ghost btn-icon btn-sm menu-row-action" aria-label={t('segmentBuilder.menu.delete', { name: segment.name })} title={t('segmentBuilder.menu.delete', { name: segment.name })} onClick={() => { close(); onDelete(); }}>
            <Trash2 size={13} />
          </button>
        </>
      )}
    </div>
  );
}

/**
 * The Segment button of a list's toolbar: build a new segment, open one of the user's or one
 * shared with them (the list then shows its records), edit, rename or delete it. Hosts the builder.
 */
export function SegmentMenu({ entity, active, onApply }: SegmentMenuProps) {
  const { t } = useTranslation();
  const segments = useSegmentLibrary((state) => state.byEntity[entity] ?? noSegments);
  const me = useProfileStore((state) => state.profile?.user.id ?? null);
  const building = useSegmentBuilder((state) => state.draft?.entity === entity);
  const [renaming, setRenaming] = useState<Segment | null>(null);
  const [deleting, setDeleting] = useState<Segment | null>(null);

  useEffect(() => {
    void useSegmentLibrary.getState().load(entity);
    // Leaving the list leaves its builder too: an unsaved segment does not wait behind another screen.
    return () => {
      if (useSegmentBuilder.getState().draft?.entity === entity) useSegmentBuilder.getState().close();
    };
  }, [entity]);

  const mine = segments.filter((segment) => segment.owner === null || segment.owner.id === me);
  const others = segments.filter((segment) => !mine.includes(segment));
  const apply = (segment: Segment) => onApply({ id: segment.id, name: segment.name });
  const row = (segment: Segment, close: () => void) => (
    <SegmentRow
      key={segment.id}
      segment={segment}
      mine={mine.includes(segment)}
      active={segment.id === active?.id}
      onApply={() => apply(segment)}
      onRename={() => setRenaming(segment)}
      onDelete={() => setDeleting(segment)}
      close={close}
    />
  );

  return (
    <>
      <Popover
        label={active ? t('segmentBuilder.menu.labelActive', { name: active.name }) : t('segmentBuilder.menu.label')}
        testId="segments-menu"
        buttonClassName={`btn ${active ? 'btn-active' : 'btn-secondary'}`}
        button={
          <>
            <Filter size={15} />
            <span className="btn-label truncate">{active ? active.name : t('segments.filterLabel')}</span>
            <ChevronDown size={14} />
          </>
        }
      >
        {(close) => (
          <div className="views-menu segment-menu" role="menu" aria-label={t('segmentBuilder.menu.label')}>
            <button type="button" role="menuitem" className="menu-item" onClick={() => { close(); useSegmentBuilder.getState().open(entity); }} data-testid="segment-new">
              <Plus size={14} />
              <span>{t('segments.actions.new')}</span>
            </button>
            {active && (
              <button type="button" role="menuitem" className="menu-item" onClick={() => { onApply(null); close(); }}>
                <span className="menu-check" />
                <span>{t('segmentBuilder.menu.clear')}</span>
              </button>
            )}
            <div className="menu-separator" />
            <div className="menu-heading">{t('segmentBuilder.menu.mine')}</div>
            {mine.map((segment) => row(segment, close))}
            {mine.length === 0 && <div className="menu-empty">{t('segmentBuilder.menu.noneMine')}</div>}
            {others.length > 0 && (
              <>
                <div className="menu-heading">
                  <Users size={12} aria-hidden="true" /> {t('segmentBuilder.menu.others')}
                </div>
                {others.map((segment) => row(segment, close))}
              </>
            )}
          </div>
        )}
      </Popover>
      {building && <SegmentBuilderPanel onSaved={apply} />}
      {renaming && (
        <PromptDialog
          title={t('segmentBuilder.menu.renameTitle')}
          label={t('segments.form.name')}
          initial={renaming.name}
          confirmLabel={t('common.save')}
          maxLength={segmentLimits.maxNameLength}
          onCancel={() => setRenaming(null)}
          onConfirm={(name) => {
            const segment = renaming;
            setRenaming(null);
            void useSegmentLibrary
              .getState()
              .rename(segment, name)
              .then((saved) => saved && saved.id === active?.id && onApply({ id: saved.id, name: saved.name }));
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('segmentBuilder.menu.deleteTitle', { name: deleting.name })}
          body={t(deleting.shared ? 'segmentBuilder.menu.deleteBodyShared' : 'segmentBuilder.menu.deleteBody')}
          confirmLabel={t('segments.actions.delete')}
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const segment = deleting;
            setDeleting(null);
            void useSegmentLibrary
              .getState()
              .remove(segment)
              .then((done) => done && segment.id === active?.id && onApply(null));
          }}
        />
      )}
    </>
  );
}
