/** What a key press in the table asks for; the table component carries it out. */
export type TableKeyAction =
  | { kind: 'focus'; index: number }
  | { kind: 'open' }
  | { kind: 'toggle'; extend: boolean }
  | { kind: 'delete' }
  | { kind: 'select-loaded' }
  | { kind: 'clear-selection' };

type KeyInput = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean };

/** Maps a key press to a table action, given the focused row, the row count and a page's size. */
export function tableKeyAction(event: KeyInput, focused: number, total: number, pageRows: number): TableKeyAction | null {
  if (total === 0) return null;
  const mod = event.ctrlKey || event.metaKey;
  const from = focused < 0 ? -1 : focused;
  switch (event.key) {
    case 'ArrowDown':
      return { kind: 'focus', index: Math.min(total - 1, from + 1) };
    case 'ArrowUp':
      return { kind: 'focus', index: Math.max(0, from - 1) };
    case 'PageDown':
      return { kind: 'focus', index: Math.min(total - 1, Math.max(0, from) + pageRows) };
    case 'PageUp':
      return { kind: 'focus', index: Math.max(0, from - pageRows) };
    case 'Home':
      return { kind: 'focus', index: 0 };
    case 'End':
      return { kind: 'focus', index: total - 1 };
    case 'Enter':
      return focused >= 0 && !mod ? { kind: 'open' } : null;
    case ' ':
      return focused >= 0 ? { kind: 'toggle', extend: event.shiftKey } : null;
    case 'Delete':
    case 'Backspace':
      return { kind: 'delete' };
    case 'Escape':
      return { kind: 'clear-selection' };
    case 'a':
    case 'A':
      return mod ? { kind: 'select-loaded' } : null;
    default:
      return null;
  }
}
