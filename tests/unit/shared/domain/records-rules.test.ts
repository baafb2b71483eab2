import { describe, expect, it } from 'vitest';
import { formatPhoneNational, phoneSearchTokens, toE164 } from '../../../../src-shared/domain/phone';
import { legalIdProblem } from '../../../../src-shared/domain/siret';
import { foldText, personDisplayName, personSortKey } from '../../../../src-shared/domain/text';

describe('phone numbers', () => {
  it.each([
    ['06 12 34 56 78', 'FR', '+33612345678'],
    ['06.12.34.56.78', null, '+33612345678'],
    ['+44 20 7946 0958', 'FR', '+442079460958'],
    ['0470 12 34 56', 'BE', '+32470123456'],
  ])('%s in %s is %s', (raw, country, e164) => {
    expect(toE164(raw, country)).toBe(e164);
  });

  it.each(['12', 'abc', '+33 1', '06 12'])('%s is not a valid number', (raw) => {
    expect(toE164(raw, 'FR')).toBeNull();
  });

  it('formats nationally and indexes every fragment a user may type', () => {
    expect(formatPhoneNational('+33612345678')).toBe('06 12 34 56 78');
    const tokens = phoneSearchTokens('+33612345678');
    expect(tokens).toContain('0612345678');
    expect(tokens).toContain('33612345678');
    expect(tokens).toContain('345678');
  });
});

describe('legal ids', () => {
  it('checks SIREN/SIRET checksums but accepts other registrations as free text', () => {
    expect(legalIdProblem('552 120 222 00013')).toBeNull();
    expect(legalIdProblem('552120222')).toBeNull();
    expect(legalIdProblem('552 120 222 00014')).toBe('invalid_siret');
    expect(legalIdProblem('FR40303265045')).toBeNull();
    expect(legalIdProblem('35600000000048')).toBeNull();
  });
});

describe('names', () => {
  it('folds accents and case for sorting and matching', () => {
    expect(foldText('  Hélène   LEFÈVRE ')).toBe('helene lefevre');
    expect(personSortKey('Éluard', 'Paul')).toBe('eluard paul');
    expect(personDisplayName('Hélène', null)).toBe('Hélène');
  });
});
