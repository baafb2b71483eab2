import { Bookmark, BookmarkPlus, Check, ChevronDown, Save, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SavedView } from '../../../src-shared/domain/records';
import { Popover } from '../Popover';
import { PromptDialog } from '../PromptDialog';

type ViewsMenuProps = {
  views: readonly SavedView[];
  activeViewId: string | null;
  modified: boolean;
  allLabel: string;
  onApply: (id: string | null) => void;
  onSaveAs: (name: string) => void;
  onUpdate: () => void;
  onDelete: (id: string) => void;
};

/** Saved views: pick one, save the current filters/sort/columns as a new one, update or delete. */
export function ViewsMenu({ views, activeViewId, modified, allLabel, onApply, onSaveAs, onUpdate, onDelete }: ViewsMenuProps) {
  const { t } = useTranslation();
  const [naming, setNaming] = useState(false);
  const active = views.find((view) => view.id === activeViewId) ?? null;
  const title = active ? active.name : allLabel;
  return (
    <>
      <Popover
        label={`${t('views.title')} – ${title}`}
        testId="views-menu"
        buttonClassName="btn btn-ghost views-button"
        button={
          <>
            <Bookmark size={15} />
            <span className="btn-label truncate">{title}</span>
            {modified && active && <span className="views-modified">({t('views.modified')})</span>}
            <ChevronDown size={14} />
          </>
        }
      >
        {(close) => (
          <div className="views-menu" role="menu" aria-label={t('views.title')}>
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                onApply(null);
                close();
              }}
            >
              <span className="menu-check">{activeViewId === null && <Check size={14} />}</span>
              <span className="truncate">{allLabel}</span>
            </button>
            {views.map((view) => (
              <div key={view.id} className="menu-row">
                <button
                  type="button"
                  role="menuitem"
                  className="menu-item"
                  onClick={() => {
                    onApply(view.id);
                    close();
                  }}
                >
                  <span className="menu-check">{view.id === activeViewId && <Check size={14} />}</span>
                  <span className="truncate">{view.name}</span>
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon btn-sm menu-row-action"
                  aria-label={t('views.delete', { name: view.name })}
                  title={t('views.delete', { name: view.name })}
                  onClick={() => onDelete(view.id)}
                >
                  <Trash2 size={13} />
                </button>
              </div>
            ))}
            {views.length === 0 && <div className="menu-empty">{t('views.none')}</div>}
            <div className="menu-separator" />
            {active && modified && (
              <button
                type="button"
                role="menuitem"
                className="menu-item"
                onClick={() => {
                  onUpdate();
                  close();
                }}
              >
                <Save size={14} />
                <span className="truncate">{t('views.update', { name: active.name })}</span>
              </button>
            )}
            <button
              type="button"
              role="menuitem"
              className="menu-item"
              onClick={() => {
                close();
                setNaming(true);
              }}
            >
              <BookmarkPlus size={14} />
              <span>{t('views.saveAs')}</span>
            </button>
          </div>
        )}
      </Popover>
      {naming && (
        <PromptDialog
          title={t('views.saveAs')}
          label={t('views.namePrompt')}
          confirmLabel={t('common.save')}
          maxLength={80}
          onCancel={() => setNaming(false)}
          onConfirm={(name) => {
            setNaming(false);
            onSaveAs(name);
          }}
        />
      )}
    </>
  );
}
