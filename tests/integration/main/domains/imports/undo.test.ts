import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { replayChangeLog, type LogEntry } from '../../../../../src-main/db/replay';
import { asWriteDb } from '../../../../../src-main/db/handles';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { inspect, planOf } from './helpers';

/** Undo of a whole import, and the import as ordinary synced changes. */

let core: TestCore;
let helene: string;
let oldCompany: string;

beforeEach(async () => {
  core = openTestCore();
  oldCompany = (await call(core, 'companies.create', { name: 'Ancienne Maison' })).id;
  helene = (await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Dupont', jobTitle: 'Directrice', city: 'Lyon', emails: [{ address: 'helene@acme.fr' }], company: { companyId: oldCompany } })).id;
});
afterEach(() => core.dispose());

const FILE = 'Prénom;Nom;E-mail;Fonction;Ville;Société\nHélène;Dupont;helene@acme.fr;Présidente;Villeurbanne;ACME SAS\nZoé;Durand;zoe@durand.fr;Gérante;Paris;ACME SAS\nLéo;Petit;leo@petit.fr;;Nantes;Petit & Cie\n';

/** What a user sees: live contacts, companies and links with their data fields (not timestamps). */
function visible(core: TestCore) {
  const rows = (sql: string) => core.db.prepare(sql).all();
  return {
    contacts: rows('SELECT id, first_name, last_name, job_title, city, emails, phones, owner_id FROM contacts WHERE deleted = 0 ORDER BY id'),
    companies: rows('SELECT id, name, addresses FROM companies WHERE deleted = 0 ORDER BY id'),
    links: rows('SELECT id, contact_id, company_id, is_primary FROM contact_companies WHERE deleted = 0 ORDER BY id'),
    search: rows("SELECT d.entity, d.record_id FROM search_docs d ORDER BY d.entity, d.record_id"),
  };
}

async function importFile() {
  const inspection = await inspect(core, 'contacts.csv', FILE);
  return call(core, 'imports.run', planOf(inspection, { onMatch: 'update' }));
}

describe('an import', () => {
  it('writes ordinary synced changes: the change log rebuilds the very same tables', async () => {
    await importFile();
    const entries = core.db.prepare('SELECT hlc, tbl, row_id, changes FROM change_log ORDER BY seq').all() as LogEntry[];
    const tables = ['contacts', 'companies', 'contact_companies'];
    const before = Object.fromEntries(tables.map((table) => [table, core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
    const unsent = core.db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get() as number;
    expect(unsent).toBe(entries.length);
    core.db.transaction(() => {
      for (const table of tables) core.db.exec(`DELETE FROM ${table}`);
      replayChangeLog(asWriteDb(core.db), entries);
    })();
    expect(Object.fromEntries(tables.map((table) => [table, core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]))).toEqual(before);
    const found = await call(core, 'search.global', { q: 'durand' });
    expect(found.map((hit) => hit.title)).toContain('Zoé Durand');
  });

  it('is undone whole: what it created is deleted, what it updated put back, the batch marked undone', async () => {
    const before = visible(core);
    const result = await importFile();
    expect(result).toMatchObject({ created: 2, updated: 1, companiesCreated: 2 });
    expect(visible(core)).not.toEqual(before);
    const [batch] = await call(core, 'imports.list', {});
    expect(batch).toMatchObject({ batchId: result.batchId, entity: 'contact', fileName: 'contacts.csv', format: 'csv', created: 2, updated: 1, companiesCreated: 2, undoneAt: null });

    const undone = await call(core, 'imports.undo', { batchId: result.batchId as string });
    expect(undone).toEqual({ batchId: result.batchId, removed: 4, restored: 1, keptFields: 0, alreadyGone: 0 });
    expect(visible(core)).toEqual(before);
    // The import's new link to ACME is gone and the old company is the main one again.
    const links = (await call(core, 'contacts.get', { id: helene })).companies;
    expect(links.map((link) => [link.companyName, link.isPrimary])).toEqual([['Ancienne Maison', true]]);
    expect((await call(core, 'imports.list', {}))[0]?.undoneAt).not.toBeNull();
  });

  it('keeps what was edited since, and says how many fields it kept', async () => {
    const result = await importFile();
    await call(core, 'contacts.update', { id: helene, patch: { jobTitle: 'Fondatrice' } });
    const undone = await call(core, 'imports.undo', { batchId: result.batchId as string });
    expect(undone).toMatchObject({ restored: 1, keptFields: 1 });
    const row = core.db.prepare('SELECT job_title, city FROM contacts WHERE id = ?').get(helene);
    expect(row).toEqual({ job_title: 'Fondatrice', city: 'Lyon' });
  });

  it('refuses to be undone twice, and counts records deleted since', async () => {
    const result = await importFile();
    const zoe = core.db.prepare("SELECT id FROM contacts WHERE last_name = 'Durand'").pluck().get() as string;
    await call(core, 'contacts.delete', { ids: [zoe] });
    expect(await call(core, 'imports.undo', { batchId: result.batchId as string })).toMatchObject({ removed: 3, alreadyGone: 1 });
    const again = await callError(core, 'imports.undo', { batchId: result.batchId as string });
    expect(again).toMatchObject({ code: 'conflict', field: 'batchId' });
    expect(again.message).toBe('Cet import a déjà été annulé.');
    expect(await callError(core, 'imports.undo', { batchId: '01900000-0000-7000-8000-000000000000' })).toMatchObject({ code: 'not_found' });
  });

  it('writes nothing and records no batch when there is nothing to do', async () => {
    const inspection = await inspect(core, 'contacts.csv', 'Nom;E-mail\nDupont;helene@acme.fr\n');
    const log = core.db.prepare('SELECT count(*) FROM change_log').pluck().get();
    expect(await call(core, 'imports.run', planOf(inspection))).toMatchObject({ batchId: null, created: 0, skipped: 1 });
    expect(core.db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(log);
    expect(await call(core, 'imports.list', {})).toEqual([]);
  });
});
