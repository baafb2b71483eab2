import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import type { BoardColumn, DealCard } from '../../../src-shared/domain/sales';
import type { Language } from '../../../src-shared/i18n';
import { BoardColumnMore } from './BoardColumnMore';
import { DealCardView, type CardLabels } from './DealCardView';

/** A card with a company and a next step; cards are measured once drawn. */
const estimatedCardHeight = 96;
const cardGap = 8;

type BoardCardListProps = {
  column: BoardColumn;
  today: string;
  t: TFunction;
  labels: CardLabels;
  lang: Language;
  grabbedId: string | null;
  saving: ReadonlySet<string>;
  /** A card just moved here: scrolled to and focused once it is in this column. */
  followId: string | null;
  loadingMore: boolean;
  /** The core reads more cards for this column (it has not reached the board's limit). */
  canShowMore: boolean;
  onCardKey: (event: KeyboardEvent<HTMLElement>, deal: DealCard) => void;
  onDragStart: (event: DragEvent<HTMLElement>, deal: DealCard) => void;
  onDragEnd: () => void;
  onShowMore: () => void;
  onSeeList: () => void;
};

const indexOf = (deals: readonly DealCard[], id: string | null) => (id === null ? -1 : deals.findIndex((deal) => deal.id === id));

/**
 * A column's cards as a virtual list: only the cards in sight (and a few around them) are in
 * the DOM, whatever the column holds. The focused, grabbed or just-moved card is always drawn,
 * so the keyboard never loses it; the end of the list reads the next page of cards.
 */
export function BoardCardList(props: BoardCardListProps) {
  const { column, today, t, labels, lang, grabbedId, saving, followId, loadingMore, canShowMore, onCardKey, onDragStart, onDragEnd, onShowMore, onSeeList } = props;
  const { deals } = column;
  const scrollRef = useRef<HTMLDivElement>(null);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [goTo, setGoTo] = useState<string | null>(null);
  // A card dragged with the mouse stays drawn while the browser scrolls its column during the drag.
  const [draggedId, setDraggedId] = useState<string | null>(null);
  const kept = [focusedId, grabbedId, followId, goTo, draggedId].map((id) => indexOf(deals, id)).filter((index) => index >= 0);

  // TanStack Virtual keeps its own state; the React Compiler cannot memoise around it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: deals.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedCardHeight,
    getItemKey: (index) => deals[index]?.id ?? index,
    gap: cardGap,
    paddingStart: cardGap,
    paddingEnd: cardGap,
    overscan: 4,
    rangeExtractor: (range) => [...new Set([...defaultRangeExtractor(range), ...kept])].sort((a, b) => a - b),
    useFlushSync: false,
  });
  const items = virtualizer.getVirtualItems();
  const lastInSight = virtualizer.range?.endIndex ?? -1;

  // The board scrolled the column itself (to a moved card): reading more waits for the user to move
  // through it, or a card kept after the loaded ones would read page after page on its own.
  const userMoved = useRef(true);
  const [intent, setIntent] = useState(0);
  const onIntent = () => {
    if (userMoved.current) return;
    userMoved.current = true;
    setIntent((count) => count + 1);
  };

  // A card moved here, or reached with the arrows: bring it into sight and give it the focus.
  const target = followId ?? goTo;
  const targetIndex = indexOf(deals, target);
  useEffect(() => {
    if (target === null || targetIndex < 0) return;
    if (target === followId) userMoved.current = false;
    virtualizer.scrollToIndex(targetIndex, { align: 'auto' });
    const card = scrollRef.current?.querySelector<HTMLElement>(`[data-deal-id="${CSS.escape(target)}"]`);
    if (card && document.activeElement !== card) card.focus({ preventScroll: true });
  }, [virtualizer, target, targetIndex, followId]);

  // Scrolled to the last card read: read the next page, once for these cards (a failed read waits for the button).
  const askedFor = useRef<readonly DealCard[] | null>(null);
  const atEnd = deals.length > 0 && lastInSight >= deals.length - 1;
  useEffect(() => {
    if (!atEnd || !canShowMore || loadingMore || !userMoved.current || askedFor.current === deals) return;
    askedFor.current = deals;
    onShowMore();
  }, [atEnd, canShowMore, loadingMore, deals, onShowMore, intent]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, deal: DealCard, index: number) => {
    onCardKey(event, deal);
    if (event.defaultPrevented || grabbedId === deal.id) return;
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    const next = deals[index + step];
    if (step === 0 || !next) return;
    event.preventDefault();
    setGoTo(next.id);
  };

  return (
    <div
      ref={scrollRef}
      className="board-cards"
      data-testid="board-cards"
      onWheel={onIntent}
      onTouchMove={onIntent}
      onPointerDown={onIntent}
      onKeyDown={onIntent}
    >
      <ul
        className="board-card-list"
        style={{ height: virtualizer.getTotalSize() }}
        onBlur={(event) => {
          if (event.currentTarget.contains(event.relatedTarget as Node | null)) return;
          setFocusedId(null);
          setGoTo(null);
        }}
      >
        {items.map((item) => {
          const deal = deals[item.index];
          if (!deal) return null;
          return (
            <DealCardView
              key={deal.id}
              deal={deal}
              slot={{ index: item.index, top: item.start, of: column.count }}
              ref={virtualizer.measureElement}
              grabbed={grabbedId === deal.id}
              saving={saving.has(deal.id)}
              today={today}
              labels={labels}
              lang={lang}
              onKeyDown={(event) => onKeyDown(event, deal, item.index)}
              onFocus={() => {
                setFocusedId(deal.id);
                if (goTo === deal.id) setGoTo(null);
              }}
              onDragStart={(event) => {
                setDraggedId(deal.id);
                onDragStart(event, deal);
              }}
              onDragEnd={() => {
                setDraggedId(null);
                onDragEnd();
              }}
            />
          );
        })}
      </ul>
      <BoardColumnMore column={column} t={t} loading={loadingMore} canShowMore={canShowMore} onShowMore={onShowMore} onSeeList={onSeeList} />
    </div>
  );
}
