import { afterEach, describe, expect, it } from 'vitest';
import { listContacts } from '../../../../../src-main/domains/contacts/queries';
import { findViewByName, viewListInput } from '../../../../../src-main/domains/views/list-input';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

let core: TestCore;
afterEach(() => core?.dispose());

describe('a saved view as its list input (exports and mail merges over a view)', () => {
  it('gives the records the screen shows: its filters and its sort', async () => {
    core = openTestCore();
    for (const [firstName, lastName, city] of [
      ['Anne', 'Martin', 'Lyon'],
      ['Bruno', 'Lefèvre', 'Lyon'],
      ['Chloé', 'Durand', 'Paris'],
    ] as const) {
      await call(core, 'contacts.create', { firstName, lastName, city });
    }
    await call(core, 'views.save', {
      entity: 'contact',
      name: 'Clients lyonnais',
      state: { sort: { field: 'name', dir: 'desc' }, filters: { city: 'Lyon', q: '' }, columns: ['name', 'city'] },
    });
    const view = findViewByName(core.read, core.userId, 'contact', 'clients LYONNAIS');
    const page = listContacts(core.read, viewListInput('contact', view.state, { offset: 0, limit: 100, withTotal: true }));
    expect(page.rows.map((row) => row.lastName)).toEqual(['Martin', 'Lefèvre']);
    expect(page.total).toBe(2);
  });

  it('names the views there are when the name matches none', async () => {
    core = openTestCore();
    await call(core, 'views.save', { entity: 'contact', name: 'Prospects', state: { sort: { field: 'name', dir: 'asc' }, filters: {}, columns: [] } });
    expect(() => findViewByName(core.read, core.userId, 'contact', 'Clients')).toThrow(/No saved view named "Clients"; your views: "Prospects"/);
  });

  it('ignores a malformed stored filter instead of failing (as the screen does)', () => {
    core = openTestCore();
    const input = viewListInput('contact', { sort: { field: 'nope', dir: 'asc' }, filters: { city: 42, created: { from: 'yesterday' } }, columns: [] }, { offset: 0, limit: 10, withTotal: false });
    expect(input.sort).toEqual({ field: 'name', dir: 'asc' });
    expect(input.filters).toEqual({ deleted: false });
  });
});
