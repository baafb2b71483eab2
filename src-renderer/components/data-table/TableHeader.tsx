import { flexRender, type Header, type Table } from '@tanstack/react-table';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { memo, useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { placeColumn, type ColumnState } from '../../lib/column-state';
import { cellStyle } from './column-meta';

type TableHeaderProps<Row> = {
  table: Table<Row>;
  sort: { field: string; dir: 'asc' | 'desc' };
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: () => void;
  onSort: (field: string) => void;
  columnState: ColumnState;
  /** Changes when the shown columns or their labels change. */
  columnsKey: string;
  onMoveColumn: (state: ColumnState) => void;
};

function SelectAll({ checked, indeterminate, onToggle }: { checked: boolean; indeterminate: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate && !checked;
  }, [indeterminate, checked]);
  return (
    <input
      ref={ref}
      type="checkbox"
      className="row-check"
      checked={checked}
      onChange={onToggle}
      aria-label={t('table.selectLoaded')}
      title={t('table.selectLoaded')}
      tabIndex={-1}
    />
  );
}

/** The sticky header: click to sort (in the core), drag a header to move its column. */
function TableHeaderView<Row>(props: TableHeaderProps<Row>) {
  const { table, sort, allSelected, someSelected, onToggleAll, onSort, columnState, onMoveColumn } = props;
  const { t } = useTranslation();
  const [dropTarget, setDropTarget] = useState<{ id: string; where: 'before' | 'after' } | null>(null);
  const headers = table.getHeaderGroups()[0]?.headers ?? [];

  const whereIn = (event: DragEvent<HTMLDivElement>): 'before' | 'after' => {
    const box = event.currentTarget.getBoundingClientRect();
    return event.clientX < box.left + box.width / 2 ? 'before' : 'after';
  };

  const cell = (header: Header<Row, unknown>) => {
    const meta = header.column.columnDef.meta;
    const style = cellStyle(header.getSize());
    if (header.column.id === 'select') {
      return (
        <div key={header.id} role="columnheader" className="th th-select" style={style}>
          <SelectAll checked={allSelected} indeterminate={someSelected} onToggle={onToggleAll} />
        </div>
      );
    }
    const sortField = meta?.sortField;
    const sorted = sortField !== undefined && sort.field === sortField ? sort.dir : null;
    const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none';
    const drop = dropTarget?.id === header.column.id ? dropTarget.where : null;
    return (
      <div
        key={header.id}
        role="columnheader"
        aria-sort={sortField ? ariaSort : undefined}
        className={`th ${meta?.align === 'end' ? 'th-end' : ''} ${drop ? `th-drop-${drop}` : ''}`}
        style={style}
        draggable
        title={t('table.dragHint')}
        onDragStart={(event) => {
          event.dataTransfer.setData('text/x-column', header.column.id);
          event.dataTransfer.effectAllowed = 'move';
        }}
        onDragOver={(event) => {
          if (!event.dataTransfer.types.includes('text/x-column')) return;
          event.preventDefault();
          setDropTarget({ id: header.column.id, where: whereIn(event) });
        }}
        onDragLeave={() => setDropTarget(null)}
        onDrop={(event) => {
          event.preventDefault();
          const moved = event.dataTransfer.getData('text/x-column');
          setDropTarget(null);
          if (moved) onMoveColumn(placeColumn(columnState, moved, header.column.id, whereIn(event)));
        }}
      >
        {sortField ? (
          <button
            type="button"
            className="th-sort"
            tabIndex={-1}
            onClick={() => onSort(sortField)}
            title={`${meta?.label ?? ''} — ${t('table.sortHint')}`}
          >
            <span className="truncate">{flexRender(header.column.columnDef.header, header.getContext())}</span>
            {sorted === 'asc' && <ArrowUp size={13} aria-label={t('table.sortedAsc')} />}
            {sorted === 'desc' && <ArrowDown size={13} aria-label={t('table.sortedDesc')} />}
          </button>
        ) : (
          <span className="truncate th-label">{flexRender(header.column.columnDef.header, header.getContext())}</span>
        )}
      </div>
    );
  };

  return (
    <div className="thead" role="rowgroup">
      <div className="tr tr-head" role="row" aria-rowindex={1}>
        {headers.map(cell)}
        <div className="th th-fill" aria-hidden="true" />
      </div>
    </div>
  );
}

/**
 * The header is drawn again only when what it shows changes, not on every scrolled frame (its
 * handlers close over the sort and the selection, which are compared).
 */
export const TableHeader = memo(TableHeaderView, (before, after) =>
  before.table === after.table &&
  before.sort === after.sort &&
  before.allSelected === after.allSelected &&
  before.someSelected === after.someSelected &&
  before.columnState === after.columnState &&
  before.columnsKey === after.columnsKey,
) as typeof TableHeaderView;
