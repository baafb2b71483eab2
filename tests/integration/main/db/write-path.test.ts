import { afterEach, describe, expect, it } from 'vitest';
import { asWriteDb } from '../../../../src-main/db/handles';
import { replayChangeLog, type LogEntry } from '../../../../src-main/db/replay';
import { call, openTestCore, snapshotTables, type TestCore } from '../../../helpers/core';

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.dispose();
  cores = [];
});

async function scriptedHistory(core: TestCore): Promise<void> {
  const tag = await call(core, 'tags.create', { name: 'VIP', color: 'red' });
  const parent = await call(core, 'companies.create', { name: 'Groupe Étoile', addresses: [{ city: 'Paris', postcode: '75008' }] });
  const company = await call(core, 'companies.create', { name: 'Étoile Lyon', parentCompanyId: parent.id, tagIds: [tag.id] });
  const helene = await call(core, 'contacts.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    emails: [{ address: 'helene@etoile.fr' }],
    phones: [{ number: '06 12 34 56 78' }],
    company: { companyId: company.id, role: 'Directrice' },
    tagIds: [tag.id],
  });
  const paul = await call(core, 'contacts.create', { firstName: 'Paul', lastName: 'Durand', city: 'Lyon' });
  await call(core, 'contacts.update', { id: helene.id, patch: { jobTitle: 'DG', city: 'Villeurbanne' } });
  await call(core, 'contacts.update', { id: helene.id, patch: { jobTitle: 'Présidente' } });
  await call(core, 'relations.add', { fromContactId: paul.id, toContactId: helene.id, kind: 'reports_to' });
  const link = await call(core, 'links.add', { contactId: paul.id, companyId: parent.id, role: 'Stagiaire', isPrimary: true });
  await call(core, 'links.update', { id: link.id, patch: { endDate: '2026-06-30' } });
  await call(core, 'tags.unassign', { entity: 'contact', recordIds: [helene.id], tagId: tag.id });
  await call(core, 'tags.assign', { entity: 'contact', recordIds: [helene.id, paul.id], tagId: tag.id });
  await call(core, 'contacts.delete', { ids: [paul.id] });
  await call(core, 'contacts.restore', { ids: [paul.id] });
  await call(core, 'companies.delete', { ids: [parent.id] });
  await call(core, 'views.save', { entity: 'contact', name: 'Lyon', state: { sort: { field: 'name', dir: 'asc' }, filters: { city: 'Lyon' }, columns: ['name', 'city'] } });
  await call(core, 'profile.update', { displayName: 'Camille Martin', email: 'camille@example.fr' });
}

describe('the write path', () => {
  it('records every user-visible write in the change log: rebuilding the tables from the log gives the same tables', async () => {
    const core = openTestCore();
    cores.push(core);
    await scriptedHistory(core);
    const entries = core.db.prepare('SELECT hlc, tbl, row_id, changes FROM change_log').all() as LogEntry[];

    const rebuilt = openTestCore();
    cores.push(rebuilt);
    // The fresh database has its own local user: clear it so only the log speaks.
    rebuilt.db.exec('DELETE FROM users');
    rebuilt.db.transaction(() => replayChangeLog(asWriteDb(rebuilt.db), entries))();

    expect(snapshotTables(rebuilt)).toEqual(snapshotTables(core));
  });

  it('writes the row, its log entries and the search index in one transaction (a failing use case leaves nothing)', async () => {
    const core = openTestCore();
    cores.push(core);
    const before = snapshotTables(core);
    const logBefore = core.db.prepare('SELECT count(*) FROM change_log').pluck().get();
    const result = await import('../../../helpers/core').then((m) =>
      m.callError(core, 'contacts.create', { firstName: 'Ana', company: { companyId: '01890000-0000-7000-8000-000000000000' } }),
    );
    expect(result.code).toBe('validation');
    expect(result.field).toBe('company.companyId');
    expect(snapshotTables(core)).toEqual(before);
    expect(core.db.prepare('SELECT count(*) FROM change_log').pluck().get()).toBe(logBefore);
  });

  it('logs only the fields that changed, and nothing for an edit that changes nothing', async () => {
    const core = openTestCore();
    cores.push(core);
    const contact = await call(core, 'contacts.create', { firstName: 'Zoé', lastName: 'Moreau', city: 'Nantes' });
    const count = () => core.db.prepare('SELECT count(*) FROM change_log WHERE row_id = ?').pluck().get(contact.id) as number;
    const afterCreate = count();
    await call(core, 'contacts.update', { id: contact.id, patch: { city: 'Nantes', lastName: 'Moreau' } });
    expect(count()).toBe(afterCreate);
    await call(core, 'contacts.update', { id: contact.id, patch: { city: 'Rennes', lastName: 'Moreau' } });
    const changes = core.db.prepare('SELECT changes FROM change_log WHERE row_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(contact.id) as string;
    expect(count()).toBe(afterCreate + 1);
    expect(JSON.parse(changes)).toEqual({ city: 'Rennes' });
    const versions = core.db.prepare('SELECT base_hlc, field_hlcs FROM row_versions WHERE row_id = ?').get(contact.id) as { base_hlc: string; field_hlcs: string };
    const last = core.db.prepare('SELECT hlc FROM change_log WHERE row_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(contact.id);
    expect(JSON.parse(versions.field_hlcs)).toEqual({ city: last });
    expect(versions.base_hlc < String(last)).toBe(true);
  });

  it('stamps changes with strictly increasing HLCs, even when the wall clock goes backwards, and keeps the clock across restarts', async () => {
    let now = Date.UTC(2026, 10, 22, 12);
    const core = openTestCore({ clock: { now: () => now } });
    cores.push(core);
    const contact = await call(core, 'contacts.create', { lastName: 'Horloge' });
    now -= 3_600_000; // the laptop's clock jumps back an hour
    await call(core, 'contacts.update', { id: contact.id, patch: { city: 'Brest' } });
    await call(core, 'contacts.update', { id: contact.id, patch: { city: 'Quimper' } });
    const hlcs = core.db.prepare('SELECT hlc FROM change_log ORDER BY seq').pluck().all() as string[];
    expect(hlcs.length).toBeGreaterThanOrEqual(3);
    for (let i = 1; i < hlcs.length; i++) expect(hlcs[i]! > hlcs[i - 1]!).toBe(true);
    const last = hlcs.at(-1)!;
    const dataDir = core.paths.dataDir;
    core.db.close();
    const reopened = openTestCore({ dataDir, clock: { now: () => now - 86_400_000 } });
    cores.push(reopened);
    await call(reopened, 'contacts.update', { id: contact.id, patch: { city: 'Lorient' } });
    const next = reopened.db.prepare('SELECT hlc FROM change_log ORDER BY seq DESC LIMIT 1').pluck().get() as string;
    expect(next > last).toBe(true);
  });
});
