import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivility, parseCompanySize, parseConsent, parseCountry, parseLanguage } from '../../../../src-shared/domain/import-choices';
import { splitEmails, splitFullName, splitPhones } from '../../../../src-shared/domain/import-names';
import { excelSerialToIsoDate, parseDate, parseDecimal } from '../../../../src-shared/domain/import-numbers';

describe('decimal numbers as typed', () => {
  it.each([
    ['1 234,50', '1234.50'],
    ['1\u202f234,50\u00a0€', '1234.50'],
    ['1.234,50', '1234.50'],
    ['1,234.50', '1234.50'],
    ['12,5', '12.5'],
    ['-3,25', '-3.25'],
    ['\u22123,5', '-3.5'],
    ['EUR 12', '12'],
    ['1 234 567', '1234567'],
    ['0,00', '0.00'],
    [',5', '0.5'],
  ])('%s is %s', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });

  it.each(['', 'abc', '1..2', '1,2,3', '12 abc', '--1', '1.23.4,5,6'])('%j is not a number', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });

  it('reads a lone comma before three digits as thousands only when told the file is English', () => {
    expect(parseDecimal('1,234')).toBe('1.234');
    expect(parseDecimal('1,234', { commaGroupsThousands: true })).toBe('1234');
  });

  it('reads back any amount written the French way', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), (units, cents) => {
        const french = `${new Intl.NumberFormat('fr-FR').format(units)},${String(cents).padStart(2, '0')}`;
        expect(parseDecimal(french)).toBe(`${units}.${String(cents).padStart(2, '0')}`);
      }),
    );
  });
});

describe('dates as typed', () => {
  it.each([
    ['31/12/2026', '2026-12-31'],
    ['31-12-2026', '2026-12-31'],
    ['31.12.26', '2026-12-31'],
    ['01/02/85', '1985-02-01'],
    ['12/31/2026', '2026-12-31'],
    ['2026-12-31', '2026-12-31'],
    ['2026-12-31T00:00:00.000Z', '2026-12-31'],
    ['2026/12/31', '2026-12-31'],
    ['20261231', '2026-12-31'],
    ['1er janvier 2026', '2026-01-01'],
    ['31 déc. 2026', '2026-12-31'],
    ['31 Décembre 2026', '2026-12-31'],
    ['December 31, 2026', '2026-12-31'],
    ['Dec 31st 2026', '2026-12-31'],
    ['46022', '2025-12-31'],
    ['29/02/2024', '2024-02-29'],
  ])('%s is %s', (text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });

  it.each(['', '31/02/2026', '29/02/2025', '32/01/2026', '13/13/2026', 'hier', '2026-13-01', '123'])('%j is not a date', (text) => {
    expect(parseDate(text)).toBeNull();
  });

  it('reads back every day written the French way', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const iso = date.toISOString().slice(0, 10);
        const [year, month, day] = iso.split('-');
        expect(parseDate(`${day}/${month}/${year}`)).toBe(iso);
      }),
    );
  });

  it('turns Excel serial numbers into days', () => {
    expect(excelSerialToIsoDate(1)).toBe('1899-12-31');
    expect(excelSerialToIsoDate(46023)).toBe('2026-01-01');
    expect(excelSerialToIsoDate(0)).toBeNull();
  });
});

describe('closed lists in French and English', () => {
  it('civilities', () => {
    expect(['M.', 'Monsieur', 'Mr', 'Mme', 'Madame', 'Mlle', 'Ms', 'Dr', 'Docteur', 'Pr', 'Professeur'].map(parseCivility)).toEqual(['mr', 'mr', 'mr', 'mrs', 'mrs', 'mrs', 'mrs', 'dr', 'dr', 'prof', 'prof']);
    expect(parseCivility('Majesté')).toBeNull();
  });

  it('countries by code or by name', () => {
    expect(['FR', 'fr', 'France', 'Allemagne', 'Germany', 'Royaume-Uni', 'UK', 'États-Unis', 'USA', 'Belgique', 'Suisse', 'Pays-Bas', 'Côte d’Ivoire'].map(parseCountry)).toEqual(['FR', 'FR', 'FR', 'DE', 'DE', 'GB', 'GB', 'US', 'US', 'BE', 'CH', 'NL', 'CI']);
    expect(parseCountry('Atlantide')).toBeNull();
  });

  it('languages, consents and company sizes', () => {
    expect(['Français', 'anglais', 'English', 'de', 'Español'].map(parseLanguage)).toEqual(['fr', 'en', 'en', 'de', 'es']);
    expect(['Oui', 'non', 'Accepté', 'Refusé', 'yes', 'opt-out', '', 'inconnu'].map(parseConsent)).toEqual(['granted', 'refused', 'granted', 'refused', 'granted', 'refused', 'unknown', 'unknown']);
    expect(parseConsent('peut-être')).toBeNull();
    expect(['10-49', '10 à 49 salariés', '1000+', 'plus de 1 000', '250', '1 200', '3'].map(parseCompanySize)).toEqual(['10-49', '10-49', '1000+', '1000+', '250-999', '1000+', '1-9']);
    expect(parseCompanySize('beaucoup')).toBeNull();
  });
});

describe('names and lists in one cell', () => {
  it.each([
    ['Hélène Dupont', 'Hélène', 'Dupont'],
    ['DUPONT Hélène', 'Hélène', 'DUPONT'],
    ['Jean-Pierre DE LA FONTAINE', 'Jean-Pierre', 'DE LA FONTAINE'],
    ['Dupont, Hélène', 'Hélène', 'Dupont'],
    ['Dupont', null, 'Dupont'],
    ['Marie Claire Martin', 'Marie', 'Claire Martin'],
  ])('%s → %s / %s', (text, first, last) => {
    expect(splitFullName(text)).toEqual({ firstName: first, lastName: last });
  });

  it('splits e-mails and phones', () => {
    expect(splitEmails('a@x.fr; b@y.fr, <c@z.fr>\nmailto:d@w.fr')).toEqual(['a@x.fr', 'b@y.fr', 'c@z.fr', 'd@w.fr']);
    expect(splitPhones('06 12 34 56 78 / 01.45.67.89.10 ou +33 6 98 76 54 32;tel:0700000000')).toEqual(['06 12 34 56 78', '01.45.67.89.10', '+33 6 98 76 54 32', '0700000000']);
  });
});
