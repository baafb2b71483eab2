import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { outgoingText, parseCsv } from './helpers';

const NOW = Date.UTC(2026, 10, 15, 12);
const PARIS = 'Europe/Paris';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ clock: { now: () => NOW } });
});
afterEach(() => core.dispose());

describe('a list to CSV', () => {
  it('is UTF-8 with a BOM, `;` and decimal commas in French, quoted where needed, formulas neutralised', async () => {
    await call(core, 'deals.create', { title: '=HYPERLINK("http://x.example";"clic")', amountMinor: 1_234_50, probability: 35, expectedClose: '2026-12-31', nextStep: 'Appeler;\nrelancer "vite"' });
    await call(core, 'deals.create', { title: 'Pétrin Boston', amountMinor: 2_500_00, currency: 'USD', expectedClose: '2027-01-15', nextStep: '-10 % négociés' });
    const exported = async (language: 'fr' | 'en') => {
      const file = await call(core, 'exports.list', {
        entity: 'deal',
        format: 'csv',
        source: { kind: 'list', sort: { field: 'expectedClose', dir: 'asc' } },
        columns: ['title', 'amount', 'probability', 'expectedClose', 'nextStep'],
        language,
        timeZone: PARIS,
      });
      expect(file.mimeType).toBe('text/csv;charset=utf-8');
      return outgoingText(core, file);
    };

    const french = await exported('fr');
    expect(french.startsWith('\ufeffIdentifiant CRM;Intitulé;Montant;Montant (devise);Probabilité (%);Clôture prévue;Prochaine étape\r\n')).toBe(true);
    const rows = parseCsv(french.slice(1), ';');
    expect(rows.slice(1).map((row) => row.slice(1))).toEqual([
      ["'=HYPERLINK(\"http://x.example\";\"clic\")", '1234,50', 'EUR', '35%', '31/12/2026', 'Appeler;\nrelancer "vite"'],
      ['Pétrin Boston', '2500,00', 'USD', expect.stringMatching(/^\d+%$/), '15/01/2027', "'-10 % négociés"],
    ]);
    // The quoting itself: the separator, quotes and the line break inside one field.
    expect(french).toContain('"\'=HYPERLINK(""http://x.example"";""clic"")"');
    expect(french).toContain('"Appeler;\nrelancer ""vite"""');

    const english = await exported('en');
    const englishRows = parseCsv(english.slice(1), ',');
    expect(englishRows[0]).toEqual(['CRM id', 'Title', 'Amount', 'Amount (currency)', 'Probability (%)', 'Expected close', 'Next step']);
    expect(englishRows[1]?.slice(2, 6)).toEqual(['1234.50', 'EUR', '35%', '2026-12-31']);
    expect(englishRows[2]?.slice(2, 4)).toEqual(['2500.00', 'USD']);
  });
});

describe('contacts to vCard', () => {
  async function contact() {
    const company = await call(core, 'companies.create', { name: 'Dupont, Fils & Cie' });
    const vip = await call(core, 'tags.create', { name: 'VIP' });
    return call(core, 'contacts.create', {
      civility: 'mrs',
      firstName: 'Hélène',
      lastName: 'Dupont-Lefèvre',
      jobTitle: 'Directrice; achats',
      emails: [
        { label: 'work', address: 'helene@dupont-fils.fr' },
        { label: 'home', address: 'helene.dupont@example.fr' },
      ],
      phones: [
        { label: 'mobile', number: '06 12 34 56 78' },
        { label: 'work', number: '04 72 00 00 00' },
      ],
      address: '12, rue de la République',
      postcode: '69002',
      city: 'Lyon',
      country: 'FR',
      birthday: '1980-04-15',
      notes: 'Préfère être appelée le matin, jamais le vendredi. Très attachée à la qualité du pain au levain\nDeuxième ligne',
      tagIds: [vip.id],
      company: { companyId: company.id, role: null },
    });
  }

  const unfolded = (text: string): string => text.replace(/\r\n /g, '');

  it('writes vCard 4.0: escaped values, types, lines folded at 75 octets', async () => {
    const created = await contact();
    const file = await call(core, 'exports.list', { entity: 'contact', format: 'vcard', source: { kind: 'list' }, language: 'fr' });
    expect(file).toMatchObject({ fileName: 'Contacts 2026-11-15.vcf', mimeType: 'text/vcard;charset=utf-8', rows: 1 });
    const text = await outgoingText(core, file);
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCARD');
    expect(lines[1]).toBe('VERSION:4.0');
    expect(text.endsWith('END:VCARD\r\n')).toBe(true);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const card = unfolded(text).split('\r\n');
    expect(card).toEqual(
      expect.arrayContaining([
        `UID:urn:uuid:${created.id}`,
        'FN:Hélène Dupont-Lefèvre',
        'N:Dupont-Lefèvre;Hélène;;Mme;',
        'ORG:Dupont\\, Fils & Cie',
        'TITLE:Directrice\\; achats',
        'EMAIL;TYPE=work;PREF=1:helene@dupont-fils.fr',
        'EMAIL;TYPE=home:helene.dupont@example.fr',
        'TEL;VALUE=uri;TYPE=cell;PREF=1:tel:+33612345678',
        'TEL;VALUE=uri;TYPE="work,voice":tel:+33472000000',
        'ADR;TYPE=work:;;12\\, rue de la République;Lyon;;69002;France',
        'BDAY;VALUE=date:19800415',
        'CATEGORIES:VIP',
        'NOTE:Préfère être appelée le matin\\, jamais le vendredi. Très attachée à la qualité du pain au levain\\nDeuxième ligne',
        'REV:20261115T120000Z',
      ]),
    );
    // The long note was folded (continuation lines start with a space).
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(0);
  });

  it('writes vCard 3.0 for older phones', async () => {
    const created = await contact();
    const file = await call(core, 'exports.list', { entity: 'contact', format: 'vcard', vcardVersion: '3.0', source: { kind: 'list' }, language: 'en' });
    const card = unfolded(await outgoingText(core, file)).split('\r\n');
    expect(card).toEqual(
      expect.arrayContaining([
        'VERSION:3.0',
        `UID:${created.id}`,
        'N:Dupont-Lefèvre;Hélène;;Mrs;',
        'EMAIL;TYPE=INTERNET,WORK,PREF:helene@dupont-fils.fr',
        'TEL;TYPE=CELL,VOICE,PREF:+33612345678',
        'TEL;TYPE=WORK,VOICE:+33472000000',
        'ADR;TYPE=WORK:;;12\\, rue de la République;Lyon;;69002;France',
        'BDAY:1980-04-15',
        'REV:2026-11-15T12:00:00Z',
      ]),
    );
    expect(card.some((line) => line.startsWith('KIND') || line.startsWith('LANG'))).toBe(false);
  });
});
