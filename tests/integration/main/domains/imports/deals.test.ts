import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultStageId } from '../../../../../src-main/domains/pipelines/defaults';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';
import { databaseState, inspect, planOf } from './helpers';

/*
 * Deals from a French spreadsheet into a real database: the deals as the deal form makes them
 * (stage entered, stage entry, contact linked, amounts in cents of their currency), through the
 * change log, recorded in the batch that undo takes back; a file with errors writes nothing.
 */

let core: TestCore;
let acme: string;
let helene: string;
let owner: string;

beforeEach(async () => {
  core = openTestCore();
  await call(core, 'pipelines.list', {});
  acme = (await call(core, 'companies.create', { name: 'ACME SAS' })).id;
  helene = (await call(core, 'contacts.create', { firstName: 'Hélène', lastName: 'Dupont', emails: [{ address: 'helene@acme.fr' }], company: { companyId: acme } })).id;
  owner = core.db.prepare('SELECT display_name FROM users WHERE id = ?').pluck().get(core.userId) as string;
});
afterEach(() => core.dispose());

/** A pipeline exported from a spreadsheet by a French salesperson: semicolons, French amounts, dates and stage names. */
const frenchFile = () =>
  [
    'Nom de l’affaire;Société;Contact;Montant;Étape;Date de clôture prévue;Probabilité;Propriétaire;Source;Notes',
    `Fours Lyon;ACME SAS;helene@acme.fr;12 500,50 €;Proposition;31/12/2026;30 %;${owner};Salon;Rappeler en janvier`,
    'Pétrin Nantes;Boulangerie Neuve;Hélène Dupont;3 000 $;négociation;15/01/2027;0,6;;;',
    'Vitrine Paris;acme sas;;1 000;Gagné;30/11/2026;;;Site web;',
  ].join('\r\n');

type DealRow = Record<string, string | number | null>;
const dealNamed = (title: string) => core.db.prepare('SELECT * FROM deals WHERE title = ?').get(title) as DealRow;
const liveDeals = () => core.db.prepare('SELECT count(*) FROM deals WHERE deleted = 0').pluck().get() as number;

function state() {
  const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
  return {
    ...databaseState(core),
    deals: count('SELECT count(*) FROM deals'),
    stageEntries: count('SELECT count(*) FROM deal_stage_entries'),
    dealContacts: count('SELECT count(*) FROM deal_contacts'),
  };
}

describe('importing deals', () => {
  it('guesses the French columns', async () => {
    const inspection = await inspect(core, 'affaires.csv', frenchFile(), 'deal');
    expect(inspection.separator).toBe(';');
    expect(inspection.suggestedMapping).toEqual(['title', 'company', 'contact', 'amount', 'stage', 'expectedClose', 'probability', 'owner', 'source', 'notes']);
  });

  it('creates the deals as the deal form does, with their stage, company, contact, owner and amount in cents', async () => {
    const inspection = await inspect(core, 'affaires.csv', frenchFile(), 'deal');
    const preview = await call(core, 'imports.preview', planOf(inspection));
    expect(preview.counts).toEqual({ rows: 3, create: 3, update: 0, unchanged: 0, skip: 0, invalid: 0 });
    expect(preview.companiesToCreate).toEqual(['Boulangerie Neuve']);
    expect(preview.issues).toEqual([]);

    const result = await call(core, 'imports.run', planOf(inspection));
    expect(result).toMatchObject({ created: 3, updated: 0, companiesCreated: 1 });

    const fours = dealNamed('Fours Lyon');
    expect(fours).toMatchObject({
      amount_minor: 1_250_050,
      currency: 'EUR',
      stage_id: defaultStageId('proposal'),
      company_id: acme,
      expected_close: '2026-12-31',
      probability: 30,
      owner_id: core.userId,
      source: 'Salon',
      notes: 'Rappeler en janvier',
      closed_at: null,
      deleted: 0,
    });
    expect(fours.stage_entered_at).toEqual(expect.any(String));

    const petrin = dealNamed('Pétrin Nantes');
    const newCompany = core.db.prepare("SELECT id FROM companies WHERE name = 'Boulangerie Neuve'").pluck().get() as string;
    expect(petrin).toMatchObject({ amount_minor: 300_000, currency: 'USD', stage_id: defaultStageId('negotiation'), company_id: newCompany, expected_close: '2027-01-15', probability: 60 });

    const vitrine = dealNamed('Vitrine Paris');
    expect(vitrine).toMatchObject({ amount_minor: 100_000, currency: 'EUR', stage_id: defaultStageId('won'), company_id: acme, probability: null });
    expect(vitrine.closed_at).toBe(vitrine.stage_entered_at);

    // The deal's page shows what the form would have written: its contact, its stage history.
    const detail = await call(core, 'deals.get', { id: String(fours.id) });
    expect(detail.contacts.map((contact) => contact.contactId)).toEqual([helene]);
    expect((await call(core, 'deals.get', { id: String(petrin.id) })).contacts.map((contact) => contact.contactId)).toEqual([helene]);
    const entries = core.db.prepare('SELECT deal_id, stage_id FROM deal_stage_entries ORDER BY deal_id').all();
    expect(entries).toEqual(
      expect.arrayContaining([
        { deal_id: fours.id, stage_id: defaultStageId('proposal') },
        { deal_id: petrin.id, stage_id: defaultStageId('negotiation') },
        { deal_id: vitrine.id, stage_id: defaultStageId('won') },
      ]),
    );

    // Ordinary synced changes: each deal, stage entry and contact link is in the change log, unsent.
    const logged = (table: string) => core.db.prepare('SELECT count(DISTINCT row_id) FROM change_log WHERE tbl = ? AND pushed = 0').pluck().get(table) as number;
    expect(logged('deals')).toBe(3);
    expect(logged('deal_stage_entries')).toBe(3);
    expect(logged('deal_contacts')).toBe(2);
    expect(logged('companies')).toBe(2);
    const found = await call(core, 'search.global', { q: 'petrin' });
    expect(found.map((hit) => hit.title)).toContain('Pétrin Nantes');
  });

  it('is undone whole: the deals and the company it created are deleted', async () => {
    const inspection = await inspect(core, 'affaires.csv', frenchFile(), 'deal');
    await call(core, 'imports.run', planOf(inspection));
    expect(liveDeals()).toBe(3);
    const [batch] = await call(core, 'imports.list', {});
    expect(batch).toMatchObject({ entity: 'deal', created: 3, companiesCreated: 1 });
    const undone = await call(core, 'imports.undo', { batchId: batch?.batchId as string });
    expect(undone).toMatchObject({ removed: 4, restored: 0 });
    expect(liveDeals()).toBe(0);
    expect(core.db.prepare("SELECT deleted FROM companies WHERE name = 'Boulangerie Neuve'").pluck().get()).toBe(1);
    expect(core.db.prepare('SELECT deleted FROM companies WHERE id = ?').pluck().get(acme)).toBe(0);
    const board = await call(core, 'deals.board', {});
    expect(board.columns.flatMap((column) => column.deals)).toEqual([]);
  });

  it('writes nothing when a row is in error, and says where', async () => {
    const file = `${frenchFile()}\r\nFour Brest;ACME SAS;;abc;Proposition;;;;;\r\nFour Metz;;;500;Étape inconnue;;;;;`;
    const inspection = await inspect(core, 'affaires.csv', file, 'deal');
    const before = state();
    const preview = await call(core, 'imports.preview', planOf(inspection));
    expect(preview.counts).toMatchObject({ create: 3, invalid: 2 });
    expect(preview.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [5, 'Montant', 'invalid_amount'],
      [6, 'Étape', 'unknown_stage'],
    ]);
    const error = await callError(core, 'imports.run', planOf(inspection));
    expect(error.code).toBe('validation');
    expect(state()).toEqual(before);
  });

  it('refuses a mapping without the deal’s title', async () => {
    const inspection = await inspect(core, 'affaires.csv', frenchFile(), 'deal');
    const error = await callError(core, 'imports.preview', planOf(inspection, { mapping: inspection.suggestedMapping.map((field) => (field === 'title' ? null : field)) }));
    expect(error.message).toBe('Associez une colonne à l’intitulé de l’affaire.');
  });
});
