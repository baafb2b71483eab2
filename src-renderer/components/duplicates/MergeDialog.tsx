import { Combine, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComparedField, DuplicateComparison, DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { invoke } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import { isModKey } from '../../lib/keyboard';
import { mergeDuplicates } from '../../stores/duplicates-actions';
import { Button, IconButton } from '../Button';
import { useFocusTrap } from '../use-focus-trap';
import { linkedCountsText } from './duplicate-text';
import { MergeFieldTable } from './MergeFieldTable';
import { MergeRecordCard } from './MergeRecordCard';
import { mergeInput, pickAllFrom, shownFields, suggestedSide, type MergePick, type MergePicks, type MergeSide } from './merge-picks';

type MergeDialogProps = { entity: DuplicateEntity; ids: [string, string]; onClose: () => void };

/** What the merge will do, in a sentence: what moves to the survivor, and that it can be undone. */
function MergeOutcome({ comparison, survivor }: { comparison: DuplicateComparison; survivor: MergeSide }) {
  const { t } = useTranslation();
  const [a, b] = comparison.records;
  const kept = survivor === 'a' ? a : b;
  const merged = survivor === 'a' ? b : a;
  const moves = linkedCountsText(t, comparison.entity, merged.linked);
  return (
    <div className="merge-outcome" data-testid="merge-outcome">
      <p>{moves ? t('duplicates.ui.merge.moves', { list: moves, name: kept.displayName }) : t('duplicates.ui.merge.movesNothing', { name: merged.displayName })}</p>
      <p className="faint small">{t('duplicates.ui.merge.outcome', { merged: merged.displayName, kept: kept.displayName })}</p>
    </div>
  );
}

/**
 * Two records side by side: the user picks the surviving value of each field that differs and
 * which record survives, sees what will move, and merges in one operation (with Undo after).
 */
export function MergeDialog({ entity, ids, onClose }: MergeDialogProps) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [comparison, setComparison] = useState<DuplicateComparison | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [survivor, setSurvivor] = useState<MergeSide>('a');
  const [picks, setPicks] = useState<MergePicks>({});
  const [showSame, setShowSame] = useState(false);
  const [merging, setMerging] = useState(false);
  const [first, second] = ids;
  useFocusTrap(ref, comparison !== null || loadError !== null);

  useEffect(() => {
    let current = true;
    invoke('duplicates.compare', { entity, ids: [first, second] }).then(
      (compared) => {
        if (!current) return;
        setComparison(compared);
        setSurvivor(suggestedSide(compared));
      },
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [entity, first, second]);

  const gone = comparison?.records.find((record) => record.deleted);
  const merge = async () => {
    if (!comparison || merging || gone) return;
    setMerging(true);
    const [a, b] = comparison.records;
    const names = survivor === 'a' ? { survivor: a.displayName, merged: b.displayName } : { survivor: b.displayName, merged: a.displayName };
    const result = await mergeDuplicates(mergeInput(comparison, survivor, picks), names);
    setMerging(false);
    if (result) onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    } else if (event.key === 'Enter' && isModKey(event)) {
      event.preventDefault();
      void merge();
    }
  };

  const pick = (field: ComparedField, value: MergePick) => setPicks((current) => ({ ...current, [field.field]: value }));
  const fields = comparison ? shownFields(comparison.fields) : [];
  const differing = fields.filter((field) => !field.same);
  const same = fields.filter((field) => field.same);
  const title = t(`duplicates.ui.merge.title.${entity}`);

  return (
    <div className="overlay" onMouseDown={(event) => event.target === event.currentTarget && onClose()}>
      <div ref={ref} className="dialog dialog-merge" role="dialog" aria-modal="true" aria-label={title} tabIndex={-1} onKeyDown={onKeyDown} data-testid="merge-dialog">
        <header className="dialog-header">
          <h2>{title}</h2>
          <IconButton label={t('common.close')} icon={<X size={16} />} onClick={onClose} />
        </header>
        <div className="dialog-body">
          {loadError !== null ? (
            <div className="form-error" role="alert">
              {errorMessage(t, loadError)}
            </div>
          ) : !comparison ? (
            <p className="muted">{t('common.loading')}</p>
          ) : (
            <>
              {gone && (
                <div className="form-error" role="alert">
                  {t('duplicates.ui.merge.gone', { name: gone.displayName })}
                </div>
              )}
              <fieldset className="merge-records">
                <legend className="visually-hidden">{t('duplicates.ui.merge.survivorLegend')}</legend>
                {(['a', 'b'] as const).map((side) => (
                  <MergeRecordCard
                    key={side}
                    entity={entity}
                    side={side}
                    record={comparison.records[side === 'a' ? 0 : 1]}
                    survives={survivor === side}
                    onSurvive={() => setSurvivor(side)}
                    onTakeAll={() => setPicks(pickAllFrom(comparison.fields, side))}
                  />
                ))}
              </fieldset>
              <p className="merge-hint faint small">
                {differing.length > 0 ? t('duplicates.ui.merge.hint', { count: differing.length }) : t('duplicates.ui.merge.allSame')}
              </p>
              <MergeFieldTable comparison={comparison} fields={showSame ? fields : differing} survivor={survivor} picks={picks} onPick={pick} />
              {same.length > 0 && (
                <button type="button" className="link-button small" onClick={() => setShowSame(!showSame)} aria-expanded={showSame}>
                  {showSame ? t('duplicates.ui.merge.hideSame') : t('duplicates.ui.merge.showSame', { count: same.length })}
                </button>
              )}
              <MergeOutcome comparison={comparison} survivor={survivor} />
            </>
          )}
        </div>
        <footer className="dialog-footer">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            variant="primary"
            icon={<Combine size={15} />}
            onClick={() => void merge()}
            busy={merging}
            disabled={!comparison || !!gone}
            data-testid="merge-confirm"
            title={t('duplicates.ui.merge.confirmHint', { name: comparison?.records[survivor === 'a' ? 0 : 1].displayName ?? '' })}
          >
            {merging ? t('duplicates.ui.merge.merging') : t('duplicates.ui.merge.confirm')}
          </Button>
        </footer>
      </div>
    </div>
  );
}
