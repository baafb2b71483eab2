import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { companyMergeFields, contactMergeFields, type ComparedField, type ComparedRecord, type DuplicateComparison, type MergeField } from '../../../src-shared/domain/duplicates';
import { catalogues } from '../../../src-shared/i18n';
import {
  defaultPick,
  effectivePick,
  mergeInput,
  pickAllFrom,
  shownFields,
  suggestedSide,
} from '../../../src-renderer/components/duplicates/merge-picks';
import { mergeFieldLabel, mergeValueText } from '../../../src-renderer/components/duplicates/merge-value-text';

beforeAll(async () => {
  await i18next.init({ resources: { fr: { translation: catalogues.fr }, en: { translation: catalogues.en } }, lng: 'fr', interpolation: { escapeValue: false } });
});

const idA = '0190a000-0000-7000-8000-00000000000a';
const idB = '0190a000-0000-7000-8000-00000000000b';

function field(name: MergeField, a: ComparedField['a']['value'], b: ComparedField['b']['value']): ComparedField {
  const same = JSON.stringify(a) === JSON.stringify(b);
  return { field: name, a: { value: a, text: null }, b: { value: b, text: null }, same, suggested: 'survivor', canKeepBoth: ['emails', 'phones', 'addresses', 'notes'].includes(name) };
}

function record(id: string, name: string): ComparedRecord {
  const none = { activities: 0, deals: 0, quotes: 0, tags: 0, relations: 0, links: 0, subsidiaries: 0, priceLists: 0 };
  return {
    id,
    entity: 'contact',
    displayName: name,
    companyName: null,
    city: null,
    email: null,
    phone: null,
    legalId: null,
    owner: null,
    lastActivityAt: null,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    linked: none,
    deleted: false,
  };
}

const emails = (...addresses: string[]) => addresses.map((address) => ({ label: 'work' as const, address }));

const comparison: DuplicateComparison = {
  entity: 'contact',
  records: [record(idA, 'Jean Dupont'), record(idB, 'Jean Dupond')],
  fields: [
    field('firstName', 'Jean', 'Jean'),
    field('lastName', 'Dupont', 'Dupond'),
    field('jobTitle', null, 'Acheteur'),
    field('city', 'Lyon', null),
    field('emails', emails('jean@acme.fr'), emails('j.dupond@acme.fr')),
    field('consentEmail', 'granted', 'refused'),
    field('notes', null, null),
  ],
  suggestedSurvivorId: idB,
};

const byName = (name: MergeField) => comparison.fields.find((candidate) => candidate.field === name) as ComparedField;

describe('choosing the surviving values of a merge', () => {
  it('suggests, for whichever record survives, its own value, the other’s where it is empty, both lists, and a refusal of consent', () => {
    expect(defaultPick(byName('lastName'), 'a')).toBe('a');
    expect(defaultPick(byName('lastName'), 'b')).toBe('b');
    expect(defaultPick(byName('jobTitle'), 'a')).toBe('b');
    expect(defaultPick(byName('city'), 'b')).toBe('a');
    expect(defaultPick(byName('emails'), 'a')).toBe('both');
    expect(defaultPick(byName('consentEmail'), 'a')).toBe('b');
    expect(defaultPick(byName('consentEmail'), 'b')).toBe('b');
  });

  it('keeps what the user picked, but never "both" on a field that cannot hold both', () => {
    expect(effectivePick(byName('lastName'), 'a', { lastName: 'b' })).toBe('b');
    expect(effectivePick(byName('lastName'), 'a', { lastName: 'both' })).toBe('a');
    expect(effectivePick(byName('emails'), 'b', { emails: 'a' })).toBe('a');
  });

  it('"take everything from this one" takes its values where it has some and leaves the other’s where it is blank', () => {
    expect(pickAllFrom(comparison.fields, 'b')).toEqual({ lastName: 'b', jobTitle: 'b', city: 'a', emails: 'b', consentEmail: 'b' });
    expect(pickAllFrom(comparison.fields, 'a')).toEqual({ lastName: 'a', jobTitle: 'b', city: 'a', emails: 'a', consentEmail: 'a' });
  });

  it('sends every differing field’s choice relative to the survivor, so the core keeps what the dialog showed', () => {
    expect(suggestedSide(comparison)).toBe('b');
    const input = mergeInput(comparison, 'b', { lastName: 'a', city: 'a' });
    expect(input).toEqual({
      entity: 'contact',
      survivorId: idB,
      mergedId: idA,
      fields: { lastName: 'merged', jobTitle: 'survivor', city: 'merged', emails: 'both', consentEmail: 'survivor' },
    });
    expect(mergeInput(comparison, 'a', {}).fields).toEqual({ lastName: 'survivor', jobTitle: 'merged', city: 'survivor', emails: 'both', consentEmail: 'merged' });
  });

  it('shows no row for a field both records leave empty', () => {
    expect(shownFields(comparison.fields).map((shown) => shown.field)).not.toContain('notes');
    expect(shownFields(comparison.fields)).toHaveLength(6);
  });
});

describe('the merge dialog in the user’s words', () => {
  it('labels every field a merge chooses as the forms do, never with its code name', () => {
    const t = i18next.t.bind(i18next);
    for (const name of contactMergeFields) expect(mergeFieldLabel(t, 'contact', name), name).not.toMatch(/^[a-z]+[A-Z]|Id$/);
    for (const name of companyMergeFields) expect(mergeFieldLabel(t, 'company', name), name).not.toMatch(/^[a-z]+[A-Z]|Id$/);
    expect(mergeFieldLabel(t, 'contact', 'ownerId')).toBe('Responsable');
    expect(mergeFieldLabel(t, 'company', 'parentCompanyId')).toBe('Maison mère');
  });

  it('reads values as a person does: lists on a line, enums translated, names for ids, nothing for empty', () => {
    const context = { t: i18next.t.bind(i18next), lang: 'fr' as const, users: [{ id: 'u1', displayName: 'Léa Martin' }], groups: undefined };
    expect(mergeValueText('emails', { value: emails('a@acme.fr', 'b@acme.fr'), text: null }, context)).toBe('a@acme.fr ; b@acme.fr');
    expect(mergeValueText('consentEmail', { value: 'refused', text: 'refused' }, context)).toBe('Refusé');
    expect(mergeValueText('ownerId', { value: 'u1', text: null }, context)).toBe('Léa Martin');
    expect(mergeValueText('parentCompanyId', { value: 'c1', text: 'ACME Holding' }, context)).toBe('ACME Holding');
    expect(mergeValueText('jobTitle', { value: null, text: null }, context)).toBeNull();
    expect(mergeValueText('scope', { value: null, text: null }, context)).toBe(i18next.t('scope.everyone'));
  });
});
