import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sourceRoot } from '../../../../src-main/core/paths';
import { labelLayout } from '../../../../src-main/documents/labels';
import { addressBlock, isDeliverable, mailingAddress, nameLine } from '../../../../src-main/documents/mail-merge-address';
import { letterDate, mergeValues, salutation, sharedValues, type MergeRecipient } from '../../../../src-main/documents/mail-merge-fields';
import { uniqueFileNames } from '../../../../src-main/documents/mail-merge-output';
import { labelSizes, labelsPerSheet, mergeFieldNames } from '../../../../src-shared/domain/mail-merge';

const noAddress = { street: null, postcode: null, city: null, country: null };

const recipient: MergeRecipient = {
  id: 'c1',
  civility: 'mrs',
  firstName: 'Hélène',
  lastName: 'Lefèvre',
  jobTitle: 'Acheteuse',
  email: 'helene@acme.fr',
  phone: '+33612345678',
  address: { street: '12 rue de la Paix', postcode: '69002', city: 'Lyon', country: 'FR' },
  company: { name: 'ACME', address: { street: '5 av. des Lilas', postcode: '1000', city: 'Bruxelles', country: 'BE' }, phone: null, email: null, website: 'https://acme.be' },
  owner: { name: 'Léa Martin', email: 'lea@office.fr' },
};

describe('the postal address', () => {
  it('is the contact’s own when it has a street, else the company’s, else what the contact has', () => {
    const company = recipient.company?.address ?? null;
    expect(mailingAddress(recipient.address, company)).toBe(recipient.address);
    expect(mailingAddress({ ...noAddress, city: 'Lyon' }, company)).toBe(company);
    expect(mailingAddress({ ...noAddress, city: 'Lyon' }, null)).toEqual({ ...noAddress, city: 'Lyon' });
    expect(mailingAddress(noAddress, { ...noAddress, city: 'Paris' })).toBeNull();
    expect(isDeliverable({ ...noAddress, city: 'Lyon' })).toBe(false);
    expect(isDeliverable({ ...noAddress, street: '1 rue', postcode: '69002' })).toBe(true);
    expect(isDeliverable({ ...noAddress, street: '  \n ', city: 'Lyon' })).toBe(false);
  });

  it('is written in the French postal order: name, company, street lines, POSTCODE CITY, COUNTRY abroad', () => {
    expect(addressBlock('Mme Hélène Lefèvre', 'ACME', { street: '12 rue de la Paix\n\nBât. B ', postcode: '69002', city: 'Lyon', country: 'FR' }, 'fr')).toEqual([
      'Mme Hélène Lefèvre',
      'ACME',
      '12 rue de la Paix',
      'Bât. B',
      '69002 LYON',
    ]);
    expect(addressBlock('Anne Rivière', null, { street: 'Rue Neuve 3', postcode: '1000', city: 'Bruxelles', country: 'BE' }, 'fr').slice(-2)).toEqual(['1000 BRUXELLES', 'BELGIQUE']);
    expect(addressBlock('Anne Rivière', null, { street: 'Rue Neuve 3', postcode: '1000', city: 'Bruxelles', country: 'BE' }, 'en').at(-1)).toBe('BELGIUM');
    expect(nameLine({ civility: 'mr', firstName: 'Jean', lastName: 'Dupont' }, 'fr')).toBe('M. Jean Dupont');
    expect(nameLine({ civility: 'prof', firstName: null, lastName: 'Curie' }, 'en')).toBe('Prof. Curie');
  });
});

describe('merge field values', () => {
  it('fills every field, in the letter’s language', () => {
    const values = mergeValues(recipient, { language: 'fr', today: '1er mars 2027', subject: 'Objet', body: 'Texte' });
    expect(Object.keys(values).sort()).toEqual([...mergeFieldNames].sort());
    expect(values).toMatchObject({
      'contact.civility': 'Mme',
      'contact.salutation': 'Madame',
      'contact.full_name': 'Hélène Lefèvre',
      'contact.phone': '06 12 34 56 78',
      'contact.country': 'France',
      'contact.address_block': 'Mme Hélène Lefèvre\nACME\n12 rue de la Paix\n69002 LYON',
      'company.country': 'Belgique',
      'owner.name': 'Léa Martin',
      today: '1er mars 2027',
    });
    expect(sharedValues({ language: 'fr', today: 'T', subject: 'S', body: 'B' })('contact.full_name')).toBe('');
    expect(sharedValues({ language: 'fr', today: 'T', subject: 'S', body: 'B' })('today')).toBe('T');
  });

  it('greets by civility, or without one', () => {
    expect(salutation({ civility: 'mr', firstName: 'Jean', lastName: 'Dupont' }, 'fr')).toBe('Monsieur');
    expect(salutation({ civility: null, firstName: 'Jean', lastName: 'Dupont' }, 'fr')).toBe('Madame, Monsieur');
    expect(salutation({ civility: 'dr', firstName: 'Jean', lastName: 'Dupont' }, 'en')).toBe('Dear Dr Dupont');
    expect(salutation({ civility: null, firstName: 'Jean', lastName: 'Dupont' }, 'en')).toBe('Dear Jean Dupont');
    expect(salutation({ civility: 'mrs', firstName: null, lastName: null }, 'en')).toBe('Dear Sir or Madam');
  });

  it('dates the letter as French letters do', () => {
    expect(letterDate(new Date(2027, 2, 1, 12).getTime(), 'fr')).toBe('1er mars 2027');
    expect(letterDate(new Date(2027, 2, 21, 12).getTime(), 'fr')).toBe('21 mars 2027');
    expect(letterDate(new Date(2027, 2, 1, 12).getTime(), 'en')).toBe('1 March 2027');
  });

  it('names the files of a .zip safely and once each, whatever the case', () => {
    expect(uniqueFileNames(['Hélène Lefèvre', 'hélène lefèvre', '', '../etc/passwd', 'a:b'], 'docx', 'Contact')).toEqual([
      'Hélène Lefèvre.docx',
      'hélène lefèvre (2).docx',
      'Contact.docx',
      '_etc_passwd.docx',
      'a_b.docx',
    ]);
  });
});

describe('label sheets', () => {
  const twips = (mm: number) => (mm * 1440) / 25.4;
  it.each(Object.entries(labelSizes))('%s fills an A4 sheet: columns and rows centred, room under them for no extra row', (_id, size) => {
    const layout = labelLayout(size);
    const width = 2 * layout.side + size.columns * layout.labelWidth + (size.columns - 1) * layout.gap;
    expect(Math.abs(width - twips(210))).toBeLessThan(3);
    expect(Math.abs(2 * layout.top + size.rows * layout.labelHeight - twips(297))).toBeLessThan(3);
    const content = twips(297) - layout.top - layout.bottom;
    expect(content).toBeGreaterThan(size.rows * layout.labelHeight + 20);
    expect(content).toBeLessThan((size.rows + 1) * layout.labelHeight);
    expect(layout.side).toBeGreaterThan(0);
  });

  it('knows how many labels each sheet holds', () => {
    expect(Object.fromEntries(Object.entries(labelSizes).map(([id, size]) => [id, labelsPerSheet(size)]))).toEqual({ L7160: 21, L7161: 18, L7162: 16, L7163: 14, L7165: 8, L7173: 10 });
  });
});

describe('the templates README', () => {
  it('documents every merge field and every label size, and no field the CRM does not fill', () => {
    const readme = readFileSync(join(sourceRoot, 'resources', 'templates', 'README.md'), 'utf8');
    const mailMerge = readme.slice(readme.indexOf('\n# Mail merge letters'));
    expect(mailMerge.length).toBeGreaterThan(1000);
    const documented = [...mailMerge.matchAll(/`\{\{([\w.]+)\}\}`/g)].map((match) => match[1]);
    expect(new Set(documented)).toEqual(new Set(mergeFieldNames));
    for (const size of Object.keys(labelSizes)) expect(mailMerge).toContain(`| ${size} | ${labelsPerSheet(labelSizes[size as keyof typeof labelSizes])} (`);
  });
});
