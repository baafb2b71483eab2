import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board } from '../../../src-shared/domain/sales';

/** A card picked up with the keyboard: where it was, and the column it would land in. */
export type Grab = { dealId: string; title: string; from: number; over: number };

/**
 * Drag and drop without a mouse, as screen-reader users expect it: Space picks a card up, the
 * arrows carry it from column to column, Space or Enter drops it, Escape puts it back. Each
 * step is announced in a live region.
 */
export function useKeyboardMove(board: Board | null, drop: (dealId: string, stageIndex: number) => void) {
  const { t } = useTranslation();
  const [grab, setGrab] = useState<Grab | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const stageName = (index: number) => board?.columns[index]?.stage.name ?? '';

  const onCardKey = (event: KeyboardEvent<HTMLElement>, dealId: string, title: string, column: number) => {
    const columns = board?.columns.length ?? 0;
    if (!grab || grab.dealId !== dealId) {
      if (event.key === ' ') {
        event.preventDefault();
        setGrab({ dealId, title, from: column, over: column });
        setAnnouncement(t('sales.board.grabbed', { title, stage: stageName(column) }));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        window.location.hash = `#/deals/${dealId}`;
      }
      return;
    }
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      const over = Math.min(columns - 1, Math.max(0, grab.over + (event.key === 'ArrowRight' ? 1 : -1)));
      setGrab({ ...grab, over });
      setAnnouncement(t('sales.board.over', { stage: stageName(over) }));
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      setGrab(null);
      if (grab.over === grab.from) {
        setAnnouncement(t('sales.board.putBack', { title }));
        return;
      }
      setAnnouncement(t('sales.board.dropped', { title, stage: stageName(grab.over) }));
      drop(dealId, grab.over);
    } else if (event.key === 'Escape' || event.key === 'Tab') {
      if (event.key === 'Escape') event.preventDefault();
      setGrab(null);
      setAnnouncement(t('sales.board.putBack', { title }));
    }
  };

  return { grab, announcement, onCardKey };
}
