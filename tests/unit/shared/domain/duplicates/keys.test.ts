import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  companyKeys,
  companyNameWords,
  contactKeys,
  contactNameKeys,
  normalizeEmail,
  normalizeLegalId,
  normalizePhone,
  phoneticKey,
  sirenOf,
  websiteDomain,
} from '../../../../../src-shared/domain/duplicate-keys';

describe('normalising what duplicates are found by', () => {
  it('e-mails: trimmed and lower case; not an address gives nothing', () => {
    expect(normalizeEmail('  Jean.Dupont@ACME.fr ')).toBe('jean.dupont@acme.fr');
    expect(normalizeEmail('jean.dupont@')).toBeNull();
    expect(normalizeEmail('')).toBeNull();
  });

  it('phones: typed French numbers and stored E.164 numbers meet on E.164', () => {
    expect(normalizePhone('06 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhone('+33 6 12 34 56 78')).toBe('+33612345678');
    expect(normalizePhone('+33612345678')).toBe('+33612345678');
    expect(normalizePhone('07911 123456', 'GB')).toBe('+447911123456');
    expect(normalizePhone('12')).toBeNull();
  });

  it('legal ids: spaces, dots and dashes do not count; a SIRET, a SIREN and a French VAT number share the SIREN', () => {
    expect(normalizeLegalId('732 829 320 00074')).toBe('73282932000074');
    expect(normalizeLegalId('fr 44-732.829.320')).toBe('FR44732829320');
    expect(sirenOf('73282932000074')).toBe('732829320');
    expect(sirenOf('732829320')).toBe('732829320');
    expect(sirenOf('FR44732829320')).toBe('732829320');
    expect(sirenOf('GB123456789012')).toBeNull();
  });

  it('websites: the domain without scheme, www or path; shared hosts tell nothing', () => {
    expect(websiteDomain('https://www.Acme.fr/contact?x=1')).toBe('acme.fr');
    expect(websiteDomain('acme.co.uk')).toBe('acme.co.uk');
    expect(websiteDomain('https://www.facebook.com/acme')).toBeNull();
    expect(websiteDomain('not a site')).toBeNull();
  });

  it('company names lose their legal form, punctuation, case and accents', () => {
    expect(companyNameWords('ACME S.A.R.L.')).toEqual(['acme']);
    expect(companyNameWords('Acme SAS')).toEqual(['acme']);
    expect(companyNameWords('Boulangerie du Centre')).toEqual(['boulangerie', 'centre']);
    expect(companyNameWords('Smith & Sons Ltd')).toEqual(['smith', 'sons']);
    expect(companyNameWords('Hélios GmbH')).toEqual(['helios']);
    // A name made only of such words keeps them.
    expect(companyNameWords('SA')).toEqual(['sa']);
  });

  it('spellings that sound alike share a phonetic key; different names do not', () => {
    expect(phoneticKey('Dupont')).toBe(phoneticKey('Dupond'));
    expect(phoneticKey('Philippe')).toBe(phoneticKey('Filipe'));
    expect(phoneticKey('Catherine')).toBe(phoneticKey('Katherine'));
    expect(phoneticKey('Lefebvre')).toBe(phoneticKey('Lefèvre'));
    expect(phoneticKey('Martins')).toBe(phoneticKey('Martin'));
    expect(phoneticKey('Dupont')).not.toBe(phoneticKey('Durand'));
    expect(phoneticKey('Martin')).not.toBe(phoneticKey('Moreau'));
  });

  it('a contact blocks on its last name and first initial, both ways round (swapped names meet)', () => {
    const keys = contactNameKeys('Jean', 'Dupont');
    expect(keys).toContain(`${phoneticKey('dupont')}|j`);
    expect(contactNameKeys('Dupont', 'Jean').sort()).toEqual([...keys].sort());
    expect(contactNameKeys('Jean', 'Dupond').some((key) => keys.includes(key))).toBe(true);
    expect(contactNameKeys(null, null)).toEqual([]);
  });

  it("a contact's keys: its own e-mails (not a shared mailbox), its phones, its name blocks", () => {
    const keys = contactKeys({
      firstName: 'Jean',
      lastName: 'Dupont',
      emails: JSON.stringify([{ address: 'Jean.Dupont@acme.fr' }, { address: 'contact@acme.fr' }]),
      phones: [{ e164: '+33612345678' }],
    });
    expect(keys).toContainEqual({ kind: 'email', key: 'jean.dupont@acme.fr' });
    expect(keys.some((key) => key.key === 'contact@acme.fr')).toBe(false);
    expect(keys).toContainEqual({ kind: 'phone', key: '+33612345678' });
    expect(keys.filter((key) => key.kind === 'name')).toHaveLength(2);
  });

  it("a company's keys: legal id and SIREN, domain, mailboxes (shared ones too), phones, its name and its words", () => {
    const keys = companyKeys({ name: 'Acme Industrie SARL', legalId: '732 829 320 00074', website: 'https://www.acme.fr', emails: '[{"address":"contact@acme.fr"}]', phones: '[]' });
    expect(keys).toEqual(
      expect.arrayContaining([
        { kind: 'legal_id', key: '73282932000074' },
        { kind: 'siren', key: '732829320' },
        { kind: 'website', key: 'acme.fr' },
        { kind: 'email', key: 'contact@acme.fr' },
        { kind: 'name', key: 'acme industrie' },
      ]),
    );
    expect(keys.filter((key) => key.kind === 'name_word').map((key) => key.key)).toEqual([phoneticKey('acme'), phoneticKey('industrie')]);
  });

  it('keys never depend on case, accents or surrounding spaces (property)', () => {
    const word = fc.stringMatching(/^[a-zéèàçô]{2,10}$/);
    fc.assert(
      fc.property(word, word, (first, last) => {
        const plain = contactNameKeys(first, last);
        const shouted = contactNameKeys(`  ${first.toUpperCase()} `, last.toUpperCase());
        expect(shouted).toEqual(plain);
        expect(phoneticKey(first.normalize('NFD').replace(/[\u0300-\u036f]/g, ''))).toBe(phoneticKey(first));
      }),
    );
  });
});
