import { describe, expect, it } from 'vitest';
import { tableKeyAction } from '../../../src-renderer/components/data-table/table-keys';

const key = (name: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean }> = {}) => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('keyboard in the tables', () => {
  it('moves the focused row within the list', () => {
    expect(tableKeyAction(key('ArrowDown'), -1, 100, 20)).toEqual({ kind: 'focus', index: 0 });
    expect(tableKeyAction(key('ArrowDown'), 99, 100, 20)).toEqual({ kind: 'focus', index: 99 });
    expect(tableKeyAction(key('ArrowUp'), 0, 100, 20)).toEqual({ kind: 'focus', index: 0 });
    expect(tableKeyAction(key('PageDown'), 10, 100, 20)).toEqual({ kind: 'focus', index: 30 });
    expect(tableKeyAction(key('End'), 10, 100_000, 20)).toEqual({ kind: 'focus', index: 99_999 });
  });

  it('opens, selects and deletes', () => {
    expect(tableKeyAction(key('Enter'), 3, 10, 5)).toEqual({ kind: 'open' });
    expect(tableKeyAction(key('Enter'), -1, 10, 5)).toBeNull();
    expect(tableKeyAction(key(' ', { shiftKey: true }), 3, 10, 5)).toEqual({ kind: 'toggle', extend: true });
    expect(tableKeyAction(key('Delete'), 3, 10, 5)).toEqual({ kind: 'delete' });
    expect(tableKeyAction(key('a', { metaKey: true }), 3, 10, 5)).toEqual({ kind: 'select-loaded' });
    expect(tableKeyAction(key('a'), 3, 10, 5)).toBeNull();
  });

  it('does nothing on an empty list', () => {
    expect(tableKeyAction(key('ArrowDown'), -1, 0, 5)).toBeNull();
  });
});
