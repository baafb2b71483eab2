import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, openTestCore, snapshotTables, type TestCore } from '../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

describe('companies', () => {
  it('creates a company with addresses, a normalised website, a valid SIRET, and lists its city and contact count', async () => {
    const company = await call(core, 'companies.create', {
      name: 'Société des Eaux',
      legalId: '732 829 320 00074',
      website: 'eaux.fr',
      size: '50-249',
      industry: 'Énergie',
      addresses: [{ kind: 'head_office', street: '1 rue de la Paix', postcode: '75002', city: 'Paris', country: 'FR' }],
      phones: [{ number: '01 42 68 53 00', label: 'work' }],
    });
    expect(company.website).toBe('https://eaux.fr');
    expect(company.phones[0]?.e164).toBe('+33142685300');
    await call(core, 'contacts.create', { lastName: 'Employé', company: { companyId: company.id, role: 'Technicien' } });
    const list = await call(core, 'companies.list', { filters: { industry: 'energie' } });
    expect(list.rows).toMatchObject([{ name: 'Société des Eaux', city: 'Paris', contactCount: 1 }]);
    const detail = await call(core, 'companies.get', { id: company.id });
    expect(detail.contacts).toMatchObject([{ contactName: 'Employé', role: 'Technicien' }]);
  });

  it('refuses a SIRET whose checksum fails, a javascript: website, and a parent cycle', async () => {
    const before = snapshotTables(core);
    expect((await callError(core, 'companies.create', { name: 'X', legalId: '732 829 320 00075' })).field).toBe('legalId');
    expect((await callError(core, 'companies.create', { name: 'X', website: 'javascript:alert(1)' })).field).toBe('website');
    expect((await callError(core, 'companies.create', { legalId: '123' })).field).toBe('name');
    expect(snapshotTables(core)).toEqual(before);

    const group = await call(core, 'companies.create', { name: 'Groupe' });
    const branch = await call(core, 'companies.create', { name: 'Filiale', parentCompanyId: group.id });
    const shop = await call(core, 'companies.create', { name: 'Boutique', parentCompanyId: branch.id });
    const cycle = await callError(core, 'companies.update', { id: group.id, patch: { parentCompanyId: shop.id } });
    expect(cycle.issues?.[0]).toMatchObject({ path: 'parentCompanyId', code: 'cycle' });
    const groupDetail = await call(core, 'companies.get', { id: group.id });
    expect(groupDetail.subsidiaries.map((c) => c.name)).toEqual(['Filiale']);
    expect((await call(core, 'companies.get', { id: shop.id })).parent?.name).toBe('Filiale');
  });

  it('deleting a company keeps its contacts, hides the link while deleted, and restoring brings it back', async () => {
    const company = await call(core, 'companies.create', { name: 'Éphémère SARL' });
    const contact = await call(core, 'contacts.create', { lastName: 'Fidèle', company: { companyId: company.id } });
    await call(core, 'companies.delete', { ids: [company.id] });
    expect((await call(core, 'contacts.get', { id: contact.id })).companies).toEqual([]);
    expect((await call(core, 'contacts.list', {})).rows[0]?.companyName).toBeNull();
    await call(core, 'companies.restore', { ids: [company.id] });
    expect((await call(core, 'contacts.get', { id: contact.id })).companies[0]?.companyName).toBe('Éphémère SARL');
  });
});

describe('tags and saved views', () => {
  it('tags records idempotently, counts usage, refuses duplicate names, and filters lists', async () => {
    const tag = await call(core, 'tags.create', { name: 'Partenaire', color: 'green' });
    expect((await callError(core, 'tags.create', { name: 'partenaire' })).issues?.[0]?.code).toBe('duplicate');
    const a = await call(core, 'contacts.create', { lastName: 'A' });
    const b = await call(core, 'contacts.create', { lastName: 'B' });
    expect((await call(core, 'tags.assign', { entity: 'contact', recordIds: [a.id, b.id], tagId: tag.id })).changed).toBe(2);
    expect((await call(core, 'tags.assign', { entity: 'contact', recordIds: [a.id], tagId: tag.id })).changed).toBe(0);
    expect((await call(core, 'tags.list', {}))[0]).toMatchObject({ name: 'Partenaire', usage: 2 });
    await call(core, 'tags.unassign', { entity: 'contact', recordIds: [b.id], tagId: tag.id });
    expect((await call(core, 'contacts.list', { filters: { tagIds: [tag.id] } })).rows.map((r) => r.lastName)).toEqual(['A']);
    // The same tag on the same record is the same row, whichever device adds it.
    expect(core.db.prepare('SELECT count(*) FROM record_tags').pluck().get()).toBe(2);
    await call(core, 'tags.update', { id: tag.id, patch: { name: 'Partenaires' } });
    expect((await call(core, 'contacts.get', { id: a.id })).tags[0]?.name).toBe('Partenaires');
    await call(core, 'tags.delete', { id: tag.id });
    expect((await call(core, 'contacts.get', { id: a.id })).tags).toEqual([]);
  });

  it('saves, lists, updates and deletes a view of the contacts list', async () => {
    const state = { sort: { field: 'city', dir: 'desc' as const }, filters: { city: 'Lyon' }, columns: ['name', 'city', 'company'] };
    const view = await call(core, 'views.save', { entity: 'contact', name: 'Lyonnais', state });
    expect(await call(core, 'views.list', { entity: 'contact' })).toEqual([view]);
    expect(await call(core, 'views.list', { entity: 'company' })).toEqual([]);
    const renamed = await call(core, 'views.save', { id: view.id, entity: 'contact', name: 'Clients lyonnais', state });
    expect(renamed.name).toBe('Clients lyonnais');
    await call(core, 'views.delete', { id: view.id });
    expect(await call(core, 'views.list', { entity: 'contact' })).toEqual([]);
  });
});
