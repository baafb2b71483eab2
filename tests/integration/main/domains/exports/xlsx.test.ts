import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { columnValues, headers, readWorkbook } from './helpers';

/** 15 November 2026, 12:00 UTC: 13:00 in Paris. */
const NOW = Date.UTC(2026, 10, 15, 12);
const PARIS = 'Europe/Paris';

let core: TestCore;
beforeEach(() => {
  core = openTestCore({ clock: { now: () => NOW } });
});
afterEach(() => core.dispose());

describe('a list to Excel', () => {
  it('writes the header styled, frozen and filterable, user text as text (never a formula) and dates as dates', async () => {
    await call(core, 'contacts.create', { lastName: '=1+2', city: '@Lyon', jobTitle: 'Chef\u0007 de projet' });
    await call(core, 'contacts.create', {
      firstName: 'Anne',
      lastName: 'Martin',
      emails: [{ label: 'work', address: 'anne.martin.tres.longue.adresse@boulangerie-martin-et-fils.fr' }],
      phones: [{ label: 'mobile', number: '06 12 34 56 78' }],
      city: 'Lyon',
    });
    const file = await call(core, 'exports.list', {
      entity: 'contact',
      format: 'xlsx',
      source: { kind: 'list' },
      columns: ['name', 'jobTitle', 'email', 'phone', 'city', 'createdAt'],
      language: 'fr',
      timeZone: PARIS,
    });
    expect(file).toMatchObject({ fileName: 'Contacts 2026-11-15.xlsx', rows: 2 });
    const { sheet, sheetXml, workbook } = await readWorkbook(core, file);

    expect(sheet.name).toBe('Contacts');
    expect(headers(sheet)).toEqual(['Identifiant CRM', 'Nom', 'Fonction', 'E-mail', 'Téléphone', 'Ville', 'Créé le']);
    expect(sheet.getRow(1).getCell(2).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:G3');

    // Sorted by name as the list is: "=1+2" first. It stays the text it was, as do "@Lyon" and the rest.
    const names = columnValues(sheet, 'Nom');
    expect(names).toEqual(['=1+2', 'Anne Martin']);
    const formulaLike = sheet.getRow(2).getCell(2);
    expect(formulaLike.type).toBe(ExcelJS.ValueType.String);
    expect(formulaLike.formula).toBeUndefined();
    expect(columnValues(sheet, 'Ville')).toEqual(['@Lyon', 'Lyon']);
    expect(columnValues(sheet, 'Fonction')).toEqual(['Chef de projet', null]);
    expect(columnValues(sheet, 'Téléphone')).toEqual([null, '+33 6 12 34 56 78']);
    // No formula anywhere in the sheet's XML: every text is a string cell.
    expect(sheetXml).not.toMatch(/<f[\s>]/);
    expect(sheetXml).toContain('=1+2');
    workbook.eachSheet((each) =>
      each.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        }),
      ),
    );

    // The record id comes first, so the file can be imported back as updates.
    const ids = (await call(core, 'contacts.list', {})).rows.map((row) => row.id);
    expect(columnValues(sheet, 'Identifiant CRM')).toEqual(ids);

    // Created at 12:00 UTC: 13:00 on the wall clock in Paris, as a real date-time cell.
    const created = sheet.getRow(2).getCell(7);
    expect(created.type).toBe(ExcelJS.ValueType.Date);
    expect(created.value).toEqual(new Date(Date.UTC(2026, 10, 15, 13)));
    expect(created.numFmt).toBe('dd/mm/yyyy hh:mm');

    // Widths fitted: the long e-mail's column is wider than the city's.
    expect(sheet.getColumn(4).width ?? 0).toBeGreaterThan(40);
    expect(sheet.getColumn(6).width ?? 0).toBeLessThan(15);
  });

  it('writes amounts as numbers in each deal’s currency, percentages and calendar dates', async () => {
    await call(core, 'deals.create', { title: 'Fours Lyon', amountMinor: 1_234_50, probability: 35, expectedClose: '2026-12-31' });
    await call(core, 'deals.create', { title: 'Pétrin Boston', amountMinor: 2_500_00, currency: 'USD', probability: 50, expectedClose: '2027-01-15' });
    await call(core, 'deals.create', { title: 'Vitrine Tokyo', amountMinor: 1_500, currency: 'JPY', probability: 10, expectedClose: '2027-02-01' });
    const exported = (language: 'fr' | 'en') =>
      call(core, 'exports.list', {
        entity: 'deal',
        format: 'xlsx',
        source: { kind: 'list', sort: { field: 'expectedClose', dir: 'asc' } },
        columns: ['title', 'amount', 'probability', 'expectedClose'],
        language,
        timeZone: PARIS,
      });

    const { sheet } = await readWorkbook(core, await exported('fr'));
    expect(headers(sheet)).toEqual(['Identifiant CRM', 'Intitulé', 'Montant', 'Probabilité (%)', 'Clôture prévue']);
    const amounts = [2, 3, 4].map((row) => sheet.getRow(row).getCell(3));
    expect(amounts.map((cell) => cell.value)).toEqual([1234.5, 2500, 1500]);
    for (const cell of amounts) expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(amounts[0]?.numFmt).toBe('#,##0.00 "€"');
    expect(amounts[1]?.numFmt).toBe('#,##0.00 "$US"');
    expect(amounts[2]?.numFmt).toBe('#,##0 "JPY"');

    const probability = sheet.getRow(2).getCell(4);
    expect(probability.value).toBe(0.35);
    expect(probability.numFmt).toBe('0%');

    const close = sheet.getRow(2).getCell(5);
    expect(close.type).toBe(ExcelJS.ValueType.Date);
    expect(close.value).toEqual(new Date(Date.UTC(2026, 11, 31)));
    expect(close.numFmt).toBe('dd/mm/yyyy');

    const english = (await readWorkbook(core, await exported('en'))).sheet;
    expect(headers(english)).toEqual(['CRM id', 'Title', 'Amount', 'Probability (%)', 'Expected close']);
    expect(english.getRow(2).getCell(3).numFmt).toBe('"€"#,##0.00');
    expect(english.getRow(3).getCell(3).numFmt).toBe('"US$"#,##0.00');
  });
});
