import { describe, expect, it } from 'vitest';
import { placeholderGroups } from '../../../../../src-shared/domain/quote-placeholders';
import { DEFAULT_VALIDITY_DAYS, MAX_LOGO_BYTES, type QuoteSettings } from '../../../../../src-shared/domain/quotes';
import { translate } from '../../../../../src-shared/i18n';
import { knownPlaceholders } from '../../../../../src-main/documents/template-placeholders';
import { letterheadChanges, letterheadDraftOf } from '../../../../../src-renderer/screens/Settings/quotes/letterhead-draft';
import { formatKilobytes, readLogoFile } from '../../../../../src-renderer/screens/Settings/quotes/logo-file';
import { canEditQuoteSettings } from '../../../../../src-renderer/screens/Settings/quotes/quote-settings-access';
import { solidPng } from '../../../../fixtures/documents/png';

const saved: QuoteSettings = {
  sellerName: 'Fournils de Bretagne',
  addressLines: ['12 quai de l’Odet', '29000 Quimper'],
  phone: null,
  email: 'devis@fournils.bzh',
  website: null,
  siret: null,
  vatNumber: 'FR44732829320',
  logo: null,
  defaultTerms: null,
  defaultValidityDays: DEFAULT_VALIDITY_DAYS,
};

describe('the letterhead form', () => {
  it('sends nothing when nothing changed', () => {
    expect(letterheadChanges(letterheadDraftOf(saved), saved)).toEqual({});
  });

  it('sends only the fields that changed, an emptied one as null, the address without blank lines', () => {
    const draft = { ...letterheadDraftOf(saved), email: '  ', phone: '02 98 00 00 00', address: '12 quai de l’Odet\n\n 29000 Quimper \nFrance', defaultValidityDays: '45' };
    expect(letterheadChanges(draft, saved)).toEqual({ email: null, phone: '02 98 00 00 00', addressLines: ['12 quai de l’Odet', '29000 Quimper', 'France'], defaultValidityDays: 45 });
  });

  it('sends a new logo, and null when it is removed', () => {
    const logo = { base64: Buffer.from(solidPng(4, 4, [0, 0, 0])).toString('base64'), type: 'png' as const };
    expect(letterheadChanges({ ...letterheadDraftOf(saved), logo }, saved)).toEqual({ logo: logo.base64 });
    expect(letterheadChanges({ ...letterheadDraftOf({ ...saved, logo }), logo: null }, { ...saved, logo })).toEqual({ logo: null });
  });
});

describe('the logo picked', () => {
  const file = (bytes: Uint8Array, name = 'logo.png') => new File([Buffer.from(bytes)], name);

  it('is taken as base64 when it is a PNG or a JPEG within the limit', async () => {
    const png = solidPng(60, 20, [10, 20, 30]);
    expect(await readLogoFile(file(png))).toEqual({ base64: Buffer.from(png).toString('base64'), type: 'png' });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]);
    expect(await readLogoFile(file(jpeg, 'logo.jpg'))).toMatchObject({ type: 'jpg' });
  });

  it('is refused, before anything is sent, when it is not an image or too large', async () => {
    expect(await readLogoFile(file(new TextEncoder().encode('%PDF-1.7 not an image'), 'logo.png'))).toEqual({ problem: 'wrongType', size: 21 });
    const large = new Uint8Array(MAX_LOGO_BYTES + 1);
    large.set(solidPng(1, 1, [0, 0, 0]).subarray(0, 8));
    expect(await readLogoFile(file(large))).toEqual({ problem: 'tooLarge', size: MAX_LOGO_BYTES + 1 });
    expect(formatKilobytes('fr', MAX_LOGO_BYTES)).toMatch(/^150\sko$/);
    expect(formatKilobytes('en', 320_400)).toBe('321 kB');
  });
});

describe('quote settings', () => {
  it('are changed by administrators, or by anyone on a PC of its own', () => {
    expect(canEditQuoteSettings(null)).toBe(true);
    expect(canEditQuoteSettings({ role: 'administrator' })).toBe(true);
    expect(canEditQuoteSettings({ role: 'manager' })).toBe(false);
    expect(canEditQuoteSettings({ role: 'salesperson' })).toBe(false);
  });

  it('list every placeholder a template may hold, each described in both languages', () => {
    const listed = Object.values(placeholderGroups).flat();
    expect([...listed].sort()).toEqual([...knownPlaceholders].sort());
    for (const name of listed) {
      for (const language of ['fr', 'en'] as const) expect(translate(language, `quoteSettings.placeholders.${name}`), `${language}: ${name}`).not.toBe(`quoteSettings.placeholders.${name}`);
    }
  });
});
