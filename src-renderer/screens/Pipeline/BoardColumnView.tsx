import { Plus } from 'lucide-react';
import { useState, type DragEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardColumn } from '../../../src-shared/domain/sales';
import { IconButton } from '../../components/Button';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { convertedNote, convertedText } from './converted-text';
import { DealCardView } from './DealCardView';
import { QuickCreate } from './QuickCreate';

type BoardColumnViewProps = {
  column: BoardColumn;
  pipelineId: string;
  baseCurrency: string;
  today: string;
  /** The keyboard-grabbed card is over this column. */
  targeted: boolean;
  grabbedId: string | null;
  saving: ReadonlySet<string>;
  onCardKey: (event: KeyboardEvent<HTMLElement>, dealId: string, title: string) => void;
  onDropDeal: (dealId: string) => void;
  onCreated: () => void;
};

const dragType = 'application/x-crm-deal';

/** One stage: its totals in the base currency, its cards, a drop target, and a quick create. */
export function BoardColumnView(props: BoardColumnViewProps) {
  const { column, pipelineId, baseCurrency, today, targeted, grabbedId, saving, onCardKey, onDropDeal, onCreated } = props;
  const { t } = useTranslation();
  const lang = useLanguage();
  const [over, setOver] = useState(false);
  const [creating, setCreating] = useState(false);
  const { stage } = column;
  const hidden = column.count - column.deals.length;
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
      <ul className="board-cards">
        {column.deals.map((deal) => (
          <DealCardView
            key={deal.id}
            deal={deal}
            grabbed={grabbedId === deal.id}
            saving={saving.has(deal.id)}
            today={today}
            onKeyDown={(event) => onCardKey(event, deal.id, deal.title)}
            onDragStart={(event) => {
              event.dataTransfer.setData(dragType, deal.id);
              event.dataTransfer.effectAllowed = 'move';
            }}
            onDragEnd={() => setOver(false)}
          />
        ))}
      </ul>
      {hidden > 0 && <p className="board-more faint">{t('sales.board.more', { count: hidden })}</p>}
    </section>
  );
}
