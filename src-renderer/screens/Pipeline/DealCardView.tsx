import type { DragEvent, KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { DealCard } from '../../../src-shared/domain/sales';
import { Avatar } from '../../components/Avatar';
import { useLanguage } from '../../i18n/use-language';
import { formatShortCalendarDate } from '../../lib/format';

type DealCardViewProps = {
  deal: DealCard;
  grabbed: boolean;
  saving: boolean;
  today: string;
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
};

/** One deal on the board: what it is, for whom, how much, when; dragged with the mouse or moved with the keyboard. */
export function DealCardView({ deal, grabbed, saving, today, onKeyDown, onDragStart, onDragEnd }: DealCardViewProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const late = deal.expectedClose !== null && deal.expectedClose < today;
  return (
    <li
      className={['deal-card', grabbed ? 'deal-card-grabbed' : '', saving ? 'deal-card-saving' : ''].filter(Boolean).join(' ')}
      draggable
      tabIndex={0}
      aria-roledescription={t('sales.board.cardRole')}
      aria-label={`${deal.title}, ${formatMoney(lang, deal.amountMinor, deal.currency)}`}
      aria-describedby="board-instructions"
      aria-pressed={grabbed}
      data-testid="deal-card"
      data-deal-id={deal.id}
      onKeyDown={onKeyDown}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
    >
      <a href={`#/deals/${deal.id}`} className="deal-card-title" tabIndex={-1} draggable={false}>
        {deal.title}
      </a>
      {deal.companyName && <span className="deal-card-company muted truncate">{deal.companyName}</span>}
      <div className="deal-card-meta">
        <span className="deal-card-amount" data-testid="deal-card-amount">
          {formatMoney(lang, deal.amountMinor, deal.currency)}
        </span>
        <span className="faint">{t('sales.percent', { value: deal.probability })}</span>
        {deal.expectedClose && (
          <span className={late ? 'deal-card-late' : 'faint'} title={late ? t('sales.board.late') : t('sales.fields.expectedClose')}>
            {formatShortCalendarDate(lang, deal.expectedClose)}
          </span>
        )}
        {deal.owner && (
          <span className="deal-card-owner" title={deal.owner.displayName}>
            <Avatar name={deal.owner.displayName} size="sm" />
          </span>
        )}
      </div>
      {deal.nextStep && <span className="deal-card-next small muted truncate">{deal.nextStep}</span>}
    </li>
  );
}
