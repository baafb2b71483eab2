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

  it('is undone whole when it updates deals: their stage, stage history and contacts as before, a field edited since kept', async () => {
    const zoe = (await call(core, 'contacts.create', { firstName: 'Zoé', lastName: 'Durand', emails: [{ address: 'zoe@durand.fr' }] })).id;
    const fours = (await call(core, 'deals.create', { title: 'Fours Lyon', companyId: acme, stageId: defaultStageId('proposal'), nextStep: 'Relancer' })).id;
    // Zoé took part in this deal once, as its buyer, and was taken off it: the import links her again.
    const petrin = (await call(core, 'deals.create', { title: 'Pétrin Nantes', stageId: defaultStageId('negotiation'), contacts: [{ contactId: zoe, role: 'Acheteuse' }] })).id;
    await call(core, 'deals.contacts.remove', { dealId: petrin, contactId: zoe });
    const seen = async () => ({
      deals: await Promise.all([fours, petrin].map((id) => call(core, 'deals.get', { id }))),
      entries: core.db.prepare('SELECT id, deal_id, stage_id, entered_at FROM deal_stage_entries WHERE deal_id IN (?, ?) AND deleted = 0 ORDER BY id').all(fours, petrin),
      dealContacts: core.db.prepare('SELECT id, deal_id, contact_id, role, deleted FROM deal_contacts WHERE deal_id IN (?, ?) ORDER BY id').all(fours, petrin) as DealRow[],
      heleneDeals: (await call(core, 'deals.list', { filters: { contactId: helene } })).rows.map((row) => row.id),
    });
    const before = await seen();
    expect(before.dealContacts).toEqual([expect.objectContaining({ contact_id: zoe, role: 'Acheteuse', deleted: 1 })]);

    const file = [
      'Identifiant CRM;Nom de l’affaire;Étape;Contact;Prochaine étape',
      `${fours};Fours Lyon;Négociation;helene@acme.fr;Envoyer le devis`,
      `${petrin};Pétrin Nantes;Gagné;zoe@durand.fr;`,
      ';Vitrine Paris;Proposition;helene@acme.fr;',
    ].join('\r\n');
    const inspection = await inspect(core, 'affaires.csv', file, 'deal');
    const result = await call(core, 'imports.run', planOf(inspection, { mapping: ['recordId', 'title', 'stage', 'contact', 'nextStep'], onMatch: 'update' }));
    expect(result).toMatchObject({ created: 1, updated: 2 });
    const imported = await seen();
    expect(imported.deals.map((deal) => [deal.stageId, deal.stageHistory.length, deal.contacts.map((contact) => contact.contactId)])).toEqual([
      [defaultStageId('negotiation'), 2, [helene]],
      [defaultStageId('won'), 2, [zoe]],
    ]);
    // Edited by the user after the import: kept by its undo.
    await call(core, 'deals.update', { id: fours, patch: { nextStep: 'Appeler Hélène' } });

    const undoneFrom = core.db.prepare('SELECT max(seq) FROM change_log').pluck().get() as number;
    const undone = await call(core, 'imports.undo', { batchId: result.batchId as string });
    expect(undone).toEqual({ batchId: result.batchId, removed: 1, restored: 2, keptFields: 1, alreadyGone: 0 });
    const after = await seen();
    expect(after.deals[0]?.nextStep).toBe('Appeler Hélène');
    // The links it made are deleted (kept as deleted rows, as every delete); the one it made again is as it was.
    const known = new Set(before.dealContacts.map((row) => row.id));
    const withoutEdits = (state: typeof before) => ({
      ...state,
      deals: state.deals.map(({ nextStep: _n, updatedAt: _u, ...deal }) => deal),
      dealContacts: state.dealContacts.filter((row) => row.deleted === 0 || known.has(row.id)),
    });
    expect(withoutEdits(after)).toEqual(withoutEdits(before));
    expect(after.deals[1]?.nextStep).toBe(before.deals[1]?.nextStep);
    // Taken back through the change log, to be synced: the two stage entries and the two contact links.
    const deletions = (table: string) => core.db.prepare(`SELECT count(*) FROM change_log WHERE seq > ? AND tbl = ? AND pushed = 0 AND changes LIKE '%"deleted":1%'`).pluck().get(undoneFrom, table);
    expect([deletions('deal_stage_entries'), deletions('deal_contacts')]).toEqual([2, 2]);
    // The deal it created is deleted as the user deletes one: restored, it has its contact and stage history.
    const vitrine = String(dealNamed('Vitrine Paris').id);
    await call(core, 'deals.restore', { ids: [vitrine] });
    const restored = await call(core, 'deals.get', { id: vitrine });
    expect([restored.contacts.map((contact) => contact.contactId), restored.stageHistory.map((entry) => entry.stageId)]).toEqual([[helene], [defaultStageId('proposal')]]);
  });

  it('leaves a stage move standing at undo when the deal moved again since: its stage and whole history kept, the other fields put back', async () => {
    const fours = (await call(core, 'deals.create', { title: 'Fours Lyon', companyId: acme, stageId: defaultStageId('proposal'), nextStep: 'Relancer' })).id;
    const vitrine = (await call(core, 'deals.create', { title: 'Vitrine Paris', stageId: defaultStageId('proposal') })).id;
    const file = ['Identifiant CRM;Nom de l’affaire;Étape;Prochaine étape', `${fours};Fours Lyon;Négociation;Envoyer le devis`, `${vitrine};Vitrine Paris;Négociation;`].join('\r\n');
    const inspection = await inspect(core, 'affaires.csv', file, 'deal');
    const result = await call(core, 'imports.run', planOf(inspection, { mapping: ['recordId', 'title', 'stage', 'nextStep'], onMatch: 'update' }));
    expect(result).toMatchObject({ updated: 2 });
    // Fours Lyon is won afterwards; Vitrine Paris stays where the import put it.
    await call(core, 'deals.move', { id: fours, stageId: defaultStageId('won') });
    const wonDeal = await call(core, 'deals.get', { id: fours });

    const undone = await call(core, 'imports.undo', { batchId: result.batchId as string });
    expect(undone).toEqual({ batchId: result.batchId, removed: 0, restored: 2, keptFields: 1, alreadyGone: 0 });
    const [won, back] = await Promise.all([fours, vitrine].map((id) => call(core, 'deals.get', { id })));
    // The moved deal: still won, closed when it was won, its history proposal → negotiation → won; its next step put back.
    expect([won?.stageId, won?.closedAt, won?.stageEnteredAt, won?.nextStep]).toEqual([defaultStageId('won'), wonDeal.closedAt, wonDeal.stageEnteredAt, 'Relancer']);
    expect(wonDeal.stageHistory.map((entry) => entry.stageId).sort()).toEqual([defaultStageId('proposal'), defaultStageId('negotiation'), defaultStageId('won')].sort());
    expect(won?.stageHistory).toEqual(wonDeal.stageHistory);
    // The other: back in its stage, the import's entry taken out of its history.
    expect([back?.stageId, back?.stageHistory.map((entry) => entry.stageId)]).toEqual([defaultStageId('proposal'), [defaultStageId('proposal')]]);
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
