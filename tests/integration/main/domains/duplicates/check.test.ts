import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const ids = (candidates: { record: { id: string } }[]) => candidates.map((candidate) => candidate.record.id);

describe('possible duplicates while typing a new contact', () => {
  async function base() {
    const acme = await call(core, 'companies.create', { name: 'Acme SARL' });
    const jean = await call(core, 'contacts.create', {
      firstName: 'Jean',
      lastName: 'Dupont',
      city: 'Lyon',
      emails: [{ label: 'work', address: 'jean.dupont@acme.fr' }],
      phones: [{ label: 'mobile', number: '06 12 34 56 78' }],
    });
    const durand = await call(core, 'contacts.create', { firstName: 'Jean', lastName: 'Durand', city: 'Lyon' });
    const jeanne = await call(core, 'contacts.create', { firstName: 'Jeanne', lastName: 'Martin', city: 'Paris', emails: [{ label: 'work', address: 'contact@acme.fr' }] });
    const paul = await call(core, 'contacts.create', { firstName: 'Paul', lastName: 'Lefebvre', company: { companyId: acme.id, role: null } });
    return { acme, jean, durand, jeanne, paul };
  }

  it('finds the same e-mail however it is typed, and the same phone in any format', async () => {
    const { jean } = await base();
    const byEmail = await call(core, 'duplicates.check', { entity: 'contact', draft: { lastName: 'X', emails: ['  JEAN.Dupont@Acme.fr '] } });
    expect(ids(byEmail)).toEqual([jean.id]);
    expect(byEmail[0]?.reasons).toContain('same_email');
    expect(byEmail[0]?.evidence).toContainEqual({ reason: 'same_email', value: 'jean.dupont@acme.fr' });
    expect(byEmail[0]?.record).toMatchObject({ displayName: 'Jean Dupont', city: 'Lyon', email: 'jean.dupont@acme.fr', phone: '+33612345678' });
    const byPhone = await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'Jean', lastName: 'Dupont', phones: ['+33 6 12 34 56 78'] } });
    expect(ids(byPhone)).toEqual([jean.id]);
    expect(byPhone[0]?.reasons).toEqual(['same_phone', 'same_name']);
  });

  it('finds a similar name in the same city or company, and not unrelated people', async () => {
    const { jean, paul, acme } = await base();
    const sameCity = await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'jean', lastName: 'Dupond', city: 'lyon' } });
    expect(ids(sameCity)).toEqual([jean.id]);
    expect(sameCity[0]?.reasons).toEqual(['similar_name', 'same_city']);
    // Another city: a namesake, not a duplicate.
    expect(await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'Jean', lastName: 'Dupond', city: 'Paris' } })).toEqual([]);
    const sameCompany = await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'Paul', lastName: 'Lefèvre', companyId: acme.id } });
    expect(ids(sameCompany)).toEqual([paul.id]);
    expect(sameCompany[0]?.evidence).toContainEqual({ reason: 'same_company', value: 'Acme SARL' });
    const byCompanyName = await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'Paul', lastName: 'Lefebvre', companyName: 'ACME S.A.S.' } });
    expect(ids(byCompanyName)).toEqual([paul.id]);
    // A shared mailbox does not make people the same; nor a first name.
    expect(await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'Marc', lastName: 'Petit', emails: ['contact@acme.fr'] } })).toEqual([]);
    expect(await call(core, 'duplicates.check', { entity: 'contact', draft: { firstName: 'Jean', lastName: 'Moreau', city: 'Lyon' } })).toEqual([]);
  });

  it('never offers the record being edited, nor a deleted one', async () => {
    const { jean } = await base();
    const draft = { firstName: 'Jean', lastName: 'Dupont', city: 'Lyon', emails: ['jean.dupont@acme.fr'] };
    expect(await call(core, 'duplicates.check', { entity: 'contact', draft, excludeId: jean.id })).toEqual([]);
    await call(core, 'contacts.delete', { ids: [jean.id] });
    expect(await call(core, 'duplicates.check', { entity: 'contact', draft })).toEqual([]);
    await call(core, 'contacts.restore', { ids: [jean.id] });
    expect(ids(await call(core, 'duplicates.check', { entity: 'contact', draft }))).toEqual([jean.id]);
  });

  it('follows edits: a changed e-mail is found under its new value only', async () => {
    const { jean } = await base();
    await call(core, 'contacts.update', { id: jean.id, patch: { emails: [{ label: 'work', address: 'j.dupont@beta.fr' }] } });
    expect(await call(core, 'duplicates.check', { entity: 'contact', draft: { lastName: 'X', emails: ['jean.dupont@acme.fr'] } })).toEqual([]);
    expect(ids(await call(core, 'duplicates.check', { entity: 'contact', draft: { lastName: 'X', emails: ['j.dupont@beta.fr'] } }))).toEqual([jean.id]);
  });
});

describe('possible duplicates while typing a new company', () => {
  it('finds the same name without its legal form, the same SIRET or SIREN, the same website', async () => {
    const acme = await call(core, 'companies.create', {
      name: 'Acme SARL',
      legalId: '732 829 320 00074',
      website: 'www.acme.fr',
      addresses: [{ kind: 'head_office', city: 'Lyon' }],
    });
    await call(core, 'companies.create', { name: 'Acme Est', addresses: [{ kind: 'head_office', city: 'Nancy' }] });
    const byName = await call(core, 'duplicates.check', { entity: 'company', draft: { name: 'ACME S.A.S.' } });
    expect(ids(byName)).toEqual([acme.id]);
    expect(byName[0]?.reasons).toEqual(['same_name']);
    expect(await call(core, 'duplicates.check', { entity: 'company', draft: { name: 'Acme', city: 'Marseille' } })).toEqual([]);
    expect(ids(await call(core, 'duplicates.check', { entity: 'company', draft: { name: 'Acmé Industrie', city: 'lyon', legalId: '73282932000074' } }))).toEqual([acme.id]);
    const otherEstablishment = await call(core, 'duplicates.check', { entity: 'company', draft: { name: 'Acme Ouest', legalId: '732829320 00082' } });
    expect(otherEstablishment[0]?.reasons).toContain('same_siren');
    expect(ids(await call(core, 'duplicates.check', { entity: 'company', draft: { name: 'Acme France', website: 'https://acme.fr/fr' } }))).toEqual([acme.id]);
    const typo = await call(core, 'duplicates.check', { entity: 'company', draft: { name: 'Acmee', city: 'Lyon' } });
    expect(typo[0]?.reasons).toEqual(['similar_name', 'same_city']);
  });
});
