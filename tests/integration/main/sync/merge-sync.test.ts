import { describe, expect, it } from 'vitest';
import { call, callError } from '../../../helpers/core';
import { officePerTest } from '../../../helpers/office';
import type { TestDevice } from '../../../helpers/sync';

const { device } = officePerTest([
  { email: 'admin@bureau.fr', role: 'administrator', name: 'Alice Admin' },
  { email: 'lea@bureau.fr', role: 'salesperson', name: 'Léa Martin' },
]);

const tables = ['contacts', 'companies', 'contact_companies', 'contact_relations', 'record_tags', 'activities', 'deal_contacts'];
const rowsOf = (d: TestDevice, table: string) => d.core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
const contactOf = (d: TestDevice, table: string, id: string) => d.core.db.prepare(`SELECT contact_id FROM ${table} WHERE id = ?`).pluck().get(id);

/** Until nothing is left to send anywhere (a device that re-points something sends it at its next sync). */
async function settle(...devices: TestDevice[]): Promise<void> {
  for (let round = 0; round < 3; round++) for (const d of devices) await d.sync();
}

function expectSame(a: TestDevice, b: TestDevice): void {
  for (const table of tables) expect({ table, rows: rowsOf(b, table) }).toEqual({ table, rows: rowsOf(a, table) });
}

async function twoContacts(admin: TestDevice, lea: TestDevice) {
  const acme = await call(admin.core, 'companies.create', { name: 'Acme SARL' });
  const keep = await call(admin.core, 'contacts.create', { firstName: 'Jean', lastName: 'Dupont', emails: [{ label: 'work', address: 'jd@acme.fr' }] });
  const dupe = await call(admin.core, 'contacts.create', { firstName: 'Jean', lastName: 'Dupond', emails: [{ label: 'work', address: 'JD@acme.fr' }] });
  const tag = await call(admin.core, 'tags.create', { name: 'VIP', color: 'red' });
  await admin.sync();
  await lea.sync();
  return { acme, keep, dupe, tag };
}

describe('a merge between devices', () => {
  it('what another device linked offline to the merged contact ends on the survivor everywhere (merge synced first)', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const { acme, keep, dupe, tag } = await twoContacts(admin, lea);

    await call(admin.core, 'duplicates.merge', { entity: 'contact', survivorId: keep.id, mergedId: dupe.id });
    // Léa, offline, still sees the duplicate: she logs a call with it, links it to Acme and tags it.
    const logged = await call(lea.core, 'activities.create', { kind: 'call', subject: 'Appel Dupond', contactId: dupe.id });
    const link = await call(lea.core, 'links.add', { contactId: dupe.id, companyId: acme.id, role: 'Acheteur' });
    await call(lea.core, 'tags.assign', { entity: 'contact', recordIds: [dupe.id], tagId: tag.id });

    await admin.sync();
    await settle(lea, admin);

    for (const d of [admin, lea]) {
      expect(contactOf(d, 'activities', logged.id)).toBe(keep.id);
      expect(contactOf(d, 'contact_companies', link.id)).toBe(keep.id);
      const survivor = await call(d.core, 'contacts.get', { id: keep.id });
      expect(survivor.tags.map((item) => item.name)).toEqual(['VIP']);
      expect(survivor.companies.map((item) => item.companyName)).toEqual(['Acme SARL']);
      expect(d.core.db.prepare('SELECT deleted, merged_into FROM contacts WHERE id = ?').get(dupe.id)).toEqual({ deleted: 1, merged_into: keep.id });
      expect(d.core.db.prepare("SELECT count(*) FROM record_tags WHERE record_id = ? AND deleted = 0").pluck().get(dupe.id)).toBe(0);
    }
    expectSame(admin, lea);
  });

  it('the same when the offline link reaches the office before the merge does', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const { keep, dupe } = await twoContacts(admin, lea);

    await call(admin.core, 'duplicates.merge', { entity: 'contact', survivorId: keep.id, mergedId: dupe.id });
    const logged = await call(lea.core, 'activities.create', {
      kind: 'meeting',
      subject: 'Démonstration',
      timing: { allDay: false, start: '2027-03-22T09:00:00.000Z', end: '2027-03-22T10:00:00.000Z', timeZone: 'Europe/Paris' },
      attendees: [{ kind: 'contact', id: dupe.id }],
    });
    await lea.sync();
    await settle(admin, lea);

    for (const d of [admin, lea]) {
      const meeting = await call(d.core, 'activities.get', { id: logged.id });
      expect(meeting.attendees.map((attendee) => attendee.id)).toEqual([keep.id]);
    }
    expectSame(admin, lea);
  });

  it('an edit of the merged contact made offline after the merge goes to the survivor', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const { keep, dupe } = await twoContacts(admin, lea);
    await call(admin.core, 'duplicates.merge', { entity: 'contact', survivorId: keep.id, mergedId: dupe.id });
    await call(lea.core, 'contacts.update', { id: dupe.id, patch: { jobTitle: 'Responsable achats' } });
    await admin.sync();
    await settle(lea, admin);
    for (const d of [admin, lea]) expect((await call(d.core, 'contacts.get', { id: keep.id })).jobTitle).toBe('Responsable achats');
    expectSame(admin, lea);
  });

  it('two devices merging the pair both ways at once converge on one survivor, the same everywhere', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const { acme, keep, dupe } = await twoContacts(admin, lea);
    await call(admin.core, 'links.add', { contactId: dupe.id, companyId: acme.id, role: null });
    await admin.sync();
    await lea.sync();

    await call(admin.core, 'duplicates.merge', { entity: 'contact', survivorId: keep.id, mergedId: dupe.id });
    await call(lea.core, 'duplicates.merge', { entity: 'contact', survivorId: dupe.id, mergedId: keep.id });
    await settle(admin, lea);

    // The rule: in a cycle of merges, the record with the smallest id survives.
    const winner = [keep.id, dupe.id].sort()[0]!;
    const loser = winner === keep.id ? dupe.id : keep.id;
    for (const d of [admin, lea]) {
      expect(d.core.db.prepare('SELECT deleted, merged_into FROM contacts WHERE id = ?').get(winner)).toEqual({ deleted: 0, merged_into: null });
      expect(d.core.db.prepare('SELECT deleted, merged_into FROM contacts WHERE id = ?').get(loser)).toEqual({ deleted: 1, merged_into: winner });
      const live = d.core.db.prepare('SELECT contact_id FROM contact_companies WHERE deleted = 0').pluck().all();
      expect(live).toEqual([winner]);
    }
    expectSame(admin, lea);
  });

  it("a salesperson is told at once that a company with price lists is a manager's to merge (the office would refuse it)", async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const keep = await call(admin.core, 'companies.create', { name: 'Acme SARL' });
    const dupe = await call(admin.core, 'companies.create', { name: 'ACME' });
    const list = await call(admin.core, 'priceLists.save', { name: 'Grands comptes', currency: 'EUR' });
    await call(admin.core, 'priceLists.assign', { priceListId: list.id, companyId: dupe.id });
    await admin.sync();
    await lea.sync();

    const refused = await callError(lea.core, 'duplicates.merge', { entity: 'company', survivorId: keep.id, mergedId: dupe.id });
    expect(refused.code).toBe('forbidden');
    expect(lea.core.db.prepare('SELECT count(*) FROM change_log WHERE pushed = 0').pluck().get()).toBe(0);

    await call(admin.core, 'duplicates.merge', { entity: 'company', survivorId: keep.id, mergedId: dupe.id });
    await settle(admin, lea);
    expect((await call(lea.core, 'priceLists.list', { companyId: keep.id })).map((item) => item.id)).toContain(list.id);
    expect(lea.core.db.prepare("SELECT count(*) FROM sync_conflicts WHERE kind = 'rejected'").pluck().get()).toBe(0);
  });
});
