import type { Column } from '@tanstack/react-table';
import { memo, type MouseEvent } from 'react';
import { cellStyle } from './column-meta';

type TableRowProps<T> = {
  id: string;
  /** Changes when the shown columns change (the row must then be drawn again). */
  columnsKey: string;
  testId: string;
  row: T;
  /** The visible columns in their order, the selection column first. */
  columns: Column<T, unknown>[];
  index: number;
  top: number;
  label: string;
  /** "Select the row" in the user's language, said before the row's label by screen readers. */
  selectLabel: string;
  selected: boolean;
  focused: boolean;
  onFocusRow: () => void;
  onToggle: (extend: boolean) => void;
  onOpen: () => void;
};

function isInteractive(target: EventTarget): boolean {
  return target instanceof HTMLElement && Boolean(target.closest('a, button, input, label'));
}

function rowClass(index: number, selected = false, focused = false): string {
  return `tr${index % 2 === 1 ? ' tr-odd' : ''}${selected ? ' tr-selected' : ''}${focused ? ' tr-focused' : ''}`;
}

/** One data row: click focuses it, Ctrl/Cmd+click and Shift+click select, double-click opens. */
function TableRowView<T>({ id, testId, row, columns, index, top, label, selectLabel, selected, focused, onFocusRow, onToggle, onOpen }: TableRowProps<T>) {
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
      className={rowClass(index, selected, focused)}
      style={{ transform: `translateY(${top}px)` }}
      onClick={onClick}
      onDoubleClick={(event) => !isInteractive(event.target) && onOpen()}
    >
      {columns.map((column) => {
        const meta = column.columnDef.meta;
        if (column.id === 'select') {
          return (
            <div key={column.id} role="gridcell" className="td td-select" style={cellStyle(column.getSize())}>
              <input
                type="checkbox"
                className="row-check"
                checked={selected}
                tabIndex={-1}
                aria-label={`${selectLabel} ${label}`}
                readOnly
                onClick={(event) => onToggle(event.shiftKey)}
              />
            </div>
          );
        }
        return (
          <div key={column.id} role="gridcell" className={meta?.align === 'end' ? 'td td-end' : 'td'} style={cellStyle(column.getSize())}>
            {meta?.render?.(row)}
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
  before.row === after.row &&
  before.index === after.index &&
  before.top === after.top &&
  before.selected === after.selected &&
  before.focused === after.focused &&
  before.label === after.label &&
  before.selectLabel === after.selectLabel &&
  before.columnsKey === after.columnsKey,
) as typeof TableRowView;

/** A row whose page is still on its way: grey bars in the columns. */
export function SkeletonRow<T>({ top, index, columns }: { top: number; index: number; columns: Column<T, unknown>[] }) {
  return (
    <div className={`${rowClass(index)} tr-skeleton`} role="row" aria-rowindex={index + 2} aria-busy="true" style={{ transform: `translateY(${top}px)` }}>
      {columns.map((column) => (
        <div key={column.id} role="gridcell" className="td" style={cellStyle(column.getSize())}>
          {column.id !== 'select' && <span className="skeleton-bar" style={{ width: `${40 + ((index * 7 + column.getSize()) % 45)}%` }} />}
        </div>
      ))}
      <div className="td td-fill" aria-hidden="true" />
    </div>
  );
}
