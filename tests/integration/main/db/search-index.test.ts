import { describe, expect, it } from 'vitest';
import { rebuildPageSql, rebuildSearchIndex } from '../../../../src-main/db/search-index';
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
