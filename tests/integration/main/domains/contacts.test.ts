import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, openTestCore, snapshotTables, type TestCore } from '../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

describe('contacts', () => {
  it('creates a contact with its phones in E.164 plus as typed, its company link and tags, and reads it back whole', async () => {
    const tag = await call(core, 'tags.create', { name: 'Prospect', color: 'blue' });
    const company = await call(core, 'companies.create', { name: 'Boulangerie Dupain' });
    const contact = await call(core, 'contacts.create', {
      civility: 'mrs',
      firstName: '  Hélène ',
      lastName: 'Lefèvre',
      emails: [{ label: 'work', address: 'Helene.Lefevre@Dupain.FR' }],
      phones: [{ label: 'mobile', number: '06 12 34 56 78' }, { label: 'work', number: '+44 20 7946 0958' }],
      birthday: '1980-02-29',
      consentEmail: 'refused',
      company: { companyId: company.id, role: 'Gérante' },
      tagIds: [tag.id],
    });
    expect(contact.firstName).toBe('Hélène');
    expect(contact.displayName).toBe('Hélène Lefèvre');
    expect(contact.emails).toEqual([{ label: 'work', address: 'helene.lefevre@dupain.fr' }]);
    expect(contact.phones).toEqual([
      { label: 'mobile', raw: '06 12 34 56 78', e164: '+33612345678' },
      { label: 'work', raw: '+44 20 7946 0958', e164: '+442079460958' },
    ]);
    expect(contact.companies).toMatchObject([{ companyId: company.id, companyName: 'Boulangerie Dupain', role: 'Gérante', isPrimary: true }]);
    expect(contact.tags.map((t) => t.name)).toEqual(['Prospect']);
    expect(contact.owner?.id).toBe(core.userId);
    expect(contact.consentEmail).toBe('refused');
    expect(contact.consentPhone).toBe('unknown');
  });

  it('lists contacts sorted accent-insensitively, paged, with a total, and filtered by text, tag, city, company, owner and dates', async () => {
    const vip = await call(core, 'tags.create', { name: 'VIP' });
    const acme = await call(core, 'companies.create', { name: 'Acme' });
    const names = ['Zola', 'Émile', 'Durand', 'Éluard', 'dupont', 'Bérénice'];
    for (const [i, lastName] of names.entries()) {
      await call(core, 'contacts.create', {
        lastName,
        city: i % 2 === 0 ? 'Lyon' : 'Saint-Étienne',
        ...(i < 2 ? { tagIds: [vip.id] } : {}),
        ...(i === 3 ? { company: { companyId: acme.id } } : {}),
      });
    }
    const all = await call(core, 'contacts.list', { sort: { field: 'name', dir: 'asc' } });
    expect(all.rows.map((row) => row.lastName)).toEqual(['Bérénice', 'dupont', 'Durand', 'Éluard', 'Émile', 'Zola']);
    expect(all.total).toBe(6);

    const page = await call(core, 'contacts.list', { offset: 2, limit: 2, withTotal: false });
    expect(page.rows.map((row) => row.lastName)).toEqual(['Durand', 'Éluard']);
    expect(page.total).toBeNull();

    const desc = await call(core, 'contacts.list', { sort: { field: 'name', dir: 'desc' }, limit: 1 });
    expect(desc.rows[0]?.lastName).toBe('Zola');

    const byText = await call(core, 'contacts.list', { filters: { q: 'emi' } });
    expect(byText.rows.map((row) => row.lastName)).toEqual(['Émile']);
    const byTag = await call(core, 'contacts.list', { filters: { tagIds: [vip.id] } });
    expect(byTag.rows.map((row) => row.lastName).sort()).toEqual(['Zola', 'Émile'].sort());
    const byCity = await call(core, 'contacts.list', { filters: { city: 'saint-eti' } });
    expect(byCity.total).toBe(3);
    const byCompany = await call(core, 'contacts.list', { filters: { companyId: acme.id } });
    expect(byCompany.rows.map((row) => [row.lastName, row.companyName])).toEqual([['Éluard', 'Acme']]);
    const byOwner = await call(core, 'contacts.list', { filters: { ownerIds: [core.userId] } });
    expect(byOwner.total).toBe(6);
    const future = await call(core, 'contacts.list', { filters: { created: { from: '2999-01-01' } } });
    expect(future.total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    const createdToday = await call(core, 'contacts.list', { filters: { created: { from: today, to: today } } });
    expect(createdToday.total).toBe(6);
  });

  it('deletes softly and restores (undo), and deleted contacts leave lists and search', async () => {
    const contact = await call(core, 'contacts.create', { firstName: 'Gaëlle', lastName: 'Rivière' });
    await call(core, 'contacts.delete', { ids: [contact.id] });
    expect((await call(core, 'contacts.list', {})).total).toBe(0);
    expect(await call(core, 'search.global', { q: 'gaelle' })).toEqual([]);
    expect((await call(core, 'contacts.list', { filters: { deleted: true } })).total).toBe(1);
    await call(core, 'contacts.restore', { ids: [contact.id] });
    expect((await call(core, 'contacts.list', {})).total).toBe(1);
    expect((await call(core, 'search.global', { q: 'gaelle' }))[0]?.id).toBe(contact.id);
  });

  it('links a contact to several companies over time, with one primary', async () => {
    const contact = await call(core, 'contacts.create', { lastName: 'Nomade' });
    const first = await call(core, 'companies.create', { name: 'Ancienne Boîte' });
    const second = await call(core, 'companies.create', { name: 'Nouvelle Boîte' });
    await call(core, 'links.add', { contactId: contact.id, companyId: first.id, role: 'Commercial', startDate: '2019-01-01', endDate: '2023-12-31' });
    const current = await call(core, 'links.add', { contactId: contact.id, companyId: second.id, role: 'Directeur', startDate: '2024-01-01', isPrimary: true });
    const detail = await call(core, 'contacts.get', { id: contact.id });
    expect(detail.companies.map((link) => link.companyName)).toEqual(['Nouvelle Boîte', 'Ancienne Boîte']);
    const row = (await call(core, 'contacts.list', {})).rows[0];
    expect(row?.companyName).toBe('Nouvelle Boîte');
    const bad = await callError(core, 'links.update', { id: current.id, patch: { endDate: '2020-01-01' } });
    expect(bad.field).toBe('endDate');
    await call(core, 'links.remove', { id: current.id });
    expect((await call(core, 'contacts.get', { id: contact.id })).companies).toHaveLength(1);
  });

  it('relates contacts in both directions and refuses a contact related to itself', async () => {
    const boss = await call(core, 'contacts.create', { lastName: 'Chef' });
    const report = await call(core, 'contacts.create', { lastName: 'Adjoint' });
    const relation = await call(core, 'relations.add', { fromContactId: report.id, toContactId: boss.id, kind: 'reports_to' });
    expect(relation).toMatchObject({ direction: 'outgoing', otherName: 'Chef', kind: 'reports_to' });
    const bossSide = await call(core, 'contacts.get', { id: boss.id });
    expect(bossSide.relations).toMatchObject([{ direction: 'incoming', otherName: 'Adjoint' }]);
    expect((await callError(core, 'relations.add', { fromContactId: boss.id, toContactId: boss.id, kind: 'colleague' })).field).toBe('toContactId');
    await call(core, 'relations.remove', { id: relation.id });
    expect((await call(core, 'contacts.get', { id: boss.id })).relations).toEqual([]);
  });
});

describe('bad input to contacts', () => {
  const cases: [string, string, unknown, string][] = [
    ['an invalid email', 'contacts.create', { lastName: 'X', emails: [{ address: 'pas-un-email' }] }, 'emails.0.address'],
    ['an invalid phone', 'contacts.create', { lastName: 'X', phones: [{ number: '12' }] }, 'phones.0.number'],
    ['an unknown field', 'contacts.create', { lastName: 'X', nickname: 'x' }, 'nickname'],
    ['a wrong type', 'contacts.create', { lastName: 42 }, 'lastName'],
    ['an over-long string', 'contacts.create', { lastName: 'x'.repeat(101) }, 'lastName'],
    ['no name at all', 'contacts.create', { jobTitle: 'Sans nom' }, 'lastName'],
    ['an impossible date', 'contacts.create', { lastName: 'X', birthday: '2026-02-30' }, 'birthday'],
    ['a bad country', 'contacts.create', { lastName: 'X', country: 'France' }, 'country'],
    ['an id that is not a UUID', 'contacts.get', { id: "1' OR '1'='1" }, 'id'],
    ['an unknown owner', 'contacts.create', { lastName: 'X', ownerId: '01890000-0000-7000-8000-000000000000' }, 'ownerId'],
    ['too many emails', 'contacts.create', { lastName: 'X', emails: Array.from({ length: 11 }, (_, i) => ({ address: `a${i}@b.fr` })) }, 'emails'],
  ];
  it.each(cases)('%s is refused with a typed error naming the field, and nothing is written', async (_label, name, input, field) => {
    const before = snapshotTables(core);
    const error = await callError(core, name, input);
    expect(error.code).toBe('validation');
    expect(error.field).toBe(field);
    expect(snapshotTables(core)).toEqual(before);
  });

  it('refuses an unknown command and a non-object input', async () => {
    expect((await callError(core, 'contacts.drop', {})).code).toBe('unknown_command');
    expect((await callError(core, 'contacts.create', 'Dupont')).code).toBe('validation');
  });

  it('an update of a contact that does not exist is not found, and an invalid phone in an update names the field', async () => {
    expect((await callError(core, 'contacts.update', { id: '01890000-0000-7000-8000-000000000000', patch: { city: 'Lyon' } })).code).toBe('not_found');
    const contact = await call(core, 'contacts.create', { lastName: 'Valide' });
    const before = snapshotTables(core);
    const error = await callError(core, 'contacts.update', { id: contact.id, patch: { city: 'Paris', phones: [{ number: '+33 1' }] } });
    expect(error.field).toBe('phones.0.number');
    expect(snapshotTables(core)).toEqual(before);
  });
});
