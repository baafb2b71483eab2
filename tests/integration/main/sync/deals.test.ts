import { describe, expect, it } from 'vitest';
import { call } from '../../../helpers/core';
import { officePerTest } from '../../../helpers/office';
import type { TestDevice } from '../../../helpers/sync';

const { device } = officePerTest([
  { email: 'admin@bureau.fr', role: 'administrator', name: 'Alice Admin' },
  { email: 'lea@bureau.fr', role: 'salesperson', name: 'Léa Martin' },
]);

const rowsOf = (d: TestDevice, table: string) => d.core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
const stageNamed = async (d: TestDevice, name: string) => {
  const [pipeline] = await call(d.core, 'pipelines.list', {});
  const stage = pipeline?.stages.find((candidate) => candidate.name === name);
  if (!stage) throw new Error(`no stage ${name}`);
  return stage.id;
};

describe('deals between devices', () => {
  it('a deal with its contacts, tags and stage history, and the office’s currency settings, reach the other device whole', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    await call(admin.core, 'currency.setBase', { currency: 'CHF' });
    await call(admin.core, 'currency.rates.save', { currency: 'EUR', validFrom: '2020-01-01', rate: '0.95' });
    const contact = await call(admin.core, 'contacts.create', { firstName: 'Yann', lastName: 'Le Goff' });
    const tag = await call(admin.core, 'tags.create', { name: 'Salon', color: 'blue' });
    const deal = await call(admin.core, 'deals.create', { title: 'Stand salon', amountMinor: 950_00, currency: 'EUR', contacts: [{ contactId: contact.id, role: 'Acheteur' }], tagIds: [tag.id] });
    await call(admin.core, 'deals.move', { id: deal.id, stageId: await stageNamed(admin, 'Proposition') });
    await admin.sync();
    await lea.sync();

    const seen = await call(lea.core, 'deals.get', { id: deal.id });
    expect(seen).toMatchObject({ title: 'Stand salon', contacts: [{ name: 'Yann Le Goff', role: 'Acheteur' }], tags: [{ name: 'Salon' }] });
    expect(seen.stageHistory.map((entry) => entry.stageName)).toEqual(['Qualification', 'Proposition']);
    const board = await call(lea.core, 'deals.board', {});
    expect(board.baseCurrency).toBe('CHF');
    // 950 EUR at 1 CHF = 0.95 EUR.
    expect(board.columns.find((column) => column.stage.name === 'Proposition')?.total).toMatchObject({ amountMinor: 1_000_00, currency: 'CHF' });
    for (const table of ['pipelines', 'pipeline_stages', 'lost_reasons', 'deals', 'deal_contacts', 'deal_stage_entries', 'exchange_rates', 'office_settings']) {
      expect(rowsOf(lea, table), table).toEqual(rowsOf(admin, table));
    }
  });

  it('two devices that both created the default pipeline offline converge on one, and moves made offline on both are all in the stage history', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    // Each device makes its default pipeline on first use, offline: the same ids, stamped at the epoch.
    const deal = await call(admin.core, 'deals.create', { title: 'Terrasse', amountMinor: 5_000_00 });
    // A later moment: the two copies differ in their creation stamp only, which is not an edit to review.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(lea.core, 'pipelines.list', {});
    await admin.sync();
    await lea.sync();
    await admin.sync();
    expect(await call(lea.core, 'pipelines.list', {})).toHaveLength(1);
    expect(await call(lea.core, 'sync.review.list', {})).toEqual([]);
    expect(await call(admin.core, 'sync.review.list', {})).toEqual([]);

    await call(admin.core, 'deals.move', { id: deal.id, stageId: await stageNamed(admin, 'Découverte') });
    await call(lea.core, 'deals.move', { id: deal.id, stageId: await stageNamed(lea, 'Négociation') });
    await admin.sync();
    await lea.sync();
    await admin.sync();

    const onAdmin = await call(admin.core, 'deals.get', { id: deal.id });
    const onLea = await call(lea.core, 'deals.get', { id: deal.id });
    expect(onLea.stageId).toBe(onAdmin.stageId);
    expect(onLea.stageHistory.map((entry) => entry.stageName).sort()).toEqual(['Découverte', 'Négociation', 'Qualification']);
    expect(rowsOf(lea, 'deal_stage_entries')).toEqual(rowsOf(admin, 'deal_stage_entries'));
  });
});

describe('deals in Sync review', () => {
  it('a deal edited on two devices offline: the losing amount is reviewed under the deal’s title, in the form’s words, linking to the deal', async () => {
    const admin = await device('admin@bureau.fr');
    const lea = await device('lea@bureau.fr');
    const deal = await call(lea.core, 'deals.create', { title: 'Cuisine Morel', amountMinor: 8_000_00 });
    await lea.sync();
    await admin.sync();
    await call(lea.core, 'deals.update', { id: deal.id, patch: { amountMinor: 8_500_00 } });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await call(admin.core, 'deals.update', { id: deal.id, patch: { amountMinor: 9_000_00 } });
    await admin.sync();
    await lea.sync();

    const [item, ...others] = await call(lea.core, 'sync.review.list', {});
    expect(others).toEqual([]);
    expect(item).toMatchObject({
      kind: 'lost',
      recordKind: 'deal',
      recordLabel: 'Cuisine Morel',
      target: { entity: 'deal', id: deal.id },
      changes: [{ field: 'amountMinor', mine: 8_500_00, theirs: 9_000_00 }],
      by: { displayName: 'Alice Admin' },
    });
  });
});
