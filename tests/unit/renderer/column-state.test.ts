import { describe, expect, it } from 'vitest';
import { columnStateFromView, moveColumn, normaliseColumnState, placeColumn, toggleColumn, visibleColumns } from '../../../src-renderer/lib/column-state';

const all = ['name', 'company', 'email', 'phone', 'city'];

describe('the column choice', () => {
  it('moves a shown column left or right past hidden ones', () => {
    const state = { order: all, hidden: ['email'] };
    expect(visibleColumns(moveColumn(state, 'phone', -1))).toEqual(['name', 'phone', 'company', 'city']);
    expect(visibleColumns(moveColumn(state, 'city', 1))).toEqual(['name', 'company', 'phone', 'city']);
  });

  it('drops a dragged header before or after another', () => {
    expect(placeColumn({ order: all, hidden: [] }, 'city', 'company', 'before').order).toEqual(['name', 'city', 'company', 'email', 'phone']);
    expect(placeColumn({ order: all, hidden: [] }, 'name', 'email', 'after').order).toEqual(['company', 'email', 'name', 'phone', 'city']);
  });

  it('never hides a locked column', () => {
    expect(toggleColumn({ order: all, hidden: [] }, 'name', ['name']).hidden).toEqual([]);
    expect(toggleColumn({ order: all, hidden: [] }, 'city', ['name']).hidden).toEqual(['city']);
  });

  it('restores a saved view’s columns and hides the others', () => {
    expect(columnStateFromView(['email', 'name', 'gone'], all)).toEqual({ order: ['email', 'name', 'company', 'phone', 'city'], hidden: ['company', 'phone', 'city'] });
  });

  it('keeps a stored choice valid when the table gains or loses columns', () => {
    const state = normaliseColumnState({ order: ['city', 'name', 'old'], hidden: ['old'] }, all, ['phone']);
    expect(state.order).toEqual(['city', 'name', 'company', 'email', 'phone']);
    expect(state.hidden).toEqual(['phone']);
  });
});
