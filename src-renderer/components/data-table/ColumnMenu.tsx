import { ChevronLeft, ChevronRight, Columns3, RotateCcw } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { moveColumn, toggleColumn, type ColumnState } from '../../lib/column-state';
import { Popover } from '../Popover';

export type ColumnChoice = { id: string; label: string; locked?: boolean };

type ColumnMenuProps = {
  columns: readonly ColumnChoice[];
  state: ColumnState;
  defaultState: ColumnState;
  onChange: (state: ColumnState) => void;
};

/** Which columns to show and in which order: tick to show, arrows to move left or right. */
export function ColumnMenu({ columns, state, defaultState, onChange }: ColumnMenuProps) {
  const { t } = useTranslation();
  const byId = new Map(columns.map((column) => [column.id, column]));
  const locked = columns.filter((column) => column.locked).map((column) => column.id);
  return (
    <Popover
      label={t('table.columns')}
      align="end"
      testId="column-menu"
      button={
        <>
          <Columns3 size={15} />
          <span className="btn-label">{t('table.columns')}</span>
        </>
      }
    >
      {() => (
        <div className="column-menu" role="menu" aria-label={t('table.columnsTitle')}>
          <div className="menu-title">{t('table.columnsTitle')}</div>
          {state.order.map((id) => {
            const column = byId.get(id);
            if (!column) return null;
            const shown = !state.hidden.includes(id);
            return (
              <div key={id} className="column-menu-row">
                <label className="column-menu-check" role="menuitemcheckbox" aria-checked={shown} tabIndex={-1}>
                  <input
                    type="checkbox"
                    checked={shown}
                    disabled={column.locked}
                    onChange={() => onChange(toggleColumn(state, id, locked))}
                  />
                  <span className="truncate">{column.label}</span>
                </label>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon btn-sm"
                  aria-label={`${column.label} – ${t("table.moveLeft")}`}
                  title={t('table.moveLeft')}
                  disabled={!shown}
                  onClick={() => onChange(moveColumn(state, id, -1))}
                >
                  <ChevronLeft size={14} />
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-icon btn-sm"
                  aria-label={`${column.label} – ${t("table.moveRight")}`}
                  title={t('table.moveRight')}
                  disabled={!shown}
                  onClick={() => onChange(moveColumn(state, id, 1))}
                >
                  <ChevronRight size={14} />
                </button>
              </div>
            );
          })}
          <div className="menu-separator" />
          <button type="button" role="menuitem" className="menu-item" onClick={() => onChange(defaultState)}>
            <RotateCcw size={14} />
            <span>{t('table.resetColumns')}</span>
          </button>
        </div>
      )}
    </Popover>
  );
}
