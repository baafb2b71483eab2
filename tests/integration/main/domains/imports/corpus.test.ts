import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, openTestCore, tempDir, type TestCore } from '../../../../helpers/core';
import { writeZip, workbookEntries, sheetRows } from '../../../../fixtures/imports/zip';
import { writeXlsxFile } from '../../../../fixtures/imports/generate';
import { databaseState, inspect, inspectError, planOf, windows1252 } from './helpers';

/*
 * The corpus of bad and real-shaped files of security.md ("Bad input"): each gives its expected
 * answer, and a refused file leaves the database exactly as it was (tables, change log, batches).
 */

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const contactsOf = (core: TestCore) =>
  core.db.prepare('SELECT civility, first_name, last_name, job_title, emails, phones, city, postcode, country, birthday, notes FROM contacts WHERE deleted = 0 ORDER BY last_name, first_name').all() as Record<string, unknown>[];

const FRENCH_ROWS = ['Civilité;Nom;Prénom;Société;E-mail;Portable;Code postal;Ville;Date de naissance', 'Mme;Lefèvre;Hélène;Société Générale des Eaux;helene.lefevre@sge.fr;06 12 34 56 78;69001;Lyon;31/12/1980', 'M.;Œuvray;Jérôme;Atelier Œuvray;jerome@oeuvray.fr;07 61 23 45 67;75011;Paris;1er mars 1975'];

describe('text files: encodings and separators', () => {
  it('reads UTF-8 with a BOM and ";" separators, French headers guessed', async () => {
    const inspection = await inspect(core, 'contacts.csv', `\ufeff${FRENCH_ROWS.join('\r\n')}\r\n`);
    expect(inspection).toMatchObject({ format: 'csv', encoding: 'utf-8-bom', separator: ';', rowCount: 2, duplicatedColumns: [], hasRecordIds: false });
    expect(inspection.headers[0]).toBe('Civilité');
    expect(inspection.suggestedMapping).toEqual(['civility', 'lastName', 'firstName', 'company', 'emailWork', 'phoneMobile', 'postcode', 'city', 'birthday']);
    const result = await call(core, 'imports.run', planOf(inspection));
    expect(result).toMatchObject({ created: 2, invalid: 0, companiesCreated: 2 });
    const [lefevre, oeuvray] = contactsOf(core);
    expect(lefevre).toMatchObject({ civility: 'mrs', first_name: 'Hélène', last_name: 'Lefèvre', city: 'Lyon', postcode: '69001', birthday: '1980-12-31' });
    expect(JSON.parse(String(lefevre?.phones))).toEqual([{ label: 'mobile', raw: '06 12 34 56 78', e164: '+33612345678' }]);
    expect(JSON.parse(String(lefevre?.emails))).toEqual([{ label: 'work', address: 'helene.lefevre@sge.fr' }]);
    expect(oeuvray).toMatchObject({ civility: 'mr', last_name: 'Œuvray', birthday: '1975-03-01' });
  });

  it('reads UTF-8 without a BOM and "," separators', async () => {
    const text = 'First Name,Last Name,Company,E-mail Address,Mobile Phone\nHélène,Dupont,"Dupont, Fils & Cie",h.dupont@example.fr,+33 6 12 34 56 78\n';
    const inspection = await inspect(core, 'outlook.csv', text);
    expect(inspection).toMatchObject({ encoding: 'utf-8', separator: ',', rowCount: 1 });
    expect(inspection.sample[0]?.cells).toEqual(['Hélène', 'Dupont', 'Dupont, Fils & Cie', 'h.dupont@example.fr', '+33 6 12 34 56 78']);
    expect(inspection.suggestedMapping).toEqual(['firstName', 'lastName', 'company', 'emailWork', 'phoneMobile']);
  });

  it('reads Windows-1252 (Excel "CSV" on a French Windows) when the bytes are not UTF-8', async () => {
    const inspection = await inspect(core, 'excel.csv', windows1252(`${FRENCH_ROWS.join('\r\n')}\r\n`));
    expect(inspection).toMatchObject({ encoding: 'windows-1252', separator: ';' });
    expect(inspection.sample.map((row) => row.cells[1])).toEqual(['Lefèvre', 'Œuvray']);
    await call(core, 'imports.run', planOf(inspection));
    expect(contactsOf(core).map((row) => `${String(row.first_name)} ${String(row.last_name)}`)).toEqual(['Hélène Lefèvre', 'Jérôme Œuvray']);
  });

  it('reads tab-separated UTF-16 (Excel "Unicode text")', async () => {
    const text = '\ufeffNom\tPrénom\tVille\nDupont\tHélène\tSaint-Étienne\n';
    const bytes = Buffer.from(text, 'utf16le');
    const inspection = await inspect(core, 'unicode.txt', bytes);
    expect(inspection).toMatchObject({ encoding: 'utf-16', separator: '\t', headers: ['Nom', 'Prénom', 'Ville'] });
    expect(inspection.sample[0]?.cells).toEqual(['Dupont', 'Hélène', 'Saint-Étienne']);
  });

  it('keeps quoted new lines and separators inside a cell; lines are the rows a spreadsheet shows', async () => {
    const text = 'Nom;Prénom;E-mail;Notes\r\nDupont;Hélène;h@example.fr;"Cliente fidèle;\r\nà rappeler ""avant"" juin"\r\nMartin;Paul;paul@@example;\r\n';
    const inspection = await inspect(core, 'notes.csv', text);
    expect(inspection.rowCount).toBe(2);
    expect(inspection.sample[0]?.cells[3]).toBe('Cliente fidèle;\r\nà rappeler "avant" juin');
    const preview = await call(core, 'imports.preview', planOf(inspection));
    expect(preview.counts).toMatchObject({ rows: 2, create: 1, invalid: 1 });
    expect(preview.issues).toEqual([{ line: 3, column: 'E-mail', columnIndex: 2, field: 'emailWork', code: 'invalid_email', severity: 'error', value: 'paul@@example' }]);
  });

  it('understands French dates and reports the ones it cannot read, at their line and column', async () => {
    const text = 'Nom;Date de naissance\nA;31/12/1980\nB;1980-12-31\nC;31.12.80\nD;31 décembre 1980\nE;31/02/1980\nF;demain\n';
    const inspection = await inspect(core, 'dates.csv', text);
    const preview = await call(core, 'imports.preview', planOf(inspection));
    expect(preview.counts).toMatchObject({ create: 4, invalid: 2 });
    expect(preview.issues.map((issue) => [issue.line, issue.column, issue.code, issue.value])).toEqual([
      [6, 'Date de naissance', 'invalid_date', '31/02/1980'],
      [7, 'Date de naissance', 'invalid_date', 'demain'],
    ]);
    await call(core, 'imports.run', planOf(inspection, { skipInvalid: true }));
    expect(contactsOf(core).map((row) => row.birthday)).toEqual(['1980-12-31', '1980-12-31', '1980-12-31', '1980-12-31']);
  });

  it('keeps duplicated column names apart, by position', async () => {
    const inspection = await inspect(core, 'dup.csv', 'Nom;E-mail;E-mail;Nom\nDupont;a@example.fr;b@example.fr;Martin\n');
    expect(inspection.duplicatedColumns).toEqual([2, 3]);
    expect(inspection.suggestedMapping).toEqual(['lastName', 'emailWork', 'emailWork', null]);
    await call(core, 'imports.run', planOf(inspection));
    expect(JSON.parse(String(contactsOf(core)[0]?.emails))).toEqual([
      { label: 'work', address: 'a@example.fr' },
      { label: 'work', address: 'b@example.fr' },
    ]);
    const twice = await callError(core, 'imports.preview', planOf(inspection, { mapping: ['lastName', 'emailWork', null, 'lastName'] }));
    expect(twice).toMatchObject({ code: 'validation', field: 'mapping.3' });
  });
});

describe('files refused whole leave the database as it was', () => {
  beforeEach(async () => {
    await call(core, 'contacts.create', { firstName: 'Déjà', lastName: 'Là', emails: [{ address: 'deja@example.fr' }] });
  });

  const refusals: [string, string, string | Uint8Array, string][] = [
    ['an empty file', 'empty.csv', '', 'empty'],
    ['a file of blank lines', 'blank.csv', '\r\n\r\n;;\r\n', 'empty'],
    ['a file with only its headers', 'headers.csv', 'Nom;Prénom;E-mail\r\n', 'headers_only'],
    ['an old binary Excel file', 'old.xls', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'not_xlsx'],
    ['a vCard file with no card', 'empty.vcf', 'VERSION:3.0\r\nFN:Personne\r\n', 'not_vcard'],
  ];
  for (const [what, name, bytes, problem] of refusals) {
    it(`refuses ${what}`, async () => {
      const before = databaseState(core);
      const error = await inspectError(core, name, bytes);
      expect(error).toMatchObject({ code: 'validation', field: 'fileId', issues: [{ path: 'fileId', message: problem }] });
      expect(error.message.length).toBeGreaterThan(10);
      expect(databaseState(core)).toEqual(before);
    });
  }

  it('refuses a text file over the size limit before reading it', async () => {
    const before = databaseState(core);
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 'a');
    const error = await inspectError(core, 'big.csv', big);
    expect(error).toMatchObject({ field: 'fileId', issues: [{ message: 'too_large' }] });
    expect(error.message).toMatch(/50\s?Mo/);
    expect(databaseState(core)).toEqual(before);
  });

  it('refuses a 1,000,000-row workbook that expands past the limit, from its zip directory, without parsing it', async () => {
    const dir = tempDir();
    const path = join(dir, 'bomb.xlsx');
    const filler = 'x'.repeat(380);
    await writeZip(path, workbookEntries(() => sheetRows(1_000_000, () => filler)));
    const before = databaseState(core);
    const error = await inspectError(core, 'bomb.xlsx', readFileSync(path));
    expect(error.issues?.[0]?.message).toMatch(/^zip_(ratio|too_large)$/);
    expect(databaseState(core)).toEqual(before);
  });

  it('refuses a workbook whose directory declares more than the expanded limit', async () => {
    const dir = tempDir();
    const path = join(dir, 'liar.xlsx');
    const chunk = () => [Buffer.from('<worksheet/>')];
    await writeZip(path, workbookEntries(chunk, [
      { name: 'xl/media/a.bin', chunks: chunk, declare: { compressedSize: 4_000_000, uncompressedSize: 250_000_000 } },
      { name: 'xl/media/b.bin', chunks: chunk, declare: { compressedSize: 4_000_000, uncompressedSize: 250_000_000 } },
    ]));
    const error = await inspectError(core, 'liar.xlsx', readFileSync(path));
    expect(error.issues?.[0]?.message).toBe('zip_too_large');
  });

  it('refuses a workbook with an entry named "../evil"', async () => {
    const dir = tempDir();
    const path = join(dir, 'evil.xlsx');
    await writeZip(path, workbookEntries(() => sheetRows(2, (row) => `Ligne ${row}`), [{ name: '../evil', chunks: () => [Buffer.from('#!/bin/sh\n')] }]));
    const before = databaseState(core);
    const error = await inspectError(core, 'evil.xlsx', readFileSync(path));
    expect(error).toMatchObject({ issues: [{ message: 'zip_unsafe_entry' }] });
    expect(error.message).toContain('../evil');
    expect(databaseState(core)).toEqual(before);
  });

  it('refuses a zip archive that is not a workbook', async () => {
    const dir = tempDir();
    const path = join(dir, 'archive.xlsx');
    await writeZip(path, [{ name: 'readme.txt', chunks: () => [Buffer.from('bonjour')] }]);
    const error = await inspectError(core, 'archive.xlsx', readFileSync(path));
    expect(error).toMatchObject({ issues: [{ message: 'not_xlsx' }] });
  });

  it('refuses to write anything while rows are in error, unless asked to leave them out', async () => {
    const inspection = await inspect(core, 'mixed.csv', 'Nom;E-mail;Portable\nBon;bon@example.fr;06 12 34 56 78\nMauvais;pas-une-adresse;06 12\n;sans-nom@example.fr;\n');
    const before = databaseState(core);
    const refused = await callError(core, 'imports.run', planOf(inspection));
    expect(refused).toMatchObject({ code: 'validation', field: 'skipInvalid' });
    expect(databaseState(core)).toEqual(before);
    const preview = await call(core, 'imports.preview', planOf(inspection));
    expect(preview.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [3, 'E-mail', 'invalid_email'],
      [4, null, 'required'],
    ]);
    const result = await call(core, 'imports.run', planOf(inspection, { skipInvalid: true }));
    expect(result).toMatchObject({ created: 1, invalid: 2 });
    expect(databaseState(core).contacts).toBe(before.contacts + 1);
  });
});

describe('Excel workbooks', () => {
  it('reads the first sheet with real dates and numbers', async () => {
    const dir = tempDir();
    const path = join(dir, 'contacts.xlsx');
    await writeXlsxFile(path, ['Nom', 'Prénom', 'Portable', 'Date de naissance', 'Code postal'], [
      ['Dupont', 'Hélène', 612345678, new Date(Date.UTC(1980, 11, 31)), 69001],
      ['Martin', 'Paul', '07 61 23 45 67', '15/06/1975', '06000'],
    ]);
    const inspection = await inspect(core, 'contacts.xlsx', readFileSync(path));
    expect(inspection).toMatchObject({ format: 'xlsx', sheetName: 'Contacts', encoding: null, separator: null, rowCount: 2 });
    expect(inspection.sample[0]?.cells).toEqual(['Dupont', 'Hélène', '612345678', '1980-12-31', '69001']);
    await call(core, 'imports.run', planOf(inspection));
    const [dupont, martin] = contactsOf(core);
    expect(dupont).toMatchObject({ birthday: '1980-12-31', postcode: '69001' });
    expect(JSON.parse(String(dupont?.phones))[0]).toMatchObject({ e164: '+33612345678' });
    expect(martin).toMatchObject({ birthday: '1975-06-15', postcode: '06000' });
  });
});

describe('the per-row report', () => {
  it('is a CSV file (UTF-8 with BOM, ";" in French) with line, column, field, value and reason, formulas neutralised', async () => {
    const inspection = await inspect(core, 'mixed.csv', 'Nom;E-mail;Date de naissance\nBon;bon@example.fr;\n=HYPERLINK("x");=1+1;32/13/2000\n');
    const file = await call(core, 'imports.report', planOf(inspection));
    expect(file).toMatchObject({ mimeType: 'text/csv' });
    expect(file.fileName).toMatch(/^rapport-import-mixed\.csv$/);
    const text = readFileSync(join(core.paths.dataDir, 'files', 'outgoing', file.fileId), 'utf8');
    expect(text.startsWith('\ufeffLigne;Colonne;Champ;Valeur;Gravité;Motif\r\n')).toBe(true);
    const lines = text.trim().split('\r\n').slice(1);
    expect(lines).toEqual([
      "3;E-mail;E-mail professionnel;'=1+1;Erreur;Adresse e-mail invalide.",
      '3;Date de naissance;Date de naissance;32/13/2000;Erreur;Date illisible (attendu\u00a0: 31/12/2026).',
    ]);
  });
});

describe('the import handle', () => {
  it('is refused once the core no longer holds it', async () => {
    const error = await callError(core, 'imports.preview', { importId: '01900000-0000-7000-8000-000000000000', entity: 'contact', mapping: [] });
    expect(error).toMatchObject({ code: 'validation', field: 'importId' });
  });

  it('is refused with a mapping of another length, or without a name', async () => {
    const inspection = await inspect(core, 'two.csv', 'Nom;Ville\nDupont;Lyon\n');
    expect(await callError(core, 'imports.preview', planOf(inspection, { mapping: ['lastName'] }))).toMatchObject({ field: 'mapping' });
    expect(await callError(core, 'imports.preview', planOf(inspection, { mapping: [null, 'city'] }))).toMatchObject({ field: 'mapping', issues: [{ code: 'required' }] });
    expect(await callError(core, 'imports.preview', planOf(inspection, { mapping: ['name', 'city'] }))).toMatchObject({ field: 'mapping.0' });
  });

  it('names a file id that was never uploaded', async () => {
    const error = await callError(core, 'imports.inspect', { fileId: 'f'.repeat(32), entity: 'contact' });
    expect(error).toMatchObject({ code: 'validation', field: 'fileId', issues: [{ code: 'not_found' }] });
  });
});
