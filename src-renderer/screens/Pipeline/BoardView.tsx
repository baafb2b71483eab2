import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../src-shared/domain/sales';
import { usePipelineStore } from '../../stores/pipeline-store';
import { BoardColumnView } from './BoardColumnView';
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
  const saving = usePipelineStore((state) => state.saving);
  const [pendingLoss, setPendingLoss] = useState<PendingLoss | null>(null);
  const refocus = useRef<string | null>(null);

  const moveTo = (dealId: string, stageIndex: number) => {
    const column = board.columns[stageIndex];
    const deal = board.columns.flatMap((candidate) => candidate.deals).find((candidate) => candidate.id === dealId);
    if (!column || !deal || deal.stageId === column.stage.id) return;
    if (column.stage.kind === 'lost') {
      setPendingLoss({ dealId, title: deal.title, stageId: column.stage.id });
      return;
    }
    refocus.current = dealId;
    void usePipelineStore.getState().move(dealId, column.stage.id);
  };
  const { grab, announcement, onCardKey } = useKeyboardMove(board, moveTo);

  // After a keyboard move the card is in another column: keep the focus on it.
  useEffect(() => {
    const id = refocus.current;
    if (!id) return;
    const card = document.querySelector<HTMLElement>(`[data-deal-id="${id}"]`);
    if (card && document.activeElement !== card) card.focus();
  }, [board]);

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
          today={localToday()}
          targeted={grab !== null && grab.over === index && grab.from !== index}
          grabbedId={grab?.dealId ?? null}
          saving={saving}
          onCardKey={(event, dealId, title) => onCardKey(event, dealId, title, index)}
          onDropDeal={(dealId) => moveTo(dealId, index)}
          onCreated={() => void usePipelineStore.getState().refresh()}
        />
      ))}
      {pendingLoss && (
        <LostReasonDialog
          dealTitle={pendingLoss.title}
          onCancel={() => setPendingLoss(null)}
          onConfirm={(reasonId) => {
            setPendingLoss(null);
            void usePipelineStore.getState().move(pendingLoss.dealId, pendingLoss.stageId, reasonId);
          }}
        />
      )}
    </div>
  );
}
