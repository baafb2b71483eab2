import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { catalogues } from '../../../src-shared/i18n';
import { fr } from '../../../src-shared/i18n/fr';
import type { Groups } from '../../../src-shared/domain/sync';
import { contactColumns } from '../../../src-main/domains/contacts/mapping';
import { companyColumns } from '../../../src-main/domains/companies/mapping';
import { deviceText, reviewFieldLabel, reviewValueText } from '../../../src-renderer/screens/SyncReview/review-text';

const groups: Groups = { teams: [{ id: 't1', kind: 'team', name: 'Sud', regions: null, members: [] }], territories: [] };

beforeAll(async () => {
  await i18next.init({ resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const t = () => i18next.t.bind(i18next);

describe('Sync review in the user’s words', () => {
  it('names every field a contact or company form edits with the form’s label, never a column name', () => {
    const labels = new Set([...Object.values(fr.fields.contact), ...Object.values(fr.fields.company), fr.scope.label, fr.review.field.deleted]);
    for (const field of [...Object.keys(contactColumns), 'deleted']) expect(labels, field).toContain(reviewFieldLabel(t(), 'contact', field));
    for (const field of [...Object.keys(companyColumns), 'deleted']) expect(labels, field).toContain(reviewFieldLabel(t(), 'company', field));
    expect(reviewFieldLabel(t(), 'link', 'isPrimary')).toBe('Société principale');
    expect(reviewFieldLabel(t(), 'team', 'name')).toBe('Nom');
  });

  it('reads values as a person does: lists, scopes, deletion, empty', () => {
    const context = { t: t(), lang: 'fr' as const, users: [{ id: 'u1', displayName: 'Léa Martin' }], groups };
    expect(reviewValueText('emails', '[{"label":"work","address":"h@example.fr"}]', context)).toBe('h@example.fr');
    expect(reviewValueText('scope', 'team:t1', context)).toBe('Équipe Sud');
    expect(reviewValueText('scope', null, context)).toBe('Tout le bureau');
    expect(reviewValueText('scope', 'territory:gone', context)).toBe('Un groupe supprimé');
    expect(reviewValueText('deleted', 1, context)).toBe('Supprimée');
    expect(reviewValueText('ownerId', 'u1', context)).toBe('Léa Martin');
    expect(reviewValueText('city', '', context)).toBeNull();
    expect(reviewValueText('consentEmail', 'granted', context)).toBe('Accepté');
  });

  it('says where the other change came from', () => {
    expect(deviceText(t(), '0190a000-0000-7000-8000-00000000abcd')).toBe('sur un autre PC (00abcd)');
    expect(deviceText(t(), 'server')).toBe('sur le serveur');
  });
});
