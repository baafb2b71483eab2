import type { TFunction } from 'i18next';
import type { DragEvent, FocusEvent, KeyboardEvent, Ref } from 'react';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { DealCard } from '../../../src-shared/domain/sales';
import type { Language } from '../../../src-shared/i18n';
import { Avatar } from '../../components/Avatar';
import { formatShortCalendarDate } from '../../lib/format';

/** What every card says the same way; `percent` formats a probability. */
export type CardLabels = { cardRole: string; late: string; expectedClose: string; percent: (value: number) => string };

/** The shared words in the current language; probabilities are few, each formatted once. */
export function cardLabelsOf(t: TFunction): CardLabels {
  const percents = new Map<number, string>();
  return {
    cardRole: t('sales.board.cardRole'),
    late: t('sales.board.late'),
    expectedClose: t('sales.fields.expectedClose'),
    percent: (value) => {
      let text = percents.get(value);
      if (text === undefined) {
        text = t('sales.percent', { value });
        percents.set(value, text);
      }
      return text;
    },
  };
}

/** Where the card sits in its column's virtual list. */
export type CardSlot = { index: number; top: number; of: number };

type DealCardViewProps = {
  deal: DealCard;
  slot: CardSlot;
  /** The virtual list measures the drawn card. */
  ref: Ref<HTMLLIElement>;
  grabbed: boolean;
  saving: boolean;
  today: string;
  /** From the board: the words every card shares, translated once, not once per card. */
  labels: CardLabels;
  lang: Language;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onFocus: (event: FocusEvent<HTMLElement>) => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
};

/** One deal on the board: what it is, for whom, how much, when; dragged with the mouse or moved with the keyboard. */
export function DealCardView({ deal, slot, ref, grabbed, saving, today, labels, lang, onKeyDown, onFocus, onDragStart, onDragEnd }: DealCardViewProps) {
  const late = deal.expectedClose !== null && deal.expectedClose < today;
  const amount = formatMoney(lang, deal.amountMinor, deal.currency);
  return (
    <li
      ref={ref}
      data-index={slot.index}
      style={{ transform: `translateY(${slot.top}px)` }}
      aria-setsize={slot.of}
      aria-posinset={slot.index + 1}
      className={['deal-card', grabbed ? 'deal-card-grabbed' : '', saving ? 'deal-card-saving' : ''].filter(Boolean).join(' ')}
      draggable
      tabIndex={0}
      aria-roledescription={labels.cardRole}
      aria-label={`${deal.title}, ${amount}`}
      aria-describedby="board-instructions"
      aria-pressed={grabbed}
      data-testid="deal-card"
      data-deal-id={deal.id}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
    >
      <div className="deal-card-head">
        <a href={`#/deals/${deal.id}`} className="deal-card-title" tabIndex={-1} draggable={false}>
          {deal.title}
        </a>
        {deal.owner && (
          <span className="deal-card-owner" title={deal.owner.displayName}>
            <Avatar name={deal.owner.displayName} size="sm" />
          </span>
        )}
      </div>
      {deal.companyName && <span className="deal-card-company muted truncate">{deal.companyName}</span>}
      <div className="deal-card-meta">
        <span className="deal-card-amount" data-testid="deal-card-amount">
          {amount}
        </span>
        <span className="faint">{labels.percent(deal.probability)}</span>
        {deal.expectedClose && (
          <span className={late ? 'deal-card-late' : 'faint'} title={late ? labels.late : labels.expectedClose}>
            {formatShortCalendarDate(lang, deal.expectedClose)}
          </span>
        )}
      </div>
      {deal.nextStep && <span className="deal-card-next small muted truncate">{deal.nextStep}</span>}
    </li>
  );
}
