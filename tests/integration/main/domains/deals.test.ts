import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeHlc } from '../../../../src-shared/sync/hlc';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord } from '../../../../src-main/db/write-path';
import { derivedUuid } from '../../../../src-main/domains/common/derived-id';
import { DEFAULT_PIPELINE_ID } from '../../../../src-main/domains/pipelines/defaults';
import { call, callError, openTestCore, snapshotTables, type TestCore } from '../../../helpers/core';

let core: TestCore;
beforeEach(() => {
  core = openTestCore();
});
afterEach(() => core.dispose());

const addRate = (currency: string, validFrom: string, rate: string) =>
  write(core, (tx) => insertRecord(tx, 'exchange_rates', derivedUuid(`rate/${currency}/${validFrom}`), { currency, valid_from: validFrom, rate }));

describe('the default pipeline', () => {
  it('is made on first use, in French by default, with the same ids on every device, stamped at the epoch', async () => {
    const [pipeline] = await call(core, 'pipelines.list', {});
    expect(pipeline?.id).toBe(DEFAULT_PIPELINE_ID);
    expect(pipeline?.name).toBe('Ventes');
    expect(pipeline?.stages.map((stage) => [stage.name, stage.probability, stage.kind])).toEqual([
      ['Qualification', 10, 'open'],
      ['Découverte', 25, 'open'],
      ['Proposition', 50, 'open'],
      ['Négociation', 75, 'open'],
      ['Gagné', 100, 'won'],
      ['Perdu', 0, 'lost'],
    ]);
    const stamps = core.db.prepare("SELECT hlc FROM change_log WHERE tbl IN ('pipelines', 'pipeline_stages', 'lost_reasons')").pluck().all() as string[];
    expect(stamps.length).toBe(1 + 6 + 5);
    expect(stamps.every((hlc) => decodeHlc(hlc).wallMs === 0)).toBe(true);
    // Asking again changes nothing.
    const before = snapshotTables(core);
    await call(core, 'pipelines.list', {});
    expect(snapshotTables(core)).toEqual(before);

    const other = openTestCore();
    try {
      await call(other, 'profile.update', { language: 'en' });
      const [english] = await call(other, 'pipelines.list', {});
      expect(english?.id).toBe(DEFAULT_PIPELINE_ID);
      expect(english?.stages.map((stage) => stage.id)).toEqual(pipeline?.stages.map((stage) => stage.id));
      expect(english?.name).toBe('Sales');
    } finally {
      other.dispose();
    }
  });
});

describe('pipelines', () => {
  it('saves stages in order, refuses to remove a stage that still holds deals, and removes an empty one', async () => {
    const saved = await call(core, 'pipelines.save', {
      name: 'Grands comptes',
      stages: [
        { name: 'Contact', probability: 10 },
        { name: 'Appel d’offres', probability: 40 },
        { name: 'Signé', probability: 100, kind: 'won' },
      ],
    });
    expect(saved.stages.map((stage) => stage.name)).toEqual(['Contact', 'Appel d’offres', 'Signé']);
    const [contact, tender, signed] = saved.stages;
    const deal = await call(core, 'deals.create', { title: 'Marché public', pipelineId: saved.id, stageId: tender?.id });
    expect(deal.stageId).toBe(tender?.id);

    const refused = await callError(core, 'pipelines.save', { id: saved.id, name: saved.name, stages: [{ id: contact?.id, name: 'Contact', probability: 10 }] });
    expect(refused.code).toBe('validation');
    expect(refused.issues?.[0]?.code).toBe('in_use');

    const reordered = await call(core, 'pipelines.save', {
      id: saved.id,
      name: 'Grands comptes',
      stages: [
        { id: tender?.id, name: 'Appel d’offres', probability: 45 },
        { id: signed?.id, name: 'Signé', probability: 100, kind: 'won' },
      ],
    });
    expect(reordered.stages.map((stage) => [stage.name, stage.probability])).toEqual([
      ['Appel d’offres', 45],
      ['Signé', 100],
    ]);
    expect((await callError(core, 'pipelines.save', { name: 'Sans étape ouverte', stages: [{ name: 'Fin', probability: 100, kind: 'won' }] })).issues?.[0]?.path).toBe('stages');
    expect((await callError(core, 'pipelines.delete', { id: saved.id })).issues?.[0]?.code).toBe('in_use');
  });
});

describe('deals', () => {
  it('starts in the first open stage, records each stage it enters, and closes in a won or lost stage', async () => {
    const company = await call(core, 'companies.create', { name: 'Boulangerie Morvan' });
    const contact = await call(core, 'contacts.create', { firstName: 'Annaïg', lastName: 'Morvan' });
    const deal = await call(core, 'deals.create', {
      title: 'Four à sole',
      companyId: company.id,
      amountMinor: 12_500_00,
      expectedClose: '2026-12-15',
      contacts: [{ contactId: contact.id, role: 'Décideuse' }],
    });
    expect(deal).toMatchObject({ companyName: 'Boulangerie Morvan', probability: 10, currency: 'EUR', closedAt: null });
    expect(deal.contacts).toEqual([{ contactId: contact.id, name: 'Annaïg Morvan', role: 'Décideuse' }]);
    expect(deal.stageHistory.map((entry) => entry.stageName)).toEqual(['Qualification']);

    const [pipeline] = await call(core, 'pipelines.list', {});
    const stage = (name: string) => pipeline?.stages.find((candidate) => candidate.name === name)?.id ?? '';
    const proposal = await call(core, 'deals.move', { id: deal.id, stageId: stage('Proposition') });
    expect(proposal.probability).toBe(50);
    const [reason] = await call(core, 'lostReasons.list', {});
    const lost = await call(core, 'deals.move', { id: deal.id, stageId: stage('Perdu'), lostReasonId: reason?.id });
    expect(lost.stageHistory.map((entry) => entry.stageName)).toEqual(['Qualification', 'Proposition', 'Perdu']);
    expect(lost.closedAt).not.toBeNull();
    expect(lost.lostReason).toBe('Prix');
    // Reopened (moved backwards): open again, the reason cleared.
    const reopened = await call(core, 'deals.move', { id: deal.id, stageId: stage('Négociation') });
    expect(reopened).toMatchObject({ closedAt: null, lostReasonId: null, probability: 75 });
    expect(reopened.stageHistory).toHaveLength(4);
    // An own probability overrides the stage's.
    expect((await call(core, 'deals.update', { id: deal.id, patch: { probability: 90 } })).probability).toBe(90);
  });

  it('refuses bad input and saves nothing: negative amount, unknown currency, probability over 100, a stage of another pipeline', async () => {
    await call(core, 'pipelines.list', {});
    const other = await call(core, 'pipelines.save', { name: 'Autre', stages: [{ name: 'Étape', probability: 20 }] });
    const before = snapshotTables(core);
    expect((await callError(core, 'deals.create', { title: 'X', amountMinor: -1 })).issues?.[0]?.path).toBe('amountMinor');
    expect((await callError(core, 'deals.create', { title: 'X', currency: 'ABC' })).issues?.[0]?.path).toBe('currency');
    expect((await callError(core, 'deals.create', { title: 'X', probability: 120 })).issues?.[0]?.path).toBe('probability');
    expect((await callError(core, 'deals.create', { title: '  ' })).issues?.[0]?.path).toBe('title');
    expect((await callError(core, 'deals.create', { title: 'X', pipelineId: DEFAULT_PIPELINE_ID, stageId: other.stages[0]?.id })).issues?.[0]?.path).toBe('stageId');
    expect(snapshotTables(core)).toEqual(before);
  });

  it('totals each board column in the base currency, weighted by probability, saying which rates it used and which are missing', async () => {
    addRate('USD', '2020-01-01', '1.25');
    addRate('USD', '2099-01-01', '2');
    await call(core, 'deals.create', { title: 'A', amountMinor: 1_000_00 });
    await call(core, 'deals.create', { title: 'B', amountMinor: 2_000_00, probability: 50 });
    await call(core, 'deals.create', { title: 'C', amountMinor: 1_250_00, currency: 'USD' });
    await call(core, 'deals.create', { title: 'D', amountMinor: 5_000, currency: 'JPY' });
    const board = await call(core, 'deals.board', {});
    const first = board.columns[0];
    expect(first?.count).toBe(4);
    expect(first?.deals.map((deal) => deal.title)).toEqual(['A', 'B', 'C', 'D']);
    // 1,000 + 2,000 EUR + 1,250 USD at 1.25 (the 2099 rate is not valid yet); JPY has no rate.
    expect(first?.total).toMatchObject({ amountMinor: 4_000_00, currency: 'EUR', missing: ['JPY'] });
    expect(first?.total.ratesUsed).toEqual([{ currency: 'USD', rate: '1.25', validFrom: '2020-01-01' }]);
    // 10 % of 1,000 + 50 % of 2,000 + 10 % of 1,000 (the USD deal in EUR).
    expect(first?.weighted.amountMinor).toBe(1_200_00);
    expect(board.columns.slice(1).every((column) => column.count === 0)).toBe(true);

    const filtered = await call(core, 'deals.board', { minAmountMinor: 1_500_00 });
    expect(filtered.columns[0]?.deals.map((deal) => deal.title)).toEqual(['B']);
  });
});
