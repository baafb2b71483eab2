import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { fixture, inspect, planOf } from './helpers';

/** vCard files as phones and address books export them, imported as contacts end to end. */

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

type Stored = { first_name: string | null; last_name: string | null; civility: string | null; job_title: string | null; emails: string; phones: string; address: string | null; city: string | null; postcode: string | null; country: string | null; birthday: string | null; notes: string | null; company: string | null };

function stored(core: TestCore): Stored[] {
  return core.db
    .prepare(
      `SELECT c.first_name, c.last_name, c.civility, c.job_title, c.emails, c.phones, c.address, c.city, c.postcode, c.country, c.birthday, c.notes,
              (SELECT co.name FROM contact_companies l JOIN companies co ON co.id = l.company_id WHERE l.contact_id = c.id AND l.deleted = 0) AS company
         FROM contacts c WHERE c.deleted = 0 ORDER BY c.last_name`,
    )
    .all() as Stored[];
}

async function importCards(name: string) {
  const inspection = await inspect(core, name, fixture(name));
  const preview = await call(core, 'imports.preview', planOf(inspection));
  const result = await call(core, 'imports.run', planOf(inspection, { skipInvalid: true }));
  return { inspection, preview, result, contacts: stored(core) };
}

const phonesOf = (contact: Stored | undefined) => (JSON.parse(contact?.phones ?? '[]') as { label: string; e164: string }[]).map((phone) => `${phone.label} ${phone.e164}`);
const emailsOf = (contact: Stored | undefined) => (JSON.parse(contact?.emails ?? '[]') as { label: string; address: string }[]).map((email) => `${email.label} ${email.address}`);

describe('vCard imports', () => {
  it('Outlook 2.1: Windows-1252 charset, quoted-printable with soft line breaks, bare parameter types', async () => {
    const { inspection, contacts } = await importCards('outlook-2.1.vcf');
    expect(inspection).toMatchObject({ format: 'vcard', encoding: 'windows-1252', rowCount: 1 });
    const [renee] = contacts;
    expect(renee).toMatchObject({
      first_name: 'Renée',
      last_name: 'Lefèvre',
      job_title: 'Responsable des achats',
      address: "12, avenue de l'Europe, Bâtiment C",
      city: 'Villeurbanne',
      postcode: '69100',
      country: 'FR',
      notes: 'Rencontrée au salon Pollutec.\nPréfère être appelée le matin.',
      company: 'Société Générale des Eaux',
    });
    expect(phonesOf(renee)).toEqual(['mobile +33611223344', 'work +33472102030', 'fax +33472102031']);
    expect(emailsOf(renee)).toEqual(['other renee.lefevre@sge-eaux.fr']);
  });

  it('Android 2.1: UTF-8 quoted-printable names, a folded photo skipped, a birthday without its year said and left out', async () => {
    const { preview, contacts } = await importCards('android-2.1.vcf');
    expect(preview.counts).toMatchObject({ rows: 2, create: 2, invalid: 0 });
    expect(preview.issues).toEqual([{ line: 13, column: 'Date de naissance (BDAY)', columnIndex: 18, field: 'birthday', code: 'value_ignored', severity: 'warning', value: '--0312' }]);
    const etienne = contacts.find((contact) => contact.last_name === 'Étienne');
    expect(etienne).toMatchObject({ first_name: 'Jérôme', company: 'Boulangerie du Coin', birthday: null });
    expect(phonesOf(etienne)).toEqual(['mobile +33698765432', 'home +33145678910']);
    expect(emailsOf(etienne)).toEqual(['home jerome.etienne@gmail.com']);
    expect(contacts.find((contact) => contact.last_name === 'Nguyen')).toMatchObject({ first_name: 'Lan', birthday: null });
  });

  it('Apple 3.0: grouped properties (item1.EMAIL), escaped commas and new lines, civility from N', async () => {
    const { contacts } = await importCards('apple-3.0.vcf');
    const [chloe] = contacts;
    expect(chloe).toMatchObject({
      civility: 'mrs',
      first_name: 'Chloé',
      last_name: 'Moreau',
      job_title: 'Gérante',
      company: 'Atelier Moreau, Fils & Cie',
      address: '3 place de la Bourse',
      city: 'Bordeaux',
      birthday: '1984-07-21',
      notes: 'Cliente depuis 2019\nRelancer en septembre, avant la rentrée.',
    });
    expect(emailsOf(chloe)).toEqual(['home chloe.moreau@icloud.com', 'other chloe@atelier-moreau.fr']);
    expect(phonesOf(chloe)).toEqual(['mobile +33612345678', 'work +33556001122']);
  });

  it('Google 3.0: typed e-mails; a card without any name is refused at its line', async () => {
    const { preview, result, contacts } = await importCards('google-3.0.vcf');
    expect(preview.issues).toEqual([{ line: 16, column: null, columnIndex: null, field: null, code: 'required', severity: 'error', value: null }]);
    expect(result).toMatchObject({ created: 1, invalid: 1 });
    expect(contacts[0]).toMatchObject({ first_name: 'Thomas', last_name: 'Girard', birthday: '1979-02-03', company: 'Girard BTP', city: 'Lille' });
    expect(emailsOf(contacts[0])).toEqual(['work thomas.girard@girard-btp.fr', 'other tgirard@gmail.com']);
  });

  it('4.0: tel: URIs with quoted type lists, a British address and phone numbers', async () => {
    const { contacts } = await importCards('vcard-4.0.vcf');
    const [sarah] = contacts;
    expect(sarah).toMatchObject({ civility: 'dr', first_name: 'Sarah', last_name: 'O’Brien', country: 'GB', postcode: 'SE1 7EH', birthday: '1986-09-04', company: 'St Thomas’ Hospital' });
    expect(phonesOf(sarah)).toEqual(['mobile +447911123456', 'work +442071887188']);
  });

  it('imports the cards of an address book as companies too (ORG is the name)', async () => {
    const inspection = await inspect(core, 'apple-3.0.vcf', fixture('apple-3.0.vcf'), 'company');
    expect(inspection.suggestedMapping.filter((field) => field !== null)).toEqual(expect.arrayContaining(['name', 'website', 'emailWork', 'city']));
    await call(core, 'imports.run', planOf(inspection));
    const company = core.db.prepare('SELECT name, website, addresses FROM companies WHERE deleted = 0').get() as { name: string; website: string; addresses: string };
    expect(company).toMatchObject({ name: 'Atelier Moreau, Fils & Cie', website: 'https://atelier-moreau.fr' });
    expect(JSON.parse(company.addresses)).toEqual([{ kind: 'head_office', street: '3 place de la Bourse', postcode: '33000', city: 'Bordeaux', country: 'FR' }]);
  });
});
