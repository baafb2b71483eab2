import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultStageId } from '../../../../../src-main/domains/pipelines/defaults';
import { formatMoney } from '../../../../../src-shared/domain/money-format';
import { call, openTestCore, type TestCore } from '../../../../helpers/core';
import { outgoingPath } from '../exports/helpers';
import { inspect, planOf } from './helpers';

/*
 * The deals list exported to Excel by the export code (with its record ids), one amount edited
 * as a user would in Excel, imported back: one update, previewed before it is written, and undone.
 */

let core: TestCore;
let fours: string;
let petrin: string;

beforeEach(async () => {
  core = openTestCore();
  const acme = (await call(core, 'companies.create', { name: 'ACME SAS' })).id;
  fours = (await call(core, 'deals.create', { title: 'Fours Lyon', companyId: acme, amountMinor: 1_234_550, stageId: defaultStageId('proposal'), expectedClose: '2026-12-31', nextStep: 'Relancer' })).id;
  petrin = (await call(core, 'deals.create', { title: 'Pétrin Boston', amountMinor: 250_000, currency: 'USD', probability: 40, stageId: defaultStageId('won') })).id;
});
afterEach(() => core.dispose());

/** The deals list as the Export menu writes it (all its columns), in French. */
async function exportedWorkbook(): Promise<ExcelJS.Workbook> {
  const file = await call(core, 'exports.list', { entity: 'deal', format: 'xlsx', source: { kind: 'list' }, columns: ['title', 'company', 'stage', 'amount', 'probability', 'expectedClose', 'owner', 'tags', 'nextStep', 'createdAt', 'updatedAt'], language: 'fr', timeZone: 'Europe/Paris' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await outgoingPath(core, file));
  return workbook;
}

const bytesOf = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

/** The row of a deal in the first sheet (its id in the first column). */
function rowOf(sheet: ExcelJS.Worksheet, id: string): ExcelJS.Row {
  for (let index = 2; index <= sheet.rowCount; index++) if (sheet.getRow(index).getCell(1).value === id) return sheet.getRow(index);
  throw new Error(`no row for ${id}`);
}

describe('the deals Excel round trip', () => {
  it('finds nothing to change in the file as exported', async () => {
    const inspection = await inspect(core, 'affaires.xlsx', await bytesOf(await exportedWorkbook()), 'deal');
    expect(inspection.hasRecordIds).toBe(true);
    expect(inspection.suggestedMapping).toEqual(['recordId', 'title', 'company', 'stage', 'amount', 'probability', 'expectedClose', 'owner', null, 'nextStep', null, null]);
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toEqual({ rows: 2, create: 0, update: 0, unchanged: 2, skip: 0, invalid: 0 });
    expect(preview.issues).toEqual([]);
  });

  it('previews the one amount edited in Excel, applies only it, and undo puts it back', async () => {
    const workbook = await exportedWorkbook();
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    rowOf(sheet, fours).getCell(5).value = 13_000;
    const inspection = await inspect(core, 'affaires.xlsx', await bytesOf(workbook), 'deal');
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.counts).toMatchObject({ update: 1, unchanged: 1, create: 0, invalid: 0 });
    expect(preview.changes).toEqual([
      {
        line: expect.any(Number),
        recordId: fours,
        recordName: 'Fours Lyon',
        matchedBy: 'record_id',
        changes: [{ field: 'amount', before: formatMoney('fr', 1_234_550, 'EUR'), after: formatMoney('fr', 1_300_000, 'EUR') }],
      },
    ]);

    const before = core.db.prepare('SELECT * FROM deals WHERE id = ?').get(fours) as Record<string, unknown>;
    const result = await call(core, 'imports.run', planOf(inspection, { onMatch: 'update' }));
    expect(result).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const after = core.db.prepare('SELECT * FROM deals WHERE id = ?').get(fours) as Record<string, unknown>;
    expect(after.amount_minor).toBe(1_300_000);
    expect({ ...after, amount_minor: before.amount_minor, updated_at: before.updated_at }).toEqual(before);
    expect(core.db.prepare('SELECT amount_minor, currency, stage_id FROM deals WHERE id = ?').get(petrin)).toEqual({ amount_minor: 250_000, currency: 'USD', stage_id: defaultStageId('won') });

    const undone = await call(core, 'imports.undo', { batchId: result.batchId as string });
    expect(undone).toMatchObject({ removed: 0, restored: 1, keptFields: 0 });
    expect(core.db.prepare('SELECT amount_minor FROM deals WHERE id = ?').pluck().get(fours)).toBe(1_234_550);
  });

  it('moves a deal to the stage typed over the exported one, as a move on the board would', async () => {
    const workbook = await exportedWorkbook();
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    rowOf(sheet, fours).getCell(4).value = 'Négociation';
    const inspection = await inspect(core, 'affaires.xlsx', await bytesOf(workbook), 'deal');
    const preview = await call(core, 'imports.preview', planOf(inspection, { onMatch: 'update' }));
    expect(preview.changes[0]?.changes).toEqual([{ field: 'stage', before: 'Proposition', after: 'Négociation' }]);
    await call(core, 'imports.run', planOf(inspection, { onMatch: 'update' }));
    const detail = await call(core, 'deals.get', { id: fours });
    expect(detail.stageId).toBe(defaultStageId('negotiation'));
    expect(detail.stageHistory.map((entry) => entry.stageId)).toEqual(expect.arrayContaining([defaultStageId('proposal'), defaultStageId('negotiation')]));
  });
});
