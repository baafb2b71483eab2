import { Undo2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateEntity, MergeLogItem } from '../../../src-shared/domain/duplicates';
import { Button } from '../../components/Button';
import { linkedCountsText } from '../../components/duplicates/duplicate-text';
import { RelativeTime } from '../../components/RelativeTime';
import { errorMessage } from '../../i18n/error-message';
import { recordHash } from '../../lib/routes';
import { undoMerge } from '../../stores/duplicates-actions';
import { useDuplicateMergesStore } from '../../stores/duplicates-merges-store';

function MergeLine({ item }: { item: MergeLogItem }) {
  const { t } = useTranslation();
  const [undoing, setUndoing] = useState(false);
  const moved = linkedCountsText(t, item.entity, item.moved);
  return (
    <li className="merge-log-item" data-testid="recent-merge">
      <div className="merge-log-names">
        <span className="merge-log-merged">{item.merged.displayName}</span>
        <span aria-hidden="true"> → </span>
        <span className="visually-hidden"> {t('duplicates.ui.recent.into')} </span>
        {item.undoneAt ? <span>{item.survivor.displayName}</span> : <a href={recordHash(item.entity, item.survivor.id)}>{item.survivor.displayName}</a>}
      </div>
      <div className="faint small">
        <RelativeTime iso={item.at} />
        {item.user && ` · ${item.user.displayName}`}
      </div>
      {moved && <div className="muted small">{t('duplicates.ui.recent.moved', { list: moved })}</div>}
      <div className="merge-log-action">
        {item.undoneAt ? (
          <span className="badge" data-testid="recent-merge-undone">
            {t('duplicates.ui.recent.undone')}
          </span>
        ) : item.canUndo ? (
          <Button
            size="sm"
            icon={<Undo2 size={14} />}
            busy={undoing}
            onClick={() => {
              setUndoing(true);
              void undoMerge(item.id).finally(() => setUndoing(false));
            }}
            aria-label={t('duplicates.ui.recent.undoLabel', { merged: item.merged.displayName, survivor: item.survivor.displayName })}
            data-testid="recent-merge-undo"
          >
            {t('duplicates.ui.recent.undo')}
          </Button>
        ) : (
          <span className="faint small" title={t('duplicates.ui.recent.cannotUndoHint')}>
            {t('duplicates.ui.recent.cannotUndo')}
          </span>
        )}
      </div>
    </li>
  );
}

/** The merges made on this PC, newest first, each with its Undo while it is still possible. */
export function RecentMerges({ entity }: { entity: DuplicateEntity }) {
  const { t } = useTranslation();
  const items = useDuplicateMergesStore((state) => (state.entity === entity ? state.items : null));
  const error = useDuplicateMergesStore((state) => (state.entity === entity ? state.error : null));
  useEffect(() => {
    void useDuplicateMergesStore.getState().load(entity);
  }, [entity]);
  return (
    <section className="card duplicates-merges" aria-labelledby="recent-merges-title" data-testid="recent-merges">
      <header className="card-header">
        <h2 id="recent-merges-title">{t('duplicates.ui.recent.title')}</h2>
      </header>
      <div className="card-body">
        {error !== null && error !== undefined ? (
          <p className="form-error" role="alert">
            {errorMessage(t, error)}
          </p>
        ) : items === null ? (
          <p className="muted">{t('common.loading')}</p>
        ) : items.length === 0 ? (
          <p className="muted small">{t('duplicates.ui.recent.empty')}</p>
        ) : (
          <ul className="merge-log">
            {items.map((item) => (
              <MergeLine key={item.id} item={item} />
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
