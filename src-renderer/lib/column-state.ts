/** Which columns a table shows and in which order (ids of the table's columns). */
export type ColumnState = { order: string[]; hidden: string[] };

/** The shown columns, in order: what a saved view stores. */
export function visibleColumns(state: ColumnState): string[] {
  return state.order.filter((id) => !state.hidden.includes(id));
}

/**
 * Rebuilds the column state from a saved view's column list: its columns first, in its order,
 * then the table's other columns, hidden. Unknown ids are ignored.
 */
export function columnStateFromView(viewColumns: readonly string[], allColumns: readonly string[]): ColumnState {
  const shown = viewColumns.filter((id, index) => allColumns.includes(id) && viewColumns.indexOf(id) === index);
  if (shown.length === 0) return { order: [...allColumns], hidden: [] };
  const others = allColumns.filter((id) => !shown.includes(id));
  return { order: [...shown, ...others], hidden: others };
}

/** Keeps a stored state valid for the table's current columns (new ones appear at the end). */
export function normaliseColumnState(state: ColumnState, allColumns: readonly string[], defaultHidden: readonly string[]): ColumnState {
  const order = state.order.filter((id) => allColumns.includes(id));
  const added = allColumns.filter((id) => !order.includes(id));
  const hidden = [...state.hidden.filter((id) => allColumns.includes(id)), ...added.filter((id) => defaultHidden.includes(id))];
  return { order: [...order, ...added], hidden };
}

/** Moves a column one place left (-1) or right (+1) among all columns. */
export function moveColumn(state: ColumnState, id: string, delta: -1 | 1): ColumnState {
  const visible = visibleColumns(state);
  const index = visible.indexOf(id);
  const neighbour = visible[index + delta];
  if (index < 0 || neighbour === undefined) return state;
  return placeColumn(state, id, neighbour, delta === 1 ? 'after' : 'before');
}

/** Puts a column before or after another one (drag and drop of headers). */
export function placeColumn(state: ColumnState, id: string, targetId: string, where: 'before' | 'after'): ColumnState {
  if (id === targetId) return state;
  const order = state.order.filter((candidate) => candidate !== id);
  const target = order.indexOf(targetId);
  if (target < 0) return state;
  order.splice(where === 'before' ? target : target + 1, 0, id);
  return { ...state, order };
}

export function toggleColumn(state: ColumnState, id: string, locked: readonly string[]): ColumnState {
  if (locked.includes(id)) return state;
  const hidden = state.hidden.includes(id) ? state.hidden.filter((other) => other !== id) : [...state.hidden, id];
  return { ...state, hidden };
}
