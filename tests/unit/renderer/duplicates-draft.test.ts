import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../../src-shared/i18n';
import { emptyCompanyDraft, newAddress } from '../../../src-renderer/lib/company-draft';
import { emptyContactDraft } from '../../../src-renderer/lib/contact-draft';
import { newEmail, newPhone } from '../../../src-renderer/lib/entry-drafts';
import { companyDuplicateDraft, contactDuplicateDraft, hasDuplicateClues } from '../../../src-renderer/components/duplicates/duplicate-draft';
import { evidenceText, linkedCountsText, reasonsText, recordContext, scoreLevel, scorePercent } from '../../../src-renderer/components/duplicates/duplicate-text';

beforeAll(async () => {
  await i18next.init({ resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const owner = '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8d';
const company = { id: '01939b2c-7d3e-7a1b-8c2d-3e4f5a6b7c8e', name: 'ACME' };

describe('what a form asks the duplicate check', () => {
  it('a contact: names, the filled e-mails and phones, its company and city', () => {
    const draft = {
      ...emptyContactDraft(owner, company),
      firstName: ' Hélène ',
      lastName: 'Dupont',
      emails: [{ ...newEmail(), address: ' helene@acme.fr ' }, newEmail()],
      phones: [newPhone(), { ...newPhone(), number: '06 12 34 56 78' }],
      city: 'Lyon',
      country: 'fr',
    };
    expect(contactDuplicateDraft(draft)).toEqual({
      firstName: 'Hélène',
      lastName: 'Dupont',
      emails: ['helene@acme.fr'],
      phones: ['06 12 34 56 78'],
      country: 'FR',
      city: 'Lyon',
      companyId: company.id,
      companyName: 'ACME',
    });
  });

  it('a company: name, legal id, website, and the city of its first address that has one', () => {
    const draft = { ...emptyCompanyDraft(owner, 'ACME SAS'), legalId: '552 100 554 00012', addresses: [newAddress(), { ...newAddress('billing'), city: 'Lyon' }] };
    expect(companyDuplicateDraft(draft)).toMatchObject({ name: 'ACME SAS', legalId: '552 100 554 00012', city: 'Lyon', country: 'FR', website: null, emails: [], phones: [] });
  });

  it('an empty form, or a single letter, asks nothing; a name, an e-mail or a phone does', () => {
    expect(hasDuplicateClues(contactDuplicateDraft(emptyContactDraft(owner)))).toBe(false);
    expect(hasDuplicateClues({ lastName: 'D' })).toBe(false);
    expect(hasDuplicateClues({ lastName: 'Du' })).toBe(true);
    expect(hasDuplicateClues({ emails: ['h@acme.fr'] })).toBe(true);
    expect(hasDuplicateClues({ phones: ['06 12'] })).toBe(false);
    expect(hasDuplicateClues({ phones: ['06 12 34'] })).toBe(true);
    expect(hasDuplicateClues({ legalId: '552100554' })).toBe(true);
  });
});

describe('why two records look alike, in words', () => {
  it('says the reasons, the shared value (phones as written in France), and where a record is', () => {
    const t = i18next.t.bind(i18next);
    expect(reasonsText(t, ['same_email', 'same_city'])).toBe('même e-mail, même ville');
    expect(evidenceText(t, { reason: 'same_phone', value: '+33612345678' })).toBe('même téléphone : 06 12 34 56 78');
    expect(recordContext({ companyName: 'ACME', city: 'Lyon' })).toBe('ACME, Lyon');
    expect(recordContext({ companyName: null, city: ' ' })).toBe('');
  });

  it('counts what hangs off a record, the kinds it has only', () => {
    const t = i18next.t.bind(i18next);
    const counts = { activities: 3, deals: 1, quotes: 0, tags: 2, relations: 0, links: 2, subsidiaries: 0, priceLists: 0 };
    expect(linkedCountsText(t, 'contact', counts)).toBe('3 activités, 1 affaire, 2 étiquettes, 2 sociétés liées');
    expect(linkedCountsText(t, 'company', { ...counts, activities: 0, tags: 0 })).toBe('1 affaire, 2 personnes');
    expect(linkedCountsText(t, 'company', { ...counts, activities: 0, deals: 0, tags: 0, links: 0 })).toBe('');
  });

  it('shows how sure a match is', () => {
    expect(scorePercent('en', 0.923)).toBe('92%');
    expect(scorePercent('fr', 0.923).replace(/\s/g, ' ')).toBe('92 %');
    expect([scoreLevel(0.95), scoreLevel(0.75), scoreLevel(0.5)]).toEqual(['high', 'medium', 'low']);
  });
});
