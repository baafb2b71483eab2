import { describe, expect, it } from 'vitest';
import { defaultMergeChoice, mergedValue } from '../../../../../src-shared/domain/duplicate-merge';
import { MIN_DUPLICATE_SCORE, noFacts, scorePair, type PairFacts } from '../../../../../src-shared/domain/duplicate-score';

const facts = (part: Partial<PairFacts>): PairFacts => ({ ...noFacts, ...part });

describe('how sure a duplicate is', () => {
  it('the same e-mail, phone or legal id is enough on its own', () => {
    expect(scorePair('contact', facts({ emails: ['a@b.fr'], nameSimilarity: 1 }))?.score).toBeGreaterThan(0.9);
    expect(scorePair('contact', facts({ phones: ['+33612345678'], nameSimilarity: 0.9 }))?.reasons).toContain('same_phone');
    expect(scorePair('company', facts({ legalId: '73282932000074', nameSimilarity: 1 }))?.reasons[0]).toBe('same_legal_id');
  });

  it('a name alone is not a duplicate; in the same company or city it is', () => {
    expect(scorePair('contact', facts({ nameSimilarity: 1, sameName: 'Marie Martin' }))).toBeNull();
    const sameCity = scorePair('contact', facts({ nameSimilarity: 1, sameName: 'Marie Martin', city: 'Lyon' }));
    expect(sameCity?.reasons).toEqual(['same_name', 'same_city']);
    const sameCompany = scorePair('contact', facts({ nameSimilarity: 0.95, company: 'Acme' }));
    expect(sameCompany?.reasons).toEqual(['same_company', 'similar_name']);
    expect(sameCompany!.score).toBeGreaterThanOrEqual(MIN_DUPLICATE_SCORE);
  });

  it('a place alone, or a dissimilar name in the same place, is nothing', () => {
    expect(scorePair('contact', facts({ city: 'Lyon', company: 'Acme' }))).toBeNull();
    expect(scorePair('contact', facts({ nameSimilarity: 0.6, city: 'Lyon', company: 'Acme' }))).toBeNull();
  });

  it('a shared number between clearly different names counts less (a switchboard)', () => {
    const alike = scorePair('contact', facts({ phones: ['+33123456789'], nameSimilarity: 0.95 }));
    expect(alike?.score).toBeGreaterThanOrEqual(0.8);
    expect(scorePair('contact', facts({ phones: ['+33123456789'], nameSimilarity: 0.3 }))).toBeNull();
  });

  it('more evidence never lowers the score', () => {
    const one = scorePair('contact', facts({ emails: ['a@b.fr'], nameSimilarity: 1 }))!.score;
    const two = scorePair('contact', facts({ emails: ['a@b.fr'], phones: ['+33612345678'], nameSimilarity: 1, sameName: 'Jean Dupont', city: 'Lyon' }))!.score;
    expect(two).toBeGreaterThan(one);
    expect(two).toBeLessThan(1);
  });

  it('companies: the same name in the same city, or (while typing, with no city yet) the same name alone', () => {
    expect(scorePair('company', facts({ nameSimilarity: 1, sameName: 'acme' }))).toBeNull();
    expect(scorePair('company', facts({ nameSimilarity: 1, sameName: 'acme' }), '', { nameAlone: true })?.reasons).toEqual(['same_name']);
    expect(scorePair('company', facts({ nameSimilarity: 1, sameName: 'acme', city: 'Lyon' }))?.score).toBeGreaterThan(0.6);
  });
});

describe('what a merge keeps when the user does not choose', () => {
  it("the survivor's value, unless it is empty", () => {
    expect(defaultMergeChoice('jobTitle', 'Directeur', 'Gérant')).toBe('survivor');
    expect(defaultMergeChoice('jobTitle', null, 'Gérant')).toBe('merged');
    expect(defaultMergeChoice('jobTitle', 'Directeur', null)).toBe('survivor');
  });

  it('both lists when the merged record adds an entry; nothing twice', () => {
    const mine = [{ label: 'work' as const, address: 'a@acme.fr' }];
    const theirs = [{ label: 'home' as const, address: 'A@acme.fr' }, { label: 'home' as const, address: 'b@gmail.com' }];
    expect(defaultMergeChoice('emails', mine, theirs)).toBe('both');
    expect(mergedValue('emails', 'both', mine, theirs)).toEqual([mine[0], theirs[1]]);
    expect(defaultMergeChoice('emails', mine, [{ label: 'home', address: 'a@acme.fr' }])).toBe('survivor');
  });

  it('notes are kept one after the other', () => {
    expect(defaultMergeChoice('notes', 'Client fidèle', 'Préfère le matin')).toBe('both');
    expect(mergedValue('notes', 'both', 'Client fidèle', 'Préfère le matin')).toBe('Client fidèle\n\nPréfère le matin');
  });

  it('a refusal of consent always wins; a consent given fills an unknown', () => {
    expect(defaultMergeChoice('consentEmail', 'granted', 'refused')).toBe('merged');
    expect(defaultMergeChoice('consentEmail', 'refused', 'granted')).toBe('survivor');
    expect(defaultMergeChoice('consentEmail', 'unknown', 'granted')).toBe('merged');
  });
});
