import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PIPELINE_ID, defaultStageId } from '../../../../../src-main/domains/pipelines/defaults';
import type { ImportFieldKey, ImportMapping } from '../../../../../src-shared/domain/imports';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { inspect } from './helpers';

/*
 * The rules of a deal row, each issue at its line and column, and the defaults and lookups a
 * deal gets (stage and pipeline, status, currency, company, contact, owner, lost reason).
 */

let core: TestCore;
let acme: string;
let helene: string;
let heleneOther: string;

beforeEach(async () => {
  core = openTestCore();
  await call(core, 'pipelines.list', {});
  acme = (await call(core, 'companies.create', { name: 'ACME SAS' })).id;
  const other = (await call(core, 'companies.create', { name: 'Autre Maison' })).id;
  helene = (await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Dupont', emails: [{ address: 'helene@acme.fr' }], company: { companyId: acme } })).id;
  heleneOther = (await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Dupont', company: { companyId: other } })).id;
  await call(core, 'pipelines.save', {
    name: 'Grands comptes',
    stages: [
      { name: 'Premier rendez-vous', probability: 20, kind: 'open' },
      { name: 'Signé', probability: 100, kind: 'won' },
      { name: 'Abandonné', probability: 0, kind: 'lost' },
    ],
  });
});
afterEach(() => core.dispose());

const COLUMNS: [string, ImportFieldKey][] = [
  ['Affaire', 'title'],
  ['Pipeline', 'pipeline'],
  ['Étape', 'stage'],
  ['Statut', 'status'],
  ['Montant', 'amount'],
  ['Devise', 'currency'],
  ['Probabilité', 'probability'],
  ['Clôture', 'expectedClose'],
  ['Société', 'company'],
  ['Contact', 'contact'],
  ['Propriétaire', 'owner'],
  ['Motif de perte', 'lostReason'],
];

type Cells = Partial<Record<ImportFieldKey, string>>;

/** A file of these rows, every column mapped to its field. */
async function check(rows: Cells[], more: { createMissingCompanies?: boolean } = {}) {
  const text = [COLUMNS.map(([header]) => header).join(';'), ...rows.map((row) => COLUMNS.map(([, key]) => row[key] ?? '').join(';'))].join('\n');
  const inspection = await inspect(core, 'affaires.csv', text, 'deal');
  const mapping: ImportMapping = COLUMNS.map(([, key]) => key);
  const plan = { importId: inspection.importId, entity: 'deal' as const, mapping, onMatch: 'skip' as const, ...more };
  return { preview: await call(core, 'imports.preview', plan), run: () => call(core, 'imports.run', { ...plan, skipInvalid: true }) };
}

async function issuesOf(row: Cells, more: { createMissingCompanies?: boolean } = {}) {
  const { preview } = await check([row], more);
  return preview.issues.map((issue) => ({ column: issue.column, code: issue.code, severity: issue.severity }));
}

const deal = (title: string) => core.db.prepare('SELECT * FROM deals WHERE title = ? AND deleted = 0').get(title) as Record<string, string | number | null>;

describe('the issues of a deal row', () => {
  it('needs a title', async () => {
    expect(await issuesOf({ amount: '100' })).toEqual([{ column: 'Affaire', code: 'required', severity: 'error' }]);
  });

  it('refuses unreadable amounts, currencies, probabilities, statuses and dates', async () => {
    expect(await issuesOf({ title: 'A', amount: '12 abc' })).toEqual([{ column: 'Montant', code: 'invalid_amount', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', amount: '10,505 €' })).toEqual([{ column: 'Montant', code: 'invalid_amount', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', amount: '1 500,5', currency: 'JPY' })).toEqual([{ column: 'Montant', code: 'invalid_amount', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', currency: 'sous' })).toEqual([{ column: 'Devise', code: 'invalid_currency', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', amount: '100 $', currency: 'EUR' })).toEqual([{ column: 'Devise', code: 'invalid_currency', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', probability: '140 %' })).toEqual([{ column: 'Probabilité', code: 'invalid_probability', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', status: 'bof' })).toEqual([{ column: 'Statut', code: 'invalid_choice', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', expectedClose: '31/02/2026' })).toEqual([{ column: 'Clôture', code: 'invalid_date', severity: 'error' }]);
  });

  it('refuses a pipeline or stage the CRM does not have, and a status the stage contradicts', async () => {
    expect(await issuesOf({ title: 'A', pipeline: 'Inconnu' })).toEqual([{ column: 'Pipeline', code: 'unknown_pipeline', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', stage: 'Premier rendez-vous' })).toEqual([{ column: 'Étape', code: 'unknown_stage', severity: 'error' }]);
    expect(await issuesOf({ title: 'A', stage: 'Proposition', status: 'gagnée' })).toEqual([{ column: 'Statut', code: 'status_mismatch', severity: 'error' }]);
  });

  it('refuses an unknown owner', async () => {
    expect(await issuesOf({ title: 'A', owner: 'Personne Inconnue' })).toEqual([{ column: 'Propriétaire', code: 'unknown_user', severity: 'error' }]);
  });

  it('imports without what it cannot find, with a warning', async () => {
    expect(await issuesOf({ title: 'A', company: 'Nouvelle SARL' }, { createMissingCompanies: false })).toEqual([{ column: 'Société', code: 'unknown_company', severity: 'warning' }]);
    expect(await issuesOf({ title: 'A', contact: 'personne@nulle.part' })).toEqual([{ column: 'Contact', code: 'unknown_contact', severity: 'warning' }]);
    // Two contacts share the name and the row names no company to tell them apart.
    expect(await issuesOf({ title: 'A', contact: 'Hélène Dupont' })).toEqual([{ column: 'Contact', code: 'unknown_contact', severity: 'warning' }]);
    expect(await issuesOf({ title: 'A', status: 'perdue', lostReason: 'La météo' })).toEqual([{ column: 'Motif de perte', code: 'unknown_lost_reason', severity: 'warning' }]);
    expect(await issuesOf({ title: 'A', stage: 'Proposition', lostReason: 'Prix' })).toEqual([{ column: 'Motif de perte', code: 'value_ignored', severity: 'warning' }]);
  });
});

describe('the deal a row becomes', () => {
  it('takes the defaults of the deal form: first open stage of the first pipeline, EUR, the importing user', async () => {
    const { preview, run } = await check([{ title: 'Sans rien', amount: '1 200,50' }]);
    expect(preview.counts.create).toBe(1);
    await run();
    expect(deal('Sans rien')).toMatchObject({ pipeline_id: DEFAULT_PIPELINE_ID, stage_id: defaultStageId('qualification'), amount_minor: 120_050, currency: 'EUR', owner_id: core.userId, closed_at: null });
  });

  it('finds stages by their French or English names, and by the status alone', async () => {
    await (
      await check([
        { title: 'Anglais', stage: 'PROPOSAL' },
        { title: 'Gagnée', status: 'Signée' },
        { title: 'Perdue', status: 'perdu', lostReason: 'prix' },
        { title: 'Grand compte', pipeline: 'grands comptes', stage: 'premier rendez vous' },
        { title: 'Grand compte gagné', pipeline: 'Grands comptes', stage: 'Gagné' },
      ])
    ).run();
    expect(deal('Anglais').stage_id).toBe(defaultStageId('proposal'));
    expect(deal('Gagnée')).toMatchObject({ stage_id: defaultStageId('won') });
    expect(deal('Gagnée').closed_at).toEqual(expect.any(String));
    const price = core.db.prepare("SELECT id FROM lost_reasons WHERE label = 'Prix'").pluck().get();
    expect(deal('Perdue')).toMatchObject({ stage_id: defaultStageId('lost'), lost_reason_id: price });
    const pipeline = core.db.prepare("SELECT id FROM pipelines WHERE name = 'Grands comptes'").pluck().get();
    const stageOf = (name: string) => core.db.prepare('SELECT id FROM pipeline_stages WHERE pipeline_id = ? AND name = ?').pluck().get(pipeline, name);
    expect(deal('Grand compte')).toMatchObject({ pipeline_id: pipeline, stage_id: stageOf('Premier rendez-vous') });
    // "Gagné" is not a stage of this pipeline by name: its won stage is.
    expect(deal('Grand compte gagné')).toMatchObject({ pipeline_id: pipeline, stage_id: stageOf('Signé') });
  });

  it('links the contact found by e-mail, or by name within the deal’s company', async () => {
    await (
      await check([
        { title: 'Par e-mail', contact: 'HELENE@acme.fr' },
        { title: 'Par nom', contact: 'Dupont Hélène', company: 'Autre Maison' },
      ])
    ).run();
    const contactsOf = (title: string) => core.db.prepare('SELECT contact_id FROM deal_contacts WHERE deal_id = ? AND deleted = 0').pluck().all(deal(title).id);
    expect(contactsOf('Par e-mail')).toEqual([helene]);
    expect(contactsOf('Par nom')).toEqual([heleneOther]);
  });

  it('creates the companies the file names when asked, once each', async () => {
    const { preview, run } = await check([
      { title: 'Un', company: 'Nouvelle SARL' },
      { title: 'Deux', company: 'NOUVELLE sarl' },
      { title: 'Trois', company: 'acme sas' },
    ]);
    expect(preview.companiesToCreate).toEqual(['Nouvelle SARL']);
    const result = await run();
    expect(result.companiesCreated).toBe(1);
    const created = core.db.prepare("SELECT id FROM companies WHERE name = 'Nouvelle SARL'").pluck().all();
    expect(created).toHaveLength(1);
    expect(deal('Un').company_id).toBe(created[0]);
    expect(deal('Deux').company_id).toBe(created[0]);
    expect(deal('Trois').company_id).toBe(acme);
  });

  it('updates a deal by its CRM id: a lost status moves it to the lost stage with its reason, an emptied title is refused', async () => {
    const id = (await call(core, 'deals.create', { title: 'Fours Lyon', amountMinor: 100_000, stageId: defaultStageId('proposal') })).id;
    const file = (row: string) => `Identifiant CRM;Affaire;Statut;Motif de perte;Pipeline\n${row}\n`;
    const plan = async (row: string) => {
      const inspection = await inspect(core, 'affaires.csv', file(row), 'deal');
      return { importId: inspection.importId, entity: 'deal' as const, mapping: inspection.suggestedMapping, onMatch: 'update' as const };
    };
    expect((await inspect(core, 'affaires.csv', file(`${id};Fours Lyon;perdue;Prix;`), 'deal')).suggestedMapping).toEqual(['recordId', 'title', 'status', 'lostReason', 'pipeline']);

    const emptied = await call(core, 'imports.preview', await plan(`${id};;;;`));
    expect(emptied.issues.map((found) => [found.column, found.code])).toEqual([['Affaire', 'required']]);
    const elsewhere = await call(core, 'imports.preview', await plan(`${id};Fours Lyon;;;Grands comptes`));
    expect(elsewhere.issues.map((found) => [found.column, found.code])).toEqual([['Pipeline', 'pipeline_changed']]);
    const unknown = await call(core, 'imports.preview', await plan('0190a2b4-0000-7000-8000-000000000000;Fours Lyon;;;'));
    expect(unknown.issues.map((found) => [found.column, found.code])).toEqual([['Identifiant CRM', 'unknown_record']]);

    const lost = await plan(`${id};Fours Lyon;perdue;Prix;`);
    const preview = await call(core, 'imports.preview', lost);
    expect(preview.changes[0]?.changes).toEqual([
      { field: 'stage', before: 'Proposition', after: 'Perdu' },
      { field: 'lostReason', before: null, after: 'Prix' },
    ]);
    await call(core, 'imports.run', lost);
    const price = core.db.prepare("SELECT id FROM lost_reasons WHERE label = 'Prix'").pluck().get();
    expect(deal('Fours Lyon')).toMatchObject({ stage_id: defaultStageId('lost'), lost_reason_id: price });
    expect(deal('Fours Lyon').closed_at).toEqual(expect.any(String));

    // Back to an open stage, as a move on the board: the reason goes, the deal is open again.
    await call(core, 'imports.run', await plan(`${id};Fours Lyon;en cours;;`));
    expect(deal('Fours Lyon')).toMatchObject({ stage_id: defaultStageId('qualification'), lost_reason_id: null, closed_at: null });
  });
});
