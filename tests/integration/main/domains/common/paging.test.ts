import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { v7 as uuidv7 } from 'uuid';

let core: TestCore;
const cities = ['Lyon', 'Paris', 'Nantes', 'Évry'];
beforeAll(() => {
  core = openTestCore();
  write(core, (tx) => {
    for (let i = 0; i < 1500; i++) {
      // Few distinct names, so that the id breaks most ties.
      insertRecord(tx, 'contacts', uuidv7(), { last_name: `Nom ${i % 37}`, first_name: `P${i % 5}`, city: cities[i % 4]!, owner_id: core.userId });
    }
  });
});
afterAll(() => core.dispose());

function expectedIds(sortColumn: string, dir: 'ASC' | 'DESC', where = ''): string[] {
  return core.db.prepare(`SELECT id FROM contacts c WHERE deleted = 0 ${where} ORDER BY ${sortColumn} ${dir}, id ${dir}`).pluck().all() as string[];
}

describe('deep pages of a sorted list', () => {
  const sorts = [
    ['name', 'c.sort_key'],
    ['city', 'c.city_key'],
    ['createdAt', 'c.created_at'],
  ] as const;
  it.each(sorts.flatMap(([field, column]) => (['asc', 'desc'] as const).map((dir) => [field, column, dir] as const)))(
    'sorted by %s (%s, %s), every page equals the plain OFFSET result',
    async (field, column, dir) => {
      const expected = expectedIds(column, dir === 'asc' ? 'ASC' : 'DESC');
      for (const offset of [0, 1, 255, 256, 511, 512, 513, 700, 1023, 1024, 1399, 1450, 1499, 1500]) {
        const page = await call(core, 'contacts.list', { offset, limit: 50, sort: { field, dir }, withTotal: false });
        expect(page.rows.map((row) => row.id), `offset ${offset}`).toEqual(expected.slice(offset, offset + 50));
      }
    },
  );

  it('stays right with a filter, and after the data changes (the cached anchors are dropped)', async () => {
    const where = "AND c.city_key LIKE 'lyon%'";
    const read = (offset: number) => call(core, 'contacts.list', { offset, limit: 20, filters: { city: 'lyon' }, withTotal: false });
    expect((await read(300)).rows.map((row) => row.id)).toEqual(expectedIds('c.sort_key', 'ASC', where).slice(300, 320));
    const first = expectedIds('c.sort_key', 'ASC', where)[0]!;
    await call(core, 'contacts.update', { id: first, patch: { lastName: 'Zzz dernier' } });
    await call(core, 'contacts.create', { lastName: 'Aaa premier', city: 'Lyon' });
    expect((await read(300)).rows.map((row) => row.id)).toEqual(expectedIds('c.sort_key', 'ASC', where).slice(300, 320));
  });
});
