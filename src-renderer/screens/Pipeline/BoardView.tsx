import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../src-shared/domain/sales';
import { useLanguage } from '../../i18n/use-language';
import { usePipelineStore } from '../../stores/pipeline-store';
import { BoardColumnView } from './BoardColumnView';
import { cardLabelsOf } from './DealCardView';
import { LostReasonDialog } from './LostReasonDialog';
import { useKeyboardMove } from './use-keyboard-move';

type PendingLoss = { dealId: string; title: string; stageId: string };

const localToday = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** The kanban board of one pipeline. */
export function BoardView({ board }: { board: Board }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const labels = useMemo(() => cardLabelsOf(t), [t]);
  const saving = usePipelineStore((state) => state.saving);
  const loadingMore = usePipelineStore((state) => state.loadingMore);
  const [pendingLoss, setPendingLoss] = useState<PendingLoss | null>(null);
  // The card being moved: its new column scrolls to it and gives it the focus, until it is saved.
  const [follow, setFollow] = useState<string | null>(null);
  const today = localToday();

  const move = (dealId: string, stageId: string, lostReasonId?: string | null) => {
    setFollow(dealId);
    void usePipelineStore
      .getState()
      .move(dealId, stageId, lostReasonId)
      .finally(() => setFollow((current) => (current === dealId ? null : current)));
  };
  const moveTo = (dealId: string, stageIndex: number) => {
    const column = board.columns[stageIndex];
    const deal = board.columns.flatMap((candidate) => candidate.deals).find((candidate) => candidate.id === dealId);
    if (!column || !deal || deal.stageId === column.stage.id) return;
    if (column.stage.kind === 'lost') {
      setPendingLoss({ dealId, title: deal.title, stageId: column.stage.id });
      return;
    }
    move(dealId, column.stage.id);
  };
  const { grab, announcement, onCardKey } = useKeyboardMove(board, moveTo);

  return (
    <div className="board" data-testid="board">
      <p id="board-instructions" className="visually-hidden">
        {t('sales.board.instructions')}
      </p>
      <div className="visually-hidden" aria-live="assertive" data-testid="board-announcement">
        {announcement}
      </div>
      {board.columns.map((column, index) => (
        <BoardColumnView
          key={column.stage.id}
          column={column}
          pipelineId={board.pipeline.id}
          baseCurrency={board.baseCurrency}
          today={today}
          t={t}
          labels={labels}
          lang={lang}
          targeted={grab !== null && grab.over === index && grab.from !== index}
          grabbedId={grab?.dealId ?? null}
          saving={saving}
          followId={follow}
          loadingMore={loadingMore.has(column.stage.id)}
          onCardKey={(event, dealId, title) => onCardKey(event, dealId, title, index)}
          onDropDeal={(dealId) => moveTo(dealId, index)}
          onCreated={() => void usePipelineStore.getState().refresh()}
          onShowMore={() => void usePipelineStore.getState().showMore(column.stage.id)}
          onSeeList={() => usePipelineStore.getState().setView('table')}
        />
      ))}
      {pendingLoss && (
        <LostReasonDialog
          dealTitle={pendingLoss.title}
          onCancel={() => setPendingLoss(null)}
          onConfirm={(reasonId) => {
            setPendingLoss(null);
            move(pendingLoss.dealId, pendingLoss.stageId, reasonId);
          }}
        />
      )}
    </div>
  );
}
