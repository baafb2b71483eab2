import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
const ids: Record<string, string> = {};
beforeAll(async () => {
  core = openTestCore();
  const company = await call(core, 'companies.create', { name: 'Crédit Agricole Rhône', addresses: [{ city: 'Lyon', postcode: '69003' }], legalId: '552 120 222 00013' });
  ids.company = company.id;
  ids.helene = (await call(core, 'contacts.create', {
    firstName: 'Hélène',
    lastName: 'Lefèvre',
    jobTitle: 'Directrice financière',
    emails: [{ address: 'h.lefevre@ca-rhone.fr' }],
    phones: [{ number: '06 12 34 56 78' }],
    city: 'Lyon',
    company: { companyId: company.id, role: 'DAF' },
  })).id;
  ids.francois = (await call(core, 'contacts.create', { firstName: 'François', lastName: "D'Arc", city: 'Orléans' })).id;
});
afterEach(() => undefined);

describe('global search', () => {
  const found = async (q: string) => (await call(core, 'search.global', { q })).map((hit) => hit.id);

  it.each([
    ['a fragment without accents', 'helene lef', 'helene'],
    ['upper case with accents', 'LEFÈVRE', 'helene'],
    ['a first-name prefix', 'fran', 'francois'],
    ['an apostrophe name', "d'arc", 'francois'],
    ['an email fragment', 'ca-rhone', 'helene'],
    ['an email local part', 'h.lefevre', 'helene'],
    ['a phone as typed nationally', '06 12 34', 'helene'],
    ['a phone in international form', '+33 6 12 34 56 78', 'helene'],
    ['the end of a phone number', '345678', 'helene'],
    ['the company name on the contact', 'credit agricole helene', 'helene'],
    ['a company by city', 'rhone lyon', 'company'],
    ['a company by SIRET', '55212022200013', 'company'],
  ])('finds by %s ("%s")', async (_label, q, who) => {
    expect(await found(q)).toContain(ids[who]);
  });

  it.each(['Dupont AND', '"urgent', '*', 'NEAR(', 'a OR b', '-', "'", ')', '^', ':', 'col:val', '""', '\\', '   ', 'x'.repeat(200)])(
    'never throws on FTS syntax typed by a user: %s',
    async (q) => {
      await expect(call(core, 'search.global', { q })).resolves.toBeInstanceOf(Array);
      await expect(call(core, 'contacts.list', { filters: { q } })).resolves.toHaveProperty('rows');
    },
  );

  it('answers a fragment matching thousands of records quickly, names first, without ranking them all', async () => {
    const { write } = await import('../../../../src-main/core/transactions');
    const { insertRecord } = await import('../../../../src-main/db/write-path');
    const { v7 } = await import('uuid');
    write(core, (tx) => {
      for (let i = 0; i < 1100; i++) insertRecord(tx, 'companies', v7(), { name: `Boulangerie ${i} SARL`, owner_id: core.userId });
      insertRecord(tx, 'contacts', v7(), { last_name: 'Témoin', job_title: 'Gérant de sarl', owner_id: core.userId });
    });
    const results = await call(core, 'search.global', { q: 'sarl', limit: 20 });
    expect(results).toHaveLength(20);
    expect(results.every((hit) => hit.entity === 'company' && hit.title.includes('SARL'))).toBe(true);
  });

  it('follows renames: a renamed company finds its contacts under the new name only', async () => {
    await call(core, 'companies.update', { id: ids.company!, patch: { name: 'Banque Populaire' } });
    expect(await found('banque populaire helene')).toContain(ids.helene);
    expect(await found('credit agricole helene')).not.toContain(ids.helene);
  });
});

describe('record history', () => {
  it('says who changed which field when, from which device, with the value before and after', async () => {
    await call(core, 'contacts.update', { id: ids.francois!, patch: { city: 'Rouen' } });
    await call(core, 'contacts.update', { id: ids.francois!, patch: { city: 'Reims', jobTitle: 'Pucelle' } });
    const history = await call(core, 'history.list', { entity: 'contact', id: ids.francois! });
    const cityChanges = history.filter((entry) => entry.field === 'city').map((entry) => [entry.before, entry.after]);
    expect(cityChanges).toEqual([
      ['Rouen', 'Reims'],
      ['Orléans', 'Rouen'],
      [null, 'Orléans'],
    ]);
    const latest = history[0]!;
    expect(latest.user?.id).toBe(core.userId);
    expect(latest.deviceId).toBe(core.deviceId);
    const sameTxn = history.filter((entry) => entry.txnId === latest.txnId).map((entry) => entry.field).sort();
    expect(sameTxn).toEqual(['city', 'jobTitle']);
  });

  it('includes company links and tags of the record', async () => {
    const tag = await call(core, 'tags.create', { name: 'Historique' });
    await call(core, 'tags.assign', { entity: 'contact', recordIds: [ids.helene!], tagId: tag.id });
    const history = await call(core, 'history.list', { entity: 'contact', id: ids.helene! });
    expect(history.some((entry) => entry.field === 'tags' && entry.after === '+ Historique')).toBe(true);
    expect(history.some((entry) => entry.field === 'companies' && String(entry.after).startsWith('+ '))).toBe(true);
  });
});

describe('history of reference fields', () => {
  it('shows a parent company and an owner by name, not by id', async () => {
    const parent = await call(core, 'companies.create', { name: 'Maison Mère' });
    const child = await call(core, 'companies.create', { name: 'Filiale Sud' });
    await call(core, 'companies.update', { id: child.id, patch: { parentCompanyId: parent.id } });
    const history = await call(core, 'history.list', { entity: 'company', id: child.id });
    expect(history.find((entry) => entry.field === 'parentCompanyId')?.after).toBe('Maison Mère');
    const profile = await call(core, 'profile.get', {});
    expect(history.find((entry) => entry.field === 'ownerId')?.after).toBe(profile.user.displayName);
  });
});
