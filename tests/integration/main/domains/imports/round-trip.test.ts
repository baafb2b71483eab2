import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findFile } from '../../../../../src-main/files/store';
import { recordIdHeaders } from '../../../../../src-shared/domain/round-trip';
import { translate } from '../../../../../src-shared/i18n';
import { call, openTestCore, tempDir, type TestCore } from '../../../../helpers/core';
import { writeXlsxFile } from '../../../../fixtures/imports/generate';
import { inspect, planOf } from './helpers';

/*
 * The Excel round trip: a list exported with its record ids (made here by hand with exceljs, with
 * the export's own column names and values), edited in Excel and imported back as updates; the
 * preview says what will change before anything is written.
 */

let core: TestCore;
let helene: string;
let paul: string;
let acme: string;

beforeEach(async () => {
  core = openTestCore();
  acme = (await call(core, 'companies.create', { name: 'ACME SAS' })).id;
  helene = (
    await call(core, 'contacts.create', {
      firstName: 'Hélène',
      lastName: 'Dupont',
      jobTitle: 'Directrice',
      emails: [{ label: 'work', address: 'helene@acme.fr' }, { label: 'home', address: 'helene@perso.fr' }],
      phones: [{ label: 'mobile', number: '06 12 34 56 78' }],
      city: 'Lyon',
      postcode: '69001',
      country: 'FR',
      company: { companyId: acme },
    })
  ).id;
  paul = (await call(core, 'contacts.create', { firstName: 'Paul', lastName: 'Martin', emails: [{ address: 'paul@martin.fr' }], city: 'Paris' })).id;
});
afterEach(() => core.dispose());

const header = (key: string) => translate('fr', `fields.contact.${key}`);
const exportHeaders = [recordIdHeaders.fr, header('name'), header('firstName'), header('company'), header('jobTitle'), header('email'), header('phone'), header('city'), header('postcode'), header('country'), header('createdAt')];

/** The rows as the contacts export writes them: whole name, first name, main e-mail, phone in international form. */
const exportedRows = () => [
  [helene, 'Hélène Dupont', 'Hélène', 'ACME SAS', 'Directrice', 'helene@acme.fr', '+33 6 12 34 56 78', 'Lyon', '69001', 'FR', new Date('2026-01-05T10:00:00Z')],
  [paul, 'Paul Martin', 'Paul', null, null, 'paul@martin.fr', null, 'Paris', null, null, new Date('2026-01-05T10:00:00Z')],
];

async function workbook(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const path = join(tempDir(), 'contacts.xlsx');
  await writeXlsxFile(path, exportHeaders, rows);
  return readFileSync(path);
}

const contactRow = (id: string) => core.db.prepare('SELECT * FROM contacts WHERE id = ?').get(id) as Record<string, string | number | null>;

describe('the Excel round trip', () => {
  it('guesses the export columns and finds nothing to change in a file saved as it was', async () => {
    const inspection = await inspect(core, 'contacts.xlsx', await workbook(exportedRows()));
    expect(inspection.hasRecordIds).toBe(true);
    expect(inspection.suggestedMapping).toEqual(['recordId', 'fullName', 'firstName', 'company', 'jobTitle', 'email', 'phone', 'city', 'postcode', 'country', null]);
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toEqual({ rows: 2, create: 0, update: 0, unchanged: 2, skip: 0, invalid: 0 });
    expect(preview.changes).toEqual([]);
  });

  it('lists the edits made in Excel before applying them, then applies exactly those', async () => {
    const rows = exportedRows();
    const [first, second] = rows as [(string | number | Date | null)[], (string | number | Date | null)[]];
    first[1] = 'Hélène Durand';
    first[4] = 'Directrice générale';
    first[6] = '07 61 23 45 67';
    first[7] = null;
    second[3] = 'Nouvelle Société';
    second[5] = 'paul.martin@nouvelle.fr';
    const inspection = await inspect(core, 'contacts.xlsx', await workbook(rows));
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toMatchObject({ update: 2, unchanged: 0, create: 0 });
    expect(preview.companiesToCreate).toEqual(['Nouvelle Société']);
    expect(preview.changes).toEqual([
      {
        line: 2,
        recordId: helene,
        recordName: 'Hélène Dupont',
        matchedBy: 'record_id',
        changes: [
          { field: 'lastName', before: 'Dupont', after: 'Durand' },
          { field: 'jobTitle', before: 'Directrice', after: 'Directrice générale' },
          { field: 'phone', before: '06 12 34 56 78', after: '07 61 23 45 67' },
          { field: 'city', before: 'Lyon', after: null },
        ],
      },
      {
        line: 3,
        recordId: paul,
        recordName: 'Paul Martin',
        matchedBy: 'record_id',
        changes: [
          { field: 'email', before: 'paul@martin.fr', after: 'paul.martin@nouvelle.fr' },
          { field: 'company', before: null, after: 'Nouvelle Société' },
        ],
      },
    ]);
    const result = await call(core, 'imports.run', planOf(inspection, { onMatch: 'update' }));
    expect(result).toMatchObject({ updated: 2, created: 0, companiesCreated: 1 });
    expect(contactRow(helene)).toMatchObject({ first_name: 'Hélène', last_name: 'Durand', job_title: 'Directrice générale', city: null, postcode: '69001' });
    expect(JSON.parse(String(contactRow(helene).phones))).toEqual([{ label: 'mobile', raw: '07 61 23 45 67', e164: '+33761234567' }]);
    // The other e-mail (home) is not in the export: it stays.
    expect(JSON.parse(String(contactRow(helene).emails))).toEqual([{ label: 'work', address: 'helene@acme.fr' }, { label: 'home', address: 'helene@perso.fr' }]);
    expect(JSON.parse(String(contactRow(paul).emails))).toEqual([{ label: 'work', address: 'paul.martin@nouvelle.fr' }]);
    const links = (await call(core, 'contacts.get', { id: paul })).companies;
    expect(links.map((link) => [link.companyName, link.isPrimary])).toEqual([['Nouvelle Société', true]]);
    // Each update is an ordinary change: the record's history shows it.
    const history = await call(core, 'history.list', { entity: 'contact', id: helene });
    expect(JSON.stringify(history)).toContain('Directrice générale');
  });

  it('refuses a row whose record id is unknown here, and leaves the others to the user', async () => {
    const rows = exportedRows();
    (rows[1] as (string | null)[])[0] = '01900000-0000-7000-8000-000000000000';
    const inspection = await inspect(core, 'contacts.xlsx', await workbook(rows));
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toMatchObject({ unchanged: 1, invalid: 1 });
    expect(preview.issues).toEqual([{ line: 3, column: recordIdHeaders.fr, columnIndex: 0, field: 'recordId', code: 'unknown_record', severity: 'error', value: '01900000-0000-7000-8000-000000000000' }]);
  });
});

describe('rows matching existing records', () => {
  const file = 'Prénom;Nom;E-mail;Fonction\nHélène;Dupont;HELENE@acme.fr;Présidente\nZoé;Durand;zoe@durand.fr;Gérante\nZoé;Durand;zoe@durand.fr;Gérante\n';

  it('are left alone by default (matched by e-mail, case aside); a row repeating an earlier one is skipped with a warning', async () => {
    const inspection = await inspect(core, 'contacts.csv', file);
    const preview = await call(core, 'imports.preview', planOf(inspection));
    expect(preview.counts).toEqual({ rows: 3, create: 1, update: 0, unchanged: 0, skip: 2, invalid: 0 });
    expect(preview.issues).toEqual([{ line: 4, column: null, columnIndex: null, field: null, code: 'duplicate_in_file', severity: 'warning', value: '3' }]);
    await call(core, 'imports.run', planOf(inspection));
    expect(contactRow(helene).job_title).toBe('Directrice');
  });

  it('are updated when asked, only in the fields the file fills (an empty cell of another file never erases)', async () => {
    const inspection = await inspect(core, 'contacts.csv', 'Nom;E-mail;Fonction;Ville\nDupont;helene@acme.fr;Présidente;\n');
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.changes).toEqual([{ line: 2, recordId: helene, recordName: 'Hélène Dupont', matchedBy: 'email', changes: [{ field: 'jobTitle', before: 'Directrice', after: 'Présidente' }] }]);
    await call(core, 'imports.run', planOf(inspection, { onMatch: 'update' }));
    expect(contactRow(helene)).toMatchObject({ job_title: 'Présidente', city: 'Lyon' });
  });

  it('are never matched by a shared mailbox (contact@, info@…), in the base or in the file', async () => {
    await call(core, 'contacts.create', { lastName: 'Accueil', emails: [{ address: 'contact@acme.fr' }] });
    const inspection = await inspect(core, 'contacts.csv', 'Nom;E-mail\nPremier;contact@acme.fr\nSecond;contact@acme.fr\n');
    expect((await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }))).counts).toMatchObject({ create: 2, update: 0, skip: 0 });
  });

  it('see a number written another way as the same number', async () => {
    const inspection = await inspect(core, 'contacts.csv', 'Nom;E-mail;Portable;Fonction\nDupont;helene@acme.fr;+33 (0)6 12 34 56 78;Directrice\n');
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toMatchObject({ unchanged: 1, update: 0 });
  });

  it('are found again by the run when the data changed after the preview', async () => {
    const inspection = await inspect(core, 'contacts.csv', 'Nom;E-mail\nNouveau;nouveau@example.fr\n');
    expect((await call(core, 'imports.preview', planOf(inspection))).counts).toMatchObject({ create: 1 });
    await call(core, 'contacts.create', { lastName: 'Nouveau', emails: [{ address: 'nouveau@example.fr' }] });
    expect(await call(core, 'imports.run', planOf(inspection))).toMatchObject({ created: 0, skipped: 1, batchId: null });
  });

  it('are created again when asked', async () => {
    const inspection = await inspect(core, 'contacts.csv', file);
    const result = await call(core, 'imports.run', planOf(inspection, { onMatch: 'create' }));
    expect(result).toMatchObject({ created: 3, skipped: 0 });
  });

  it('companies match by SIREN/SIRET, then by name', async () => {
    const withSiret = (await call(core, 'companies.create', { name: 'Transports Girard', legalId: '552 100 554 00013' })).id;
    const inspection = await inspect(core, 'companies.csv', 'Raison sociale;SIRET;Site web;Effectif\nGirard Transports;55210055400013;girard.fr;120\nacme sas;;acme.fr;\nNouvelle;12345678901234;;\n', 'company');
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toMatchObject({ update: 2, invalid: 1 });
    expect(preview.changes.map((change) => [change.recordId, change.matchedBy])).toEqual([
      [withSiret, 'legal_id'],
      [acme, 'name'],
    ]);
    expect(preview.issues).toEqual([{ line: 4, column: 'SIRET', columnIndex: 1, field: 'legalId', code: 'invalid_siret', severity: 'error', value: '12345678901234' }]);
    await call(core, 'imports.run', planOf(inspection, { onMatch: 'update', skipInvalid: true }));
    expect(core.db.prepare('SELECT name, website, size FROM companies WHERE id = ?').get(withSiret)).toEqual({ name: 'Girard Transports', website: 'https://girard.fr', size: '50-249' });
  });
});

describe('the round trip through the app’s own export files', () => {
  /** The contacts list exported by `exports.list` (default columns), as the bytes the user saves. */
  async function exported(format: 'xlsx' | 'csv'): Promise<Buffer> {
    const file = await call(core, 'exports.list', { entity: 'contact', format, source: { kind: 'list' }, language: 'fr', timeZone: 'Europe/Paris' });
    const stored = await findFile(core.paths.dataDir, 'outgoing', file.fileId);
    if (!stored) throw new Error('the exported file is missing');
    return readFileSync(stored.path);
  }

  for (const format of ['xlsx', 'csv'] as const) {
    it(`finds nothing to change in a ${format} export imported back as it was (a formula-like text neutralised with an apostrophe in CSV included)`, async () => {
      // A job title that looks like a formula leaves as text and must come back unchanged.
      await call(core, 'contacts.update', { id: paul, patch: { jobTitle: '=SOMME(A1:A9)' } });
      const bytes = await exported(format);
      if (format === 'csv') expect(bytes.toString('utf8')).toContain("'=SOMME(A1:A9)");
      const inspection = await inspect(core, `contacts.${format}`, bytes);
      expect(inspection.hasRecordIds).toBe(true);
      const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
      expect(preview.counts).toMatchObject({ rows: 2, create: 0, update: 0, unchanged: 2, invalid: 0 });
      expect(preview.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    });
  }
});
