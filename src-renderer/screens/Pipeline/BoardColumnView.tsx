import type { TFunction } from 'i18next';
import { Plus } from 'lucide-react';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import type { BoardColumn } from '../../../src-shared/domain/sales';
import type { Language } from '../../../src-shared/i18n';
import { IconButton } from '../../components/Button';
import { formatNumber } from '../../lib/format';
import { boardMaxCards } from './board-cards';
import { BoardCardList } from './BoardCardList';
import { convertedNote, convertedText } from './converted-text';
import type { CardLabels } from './DealCardView';
import { QuickCreate } from './QuickCreate';

type BoardColumnViewProps = {
  column: BoardColumn;
  pipelineId: string;
  baseCurrency: string;
  today: string;
  t: TFunction;
  labels: CardLabels;
  lang: Language;
  /** The keyboard-grabbed card is over this column. */
  targeted: boolean;
  grabbedId: string | null;
  saving: ReadonlySet<string>;
  followId: string | null;
  loadingMore: boolean;
  onCardKey: (event: KeyboardEvent<HTMLElement>, dealId: string, title: string) => void;
  onDropDeal: (dealId: string) => void;
  onCreated: () => void;
  onShowMore: () => void;
  onSeeList: () => void;
};

const dragType = 'application/x-crm-deal';

/** One stage: its totals in the base currency, its cards, a drop target, and a quick create. */
export function BoardColumnView(props: BoardColumnViewProps) {
  const { column, pipelineId, baseCurrency, today, t, labels, lang, targeted, grabbedId, saving, followId, loadingMore } = props;
  const { onCardKey, onDropDeal, onCreated, onShowMore, onSeeList } = props;
  const [over, setOver] = useState(false);
  const [creating, setCreating] = useState(false);
  const { stage } = column;
  const acceptDrag = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes(dragType)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'move';
    setOver(true);
  };
  return (
    <section
      className={['board-column', `board-column-${stage.kind}`, over || targeted ? 'board-column-over' : ''].filter(Boolean).join(' ')}
      aria-label={stage.name}
      data-testid="board-column"
      data-stage-id={stage.id}
      onDragOver={acceptDrag}
      onDragEnter={acceptDrag}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const dealId = event.dataTransfer.getData(dragType);
        if (dealId) onDropDeal(dealId);
      }}
    >
      <header className="board-column-header">
        <div className="board-column-title">
          <h2>{stage.name}</h2>
          <span className="board-column-count" data-testid="column-count">
            {formatNumber(lang, column.count)}
          </span>
          <IconButton size="sm" label={t('sales.board.quickCreate', { stage: stage.name })} icon={<Plus size={14} />} onClick={() => setCreating(true)} />
        </div>
        <div className="board-column-totals" title={convertedNote(t, lang, column.total)}>
          <span data-testid="column-total">{convertedText(lang, column.total)}</span>
          {stage.kind === 'open' && (
            <span className="faint" data-testid="column-weighted" title={convertedNote(t, lang, column.weighted)}>
              {t('sales.board.weighted', { amount: convertedText(lang, column.weighted) })}
            </span>
          )}
          {column.total.missing.length > 0 && <span className="board-missing-rate">{t('sales.board.missingRate', { currencies: column.total.missing.join(', ') })}</span>}
        </div>
      </header>
      {creating && (
        <QuickCreate
          pipelineId={pipelineId}
          stageId={stage.id}
          currency={baseCurrency}
          onDone={(created) => {
            setCreating(false);
            if (created) onCreated();
          }}
        />
      )}
      <BoardCardList
        column={column}
        today={today}
        t={t}
        labels={labels}
        lang={lang}
        grabbedId={grabbedId}
        saving={saving}
        followId={followId}
        loadingMore={loadingMore}
        canShowMore={column.deals.length < boardMaxCards}
        onCardKey={(event, deal) => onCardKey(event, deal.id, deal.title)}
        onDragStart={(event, deal) => {
          event.dataTransfer.setData(dragType, deal.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onDragEnd={() => setOver(false)}
        onShowMore={onShowMore}
        onSeeList={onSeeList}
      />
    </section>
  );
}
