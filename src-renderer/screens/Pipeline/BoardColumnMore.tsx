import type { TFunction } from 'i18next';
import type { BoardColumn } from '../../../src-shared/domain/sales';
import { Button } from '../../components/Button';
import { boardMaxCards, boardPageSize } from './board-cards';

type BoardColumnMoreProps = {
  column: BoardColumn;
  t: TFunction;
  loading: boolean;
  canShowMore: boolean;
  onShowMore: () => void;
  onSeeList: () => void;
};

/**
 * Under a column's last card, when it has more deals than cards: how many are not shown, and
 * either the next page of cards or, past what the board reads, the way to the list.
 */
export function BoardColumnMore({ column, t, loading, canShowMore, onShowMore, onSeeList }: BoardColumnMoreProps) {
  const hidden = column.count - column.deals.length;
  if (hidden <= 0) return null;
  const next = Math.min(boardPageSize, hidden, boardMaxCards - column.deals.length);
  return (
    <div className="board-more" data-testid="column-more" aria-live="polite">
      <span className="faint" data-testid="column-shown">
        {t('sales.board.shownOf', { shown: column.deals.length, count: column.count })}
      </span>
      {loading ? (
        <span className="faint">{t('sales.board.loadingMore')}</span>
      ) : canShowMore ? (
        <Button size="sm" variant="ghost" onClick={onShowMore} data-testid="show-more">
          {t('sales.board.showMore', { count: next })}
        </Button>
      ) : (
        <Button size="sm" variant="ghost" onClick={onSeeList} data-testid="see-list">
          {t('sales.board.more', { count: hidden })}
        </Button>
      )}
    </div>
  );
}
