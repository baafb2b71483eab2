import { describe, expect, it } from 'vitest';
import { csvChunks, csvDialect, csvField, neutralise } from '../../../../src-main/domains/exports/csv';
import type { ExportColumn } from '../../../../src-main/domains/exports/columns/types';

type Row = { id: string; name: string | null; amount: number; at: string | null };

const columns: ExportColumn<Row>[] = [
  { id: 'id', header: 'Identifiant CRM', label: '', kind: 'text', value: (row) => row.id },
  { id: 'name', header: 'Nom', label: '', kind: 'text', value: (row) => row.name },
  { id: 'amount', header: 'Montant', label: '', kind: 'money', value: (row) => ({ minor: row.amount, currency: 'EUR' }) },
  { id: 'at', header: 'Date', label: '', kind: 'datetime', value: (row) => row.at },
];

async function* pagesOf(...pages: Row[][]): AsyncGenerator<Row[]> {
  for (const page of pages) yield page;
}

async function csvText(rows: Row[], language: 'fr' | 'en'): Promise<string> {
  let text = '';
  for await (const chunk of csvChunks(pagesOf(rows.slice(0, 1), rows.slice(1)), columns, { language, timeZone: 'Europe/Paris' })) text += chunk.toString('utf8');
  return text;
}

describe('CSV cells', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    for (const dangerous of ['=1+1', '+33 6 12 34 56 78', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(neutralise(dangerous)).toBe(`'${dangerous}`);
    for (const harmless of ['Dupont', ' =1', 'a=b', '1+1', '']) expect(neutralise(harmless)).toBe(harmless);
  });

  it('quotes a field holding the separator, a quote or a line break, and only then', () => {
    expect(csvField('Dupont; Fils', ';')).toBe('"Dupont; Fils"');
    expect(csvField('Dupont, Fils', ';')).toBe('Dupont, Fils');
    expect(csvField('Dupont, Fils', ',')).toBe('"Dupont, Fils"');
    expect(csvField('le "meilleur"', ';')).toBe('"le ""meilleur"""');
    expect(csvField('ligne 1\nligne 2', ';')).toBe('"ligne 1\nligne 2"');
    expect(csvField('a\rb', ',')).toBe('"a\rb"');
  });

  it('speaks the language’s dialect: `;` and decimal commas in French, `,` and points in English', () => {
    expect(csvDialect('fr')).toEqual({ separator: ';', decimal: ',', dates: 'fr' });
    expect(csvDialect('en')).toEqual({ separator: ',', decimal: '.', dates: 'iso' });
  });
});

describe('CSV files', () => {
  const rows: Row[] = [
    { id: 'a', name: '=cmd|calc', amount: 123456, at: '2026-07-14T08:05:00.000Z' },
    { id: 'b', name: 'Martin; "Léa"\nLyon', amount: -5, at: null },
  ];

  it('in French: BOM, header with the currency column, decimal commas, Paris wall clock, CRLF', async () => {
    expect(await csvText(rows, 'fr')).toBe(
      '\ufeffIdentifiant CRM;Nom;Montant;Montant (devise);Date\r\n' + "a;'=cmd|calc;1234,56;EUR;14/07/2026 10:05\r\n" + 'b;"Martin; ""Léa""\nLyon";-0,05;EUR;\r\n',
    );
  });

  it('in English: commas, decimal points, ISO dates', async () => {
    expect(await csvText(rows, 'en')).toBe(
      // The headers are the columns' own; the currency column is named in the file's language.
      '\ufeffIdentifiant CRM,Nom,Montant,Montant (currency),Date\r\n' +
        "a,'=cmd|calc,1234.56,EUR,2026-07-14 10:05\r\n" +
        'b,"Martin; ""Léa""\nLyon",-0.05,EUR,\r\n',
    );
  });
});
