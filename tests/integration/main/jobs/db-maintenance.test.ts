import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { runMaintenance } from '../../../../src-main/jobs/db-maintenance';
import { call, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
afterEach(() => core.dispose());

describe('idle-time database maintenance', () => {
  it('checkpoints the WAL into the database and merges the search index, keeping search results', async () => {
    core = openTestCore();
    for (let i = 0; i < 50; i++) await call(core, 'contacts.create', { firstName: 'Mathéo', lastName: `Entretien ${i}` });
    const walBefore = statSync(`${core.paths.databaseFile}-wal`).size;
    expect(walBefore).toBeGreaterThan(0);
    const segmentsBefore = core.db.prepare('SELECT count(*) FROM search_fts_data').pluck().get() as number;
    runMaintenance(core);
    const checkpoint = core.db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    expect(checkpoint[0]?.checkpointed).toBe(checkpoint[0]?.log);
    expect(core.db.prepare('SELECT count(*) FROM search_fts_data').pluck().get() as number).toBeLessThanOrEqual(segmentsBefore);
    expect(await call(core, 'search.global', { q: 'matheo entretien 4', limit: 50 })).toHaveLength(11);
  });
});
