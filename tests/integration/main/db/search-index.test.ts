import { describe, expect, it } from 'vitest';
import { rebuildPageSql, rebuildSearchIndex, refreshSearchDocs } from '../../../../src-main/db/search-index';
import { asWriteDb } from '../../../../src-main/db/handles';
import { call, openTestCore } from '../../../helpers/core';

const entities = ['contact', 'company', 'deal', 'activity'] as const;

describe('the search index rebuild', () => {
  it('reads each kind in id order through its id index, even without planner statistics (no sort of the whole table per page)', () => {
    const core = openTestCore();
    core.db.exec('DROP TABLE IF EXISTS sqlite_stat1; DROP TABLE IF EXISTS sqlite_stat4');
    for (const entity of entities) {
      const plan = (core.db.prepare(`EXPLAIN QUERY PLAN ${rebuildPageSql(entity)}`).all('') as { detail: string }[]).map((step) => step.detail).join('\n');
      expect(plan, entity).not.toMatch(/TEMP B-TREE/);
      expect(plan, entity).toMatch(/autoindex|PRIMARY KEY/);
    }
  });

  it('finds every live record again after a rebuild across several pages, and no deleted one', async () => {
    const core = openTestCore();
    const names = Array.from({ length: 2_100 }, (_, index) => `Société ${String(index).padStart(4, '0')}`);
    core.db.exec('BEGIN');
    for (const name of names) await call(core, 'companies.create', { name });
    core.db.exec('COMMIT');
    const gone = await call(core, 'companies.create', { name: 'Disparue Zyx' });
    await call(core, 'companies.delete', { ids: [gone.id] });
    core.db.transaction(() => rebuildSearchIndex(asWriteDb(core.db)))();
    expect(core.db.prepare("SELECT count(*) FROM search_docs WHERE entity = 'company'").pluck().get()).toBe(names.length);
    for (const name of ['Société 0000', 'Société 2099']) {
      const hits = await call(core, 'search.global', { q: name, limit: 5 });
      expect(JSON.stringify(hits)).toContain(name);
    }
    expect(JSON.stringify(await call(core, 'search.global', { q: 'Disparue', limit: 5 }))).not.toContain('Disparue Zyx');
  });
});

describe('refreshing the search entries of several records in one transaction', () => {
  it('writes their text in doc id order whatever order the records came in (one FTS segment, not one per record)', async () => {
    const core = openTestCore();
    const ids: string[] = [];
    for (let index = 0; index < 24; index++) ids.push((await call(core, 'companies.create', { name: `Atelier ${index}` })).id);
    // Renamed behind the write path; then each half refreshed in one transaction, the second newest first (as a pull may bring them).
    core.db.transaction(() => {
      for (const [index, id] of ids.entries()) core.db.prepare('UPDATE companies SET name = ? WHERE id = ?').run(`Menuiserie ${index}`, id);
    })();
    const rowsWritten = (order: string[]): number => {
      const before = core.db.prepare('SELECT total_changes()').pluck().get() as number;
      core.db.transaction(() => refreshSearchDocs(asWriteDb(core.db), order.map((id) => ({ entity: 'company' as const, id }))))();
      return (core.db.prepare('SELECT total_changes()').pluck().get() as number) - before;
    };
    const inOrder = rowsWritten(ids.slice(0, 12));
    const newestFirst = rowsWritten(ids.slice(12).reverse());
    // Out of order, FTS5 starts a new segment at each lower rowid and merges them: ~70 more rows written here.
    expect(newestFirst).toBeLessThanOrEqual(inOrder + 4);
    for (const index of [0, 11, 12, 23]) {
      const hits = JSON.stringify(await call(core, 'search.global', { q: `Menuiserie ${index}`, limit: 5 }));
      expect(hits).toContain(`Menuiserie ${index}`);
      expect(hits).not.toContain(`Atelier ${index}"`);
    }
    expect(core.db.prepare("SELECT count(*) FROM search_docs WHERE entity = 'company'").pluck().get()).toBe(ids.length);
  });
});
