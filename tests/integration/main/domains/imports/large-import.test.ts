import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { catchUpSoon } from '../../../../../src-main/core/derived-catch-up';
import { write } from '../../../../../src-main/core/transactions';
import { hasDerivedBacklog } from '../../../../../src-main/db/derived-backlog';
import { rebuildDuplicateKeys } from '../../../../../src-main/db/duplicate-index';
import { call, openTestCore, tempDir, type TestCore } from '../../../../helpers/core';
import { contactHeaders, contactRows, csvText } from '../../../../fixtures/imports/generate';
import { inspect, planOf } from './helpers';

/**
 * A large import (10,000 records or more) commits its records first and makes their search
 * entries and duplicate keys right after, in the background: the user gets the records sooner,
 * and search and the duplicate check find them a few seconds later — after a restart too, and
 * not once the import is undone.
 */

const ROWS = 10_000;
const rows = contactRows(ROWS, 31);
const text = csvText(contactHeaders, rows);
/** The e-mail column of the generated rows. */
const emailOf = (row: string[] | undefined) => String(row?.[5]);

const cores: TestCore[] = [];
function open(dataDir?: string): TestCore {
  const core = openTestCore(dataDir ? { dataDir } : {});
  cores.push(core);
  return core;
}
afterEach(() => {
  for (const core of cores.splice(0)) core.dispose();
});

const waitForCatchUp = (core: TestCore) => vi.waitFor(() => expect(hasDerivedBacklog(core.read)).toBe(false), { timeout: 60_000, interval: 50 });

async function importAll(core: TestCore) {
  return call(core, 'imports.run', planOf(await inspect(core, 'contacts.csv', text)));
}

async function foundByEmail(core: TestCore, email: string): Promise<{ search: number; duplicates: number }> {
  const search = await call(core, 'search.global', { q: email, limit: 5 });
  const duplicates = await call(core, 'duplicates.check', { entity: 'contact', draft: { lastName: 'X', emails: [email] } });
  return { search: search.length, duplicates: duplicates.length };
}

describe('an import', () => {
  it('of 10,000 records or more commits them, then makes their search entries and keys in the background', async () => {
    const core = open();
    const autocheckpoint = core.db.pragma('wal_autocheckpoint', { simple: true });
    const result = await importAll(core);
    expect(result.created).toBe(ROWS);
    expect(result.indexingAfter).toBe(true);
    // Committed and listed at once; being indexed, with checkpoints held until it is.
    expect(core.db.prepare('SELECT count(*) FROM contacts WHERE deleted = 0').pluck().get()).toBe(ROWS);
    expect(hasDerivedBacklog(core.read)).toBe(true);
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    await waitForCatchUp(core);
    expect(core.db.pragma('wal_autocheckpoint', { simple: true })).toBe(autocheckpoint);
    expect(core.db.prepare("SELECT count(*) FROM search_docs WHERE entity = 'contact'").pluck().get()).toBe(ROWS);
    expect(core.db.prepare("SELECT count(*) FROM search_docs WHERE entity = 'company'").pluck().get()).toBe(result.companiesCreated);
    for (const row of [rows[0], rows[ROWS - 1]]) expect(await foundByEmail(core, emailOf(row))).toEqual({ search: 1, duplicates: 1 });
    // A contact is found by its company's name too: the links were there when it was indexed.
    const company = String(rows[0]?.[3]);
    const byCompany = await call(core, 'search.global', { q: company, limit: 50 });
    expect(byCompany.filter((hit) => hit.entity === 'contact').length).toBeGreaterThan(0);
  });

  it('of fewer records is indexed in its own transaction, and says so', async () => {
    const core = open();
    const few = contactRows(50, 32);
    const result = await call(core, 'imports.run', planOf(await inspect(core, 'few.csv', csvText(contactHeaders, few))));
    expect(result).toMatchObject({ created: 50, indexingAfter: false });
    expect(hasDerivedBacklog(core.read)).toBe(false);
    expect(await foundByEmail(core, emailOf(few[7]))).toEqual({ search: 1, duplicates: 1 });
  });

  it('undone before it is indexed leaves nothing for search or the duplicate check', async () => {
    const core = open();
    const result = await importAll(core);
    await call(core, 'imports.undo', { batchId: result.batchId as string });
    await waitForCatchUp(core);
    expect(core.db.prepare("SELECT count(*) FROM search_docs WHERE entity = 'contact'").pluck().get()).toBe(0);
    expect(core.db.prepare("SELECT count(*) FROM duplicate_keys WHERE entity = 'contact' AND kind <> 'merged_into'").pluck().get()).toBe(0);
    expect(await foundByEmail(core, emailOf(rows[5]))).toEqual({ search: 0, duplicates: 0 });
  });

  it('closed before it is indexed is indexed at the next start', async () => {
    const dataDir = tempDir();
    try {
      const first = open(dataDir);
      await importAll(first);
      first.dispose();
      cores.splice(cores.indexOf(first), 1);

      const again = open(dataDir);
      expect(hasDerivedBacklog(again.read)).toBe(true);
      catchUpSoon(again);
      await waitForCatchUp(again);
      expect(await foundByEmail(again, emailOf(rows[42]))).toEqual({ search: 1, duplicates: 1 });
    } finally {
      for (const core of cores.splice(0)) core.dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('of 10,000 deals or more commits them with their stage entries, then indexes them in the background', async () => {
    const core = open();
    await call(core, 'pipelines.list', {});
    const deals = Array.from({ length: ROWS }, (_, index) => `Affaire ${index} Besançon;Société ${index % 40};${(index % 97) * 100},50 €;Proposition`);
    const file = ['Nom de l’affaire;Société;Montant;Étape', ...deals].join('\r\n');
    const result = await call(core, 'imports.run', planOf(await inspect(core, 'affaires.csv', file, 'deal')));
    expect(result).toMatchObject({ created: ROWS, companiesCreated: 40, indexingAfter: true });
    const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
    expect(count('SELECT count(*) FROM deals WHERE deleted = 0')).toBe(ROWS);
    expect(count('SELECT count(DISTINCT deal_id) FROM deal_stage_entries')).toBe(ROWS);
    expect(count("SELECT count(*) FROM search_docs WHERE entity = 'deal'")).toBe(0);

    await waitForCatchUp(core);
    expect(count("SELECT count(*) FROM search_docs WHERE entity = 'deal'")).toBe(ROWS);
    const hits = await call(core, 'search.global', { q: 'Affaire 9999', limit: 5 });
    expect(hits.filter((hit) => hit.entity === 'deal').map((hit) => hit.title)).toContain('Affaire 9999 Besançon');
  });

  it('scanned for duplicates at once is scanned whole', async () => {
    const core = open();
    await importAll(core);
    expect(hasDerivedBacklog(core.read)).toBe(true);
    const atOnce = await call(core, 'duplicates.scan', { entity: 'contact' });
    expect(hasDerivedBacklog(core.read)).toBe(false);
    // The same as a scan over keys made again from the whole base.
    write(core, (tx) => rebuildDuplicateKeys(tx.db));
    const rebuilt = await call(core, 'duplicates.scan', { entity: 'contact' });
    expect(atOnce.totalGroups).toBeGreaterThan(0);
    expect(atOnce.totalGroups).toBe(rebuilt.totalGroups);
    expect(atOnce.groups.map((group) => group.records.map((record) => record.id))).toEqual(rebuilt.groups.map((group) => group.records.map((record) => record.id)));
  });
});
