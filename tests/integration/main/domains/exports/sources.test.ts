import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { columnValues, headers, outgoingText, parseCsv, readWorkbook } from './helpers';

const NOW = Date.UTC(2026, 10, 15, 12);
const PARIS = 'Europe/Paris';

let core: TestCore;
beforeEach(async () => {
  core = openTestCore({ clock: { now: () => NOW } });
  const vip = await call(core, 'tags.create', { name: 'VIP' });
  for (const [firstName, lastName, city, tagged] of [
    ['Anne', 'Martin', 'Lyon', true],
    ['Bruno', 'Lefèvre', 'Lyon', false],
    ['Chloé', 'Durand', 'Paris', true],
    ['David', 'Bernard', 'Lyon', true],
    ['Élise', 'Petit', 'Villeurbanne', false],
  ] as const) {
    await call(core, 'contacts.create', { firstName, lastName, city, ...(tagged ? { tagIds: [vip.id] } : {}) });
  }
});
afterEach(() => core.dispose());

const idsByName = async (): Promise<Map<string, string>> => new Map((await call(core, 'contacts.list', {})).rows.map((row) => [row.displayName, row.id]));

describe('what an export holds', () => {
  it('a filtered and sorted list: exactly the rows the screen shows, in its order', async () => {
    const filters = { city: 'Lyon', deleted: false };
    const sort = { field: 'name' as const, dir: 'desc' as const };
    const shown = (await call(core, 'contacts.list', { filters, sort })).rows.map((row) => row.displayName);
    expect(shown).toEqual(['Anne Martin', 'Bruno Lefèvre', 'David Bernard']);
    const file = await call(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'list', filters, sort }, columns: ['name', 'city'], timeZone: PARIS });
    expect(file.rows).toBe(3);
    const { sheet } = await readWorkbook(core, file);
    expect(columnValues(sheet, 'Nom')).toEqual(shown);
  });

  it('a selection: only those records, in the list’s order whatever order they were picked in', async () => {
    const ids = await idsByName();
    const picked = ['Élise Petit', 'Anne Martin', 'Chloé Durand'].map((name) => ids.get(name) as string);
    const file = await call(core, 'exports.list', {
      entity: 'contact',
      format: 'csv',
      source: { kind: 'selection', ids: picked, sort: { field: 'name', dir: 'asc' } },
      columns: ['name'],
      language: 'en',
    });
    expect(file).toMatchObject({ rows: 3, fileName: 'Contacts (selection) 2026-11-15.csv' });
    const rows = parseCsv((await outgoingText(core, file)).replace(/^\ufeff/, ''), ',');
    expect(rows.slice(1).map((row) => row[1])).toEqual(['Chloé Durand', 'Anne Martin', 'Élise Petit']);
  });

  it('a saved view: its filters, its sort and its columns, under its name', async () => {
    const view = await call(core, 'views.save', {
      entity: 'contact',
      name: 'VIP lyonnais',
      state: { sort: { field: 'name', dir: 'asc' }, filters: { city: 'Lyon', tagId: (await call(core, 'tags.list', {}))[0]?.id ?? null }, columns: ['city', 'name', 'unknown'] },
    });
    const file = await call(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'view', viewId: view.id }, timeZone: PARIS });
    expect(file.fileName).toBe('Contacts – VIP lyonnais 2026-11-15.xlsx');
    const { sheet } = await readWorkbook(core, file);
    expect(headers(sheet)).toEqual(['Identifiant CRM', 'Ville', 'Nom']);
    expect(columnValues(sheet, 'Nom')).toEqual(['David Bernard', 'Anne Martin']);
  });

  it('an empty list: the header alone, ready to be filled', async () => {
    const file = await call(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'list', filters: { city: 'Marseille' } }, columns: ['name'] });
    expect(file.rows).toBe(0);
    const { sheet } = await readWorkbook(core, file);
    expect(headers(sheet)).toEqual(['Identifiant CRM', 'Nom']);
    expect(sheet.rowCount).toBe(1);
  });

  it('the list’s default columns when none are named', async () => {
    const file = await call(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'list' }, timeZone: PARIS });
    const { sheet } = await readWorkbook(core, file);
    expect(headers(sheet)).toEqual(['Identifiant CRM', 'Nom', 'Société', 'Fonction', 'E-mail', 'Téléphone', 'Ville', 'Responsable', 'Étiquettes', 'Modifié le']);
    // Sorted by last name, as the list is by default.
    expect(columnValues(sheet, 'Nom')).toEqual(['David Bernard', 'Chloé Durand', 'Bruno Lefèvre', 'Anne Martin', 'Élise Petit']);
    expect(columnValues(sheet, 'Étiquettes')).toEqual(['VIP', 'VIP', null, 'VIP', null]);
  });

  it('companies and activities, with their own columns', async () => {
    await call(core, 'companies.create', { name: 'Boulangerie Martin', industry: 'Alimentation', size: '10-49' });
    const companies = await readWorkbook(
      core,
      await call(core, 'exports.list', { entity: 'company', format: 'xlsx', source: { kind: 'list' }, columns: ['name', 'size', 'contactCount'] }),
    );
    expect(headers(companies.sheet)).toEqual(['Identifiant CRM', 'Raison sociale', 'Effectif', 'Contacts']);
    expect(companies.sheet.getRow(2).values).toEqual([undefined, expect.any(String), 'Boulangerie Martin', '10 à 49 salariés', 0]);

    await call(core, 'activities.create', { kind: 'task', subject: 'Rappeler Anne', priority: 'high' });
    await call(core, 'activities.create', {
      kind: 'meeting',
      subject: 'Visite atelier',
      timing: { allDay: false, start: '2026-11-18T08:30:00.000Z', end: '2026-11-18T09:30:00.000Z', timeZone: PARIS },
    });
    const exported = async (filters: Record<string, unknown>) => {
      const file = await call(core, 'exports.list', {
        entity: 'activity',
        format: 'csv',
        source: { kind: 'list', filters, sort: { field: 'subject', dir: 'asc' } },
        columns: ['at', 'kind', 'subject', 'status', 'priority'],
        timeZone: PARIS,
      });
      return parseCsv((await outgoingText(core, file)).replace(/^\ufeff/, ''), ';');
    };
    const all = await exported({});
    expect(all[0]).toEqual(['Identifiant CRM', 'Date', 'Type', 'Objet', 'Statut', 'Priorité']);
    expect(all.slice(1).map((row) => row.slice(1))).toEqual([
      ['', 'Tâche', 'Rappeler Anne', 'À faire', 'Haute'],
      ['18/11/2026 09:30', 'Rendez-vous', 'Visite atelier', '', ''],
    ]);
    expect((await exported({ kinds: ['meeting'] })).length).toBe(2);
  });

  it('refuses a view that is not the user’s, and vCard for anything but contacts', async () => {
    expect(await callError(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'view', viewId: '01a00000-0000-7000-8000-000000000000' } })).toMatchObject({
      code: 'not_found',
    });
    expect(await callError(core, 'exports.list', { entity: 'company', format: 'vcard', source: { kind: 'list' } })).toMatchObject({ code: 'validation' });
    expect(await callError(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'list' }, columns: ['name', 'name'] })).toMatchObject({ code: 'validation' });
    expect(await callError(core, 'exports.list', { entity: 'contact', format: 'xlsx', source: { kind: 'list' }, columns: ['amount'] })).toMatchObject({ code: 'validation' });
  });
});
