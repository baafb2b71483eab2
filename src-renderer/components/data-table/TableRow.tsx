import { flexRender, type Column, type Row } from '@tanstack/react-table';
import { memo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

type TableRowProps<T> = {
  id: string;
  /** Changes when the shown columns change (the row must then be drawn again). */
  columnsKey: string;
  testId: string;
  row: Row<T>;
  index: number;
  top: number;
  label: string;
  selected: boolean;
  focused: boolean;
  onFocusRow: () => void;
  onToggle: (extend: boolean) => void;
  onOpen: () => void;
};

function isInteractive(target: EventTarget): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('a, button, input, label'));
}

/** One data row: click focuses it, Ctrl/Cmd+click and Shift+click select, double-click opens. */
function TableRowView<T>({ id, testId, row, index, top, label, selected, focused, onFocusRow, onToggle, onOpen }: TableRowProps<T>) {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (isInteractive(event.target)) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey) onToggle(event.shiftKey);
    onFocusRow();
  };
  return (
    <div
      id={id}
      role="row"
      data-testid={testId}
      data-index={index}
      aria-rowindex={index + 2}
      aria-selected={selected}
      aria-label={label}
      className={`tr ${selected ? 'tr-selected' : ''} ${focused ? 'tr-focused' : ''} ${index % 2 === 1 ? 'tr-odd' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
      onDoubleClick={(event) => !isInteractive(event.target) && onOpen()}
    >
      {row.getVisibleCells().map((cell) => {
        const size = cell.column.getSize();
        const style = { width: size, flex: `0 0 ${size}px` };
        if (cell.column.id === 'select') {
          return (
            <div key={cell.id} role="gridcell" className="td td-select" style={style}>
              <input
                type="checkbox"
                className="row-check"
                checked={selected}
                tabIndex={-1}
                aria-label={`${t('table.selectRow')} ${label}`}
                readOnly
                onClick={(event) => onToggle(event.shiftKey)}
              />
            </div>
          );
        }
        return (
          <div key={cell.id} role="gridcell" className={`td ${cell.column.columnDef.meta?.align === 'end' ? 'td-end' : ''}`} style={style}>
            {flexRender(cell.column.columnDef.cell, cell.getContext())}
          </div>
        );
      })}
      <div className="td td-fill" aria-hidden="true" />
    </div>
  );
}

/**
 * Rows are drawn again only when what they show changes: scrolling adds the rows coming into
 * view without redrawing those already there (the handlers only close over index and row).
 */
export const TableRow = memo(TableRowView, (before, after) =>
  before.row.original === after.row.original &&
  before.index === after.index &&
  before.top === after.top &&
  before.selected === after.selected &&
  before.focused === after.focused &&
  before.label === after.label &&
  before.columnsKey === after.columnsKey,
) as typeof TableRowView;

/** A row whose page is still on its way: grey bars of the columns' widths. */
export function SkeletonRow<T>({ top, index, columns }: { top: number; index: number; columns: Column<T, unknown>[] }) {
  return (
    <div className={`tr tr-skeleton ${index % 2 === 1 ? 'tr-odd' : ''}`} role="row" aria-rowindex={index + 2} aria-busy="true" style={{ transform: `translateY(${top}px)` }}>
      {columns.map((column) => (
        <div key={column.id} role="gridcell" className="td" style={{ width: column.getSize(), flex: `0 0 ${column.getSize()}px` }}>
          {column.id !== 'select' && <span className="skeleton-bar" style={{ width: `${40 + ((index * 7 + column.getSize()) % 45)}%` }} />}
        </div>
      ))}
    </div>
  );
}
