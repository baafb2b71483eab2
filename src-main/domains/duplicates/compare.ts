import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ComparedRecord, DuplicateComparison, DuplicateEntity } from '../../../src-shared/domain/duplicates';
import type { Core } from '../../core/core';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { linkedCounts, linkedTotal } from './linked';
import { compareFields } from './merge-fields';
import { recordSummaries, tableOf } from './summaries';

const what = { contact: 'Contact', company: 'Company' } as const;

export function readRecordRow(db: ReadDb, entity: DuplicateEntity, id: string): Row {
  const row = prepared(db, `SELECT * FROM ${tableOf[entity]} WHERE id = ?`).get(id) as Row | undefined;
  if (!row) throw ApiError.notFound(what[entity], id);
  return row;
}

/**
 * Two records side by side: every field the merge chooses (with what it would keep when the
 * first is the survivor), and what hangs off each. Call it with [survivor, merged] to see the
 * suggestions for that choice.
 */
export function compareRecords(core: Core, input: ApiParsedInput<'duplicates.compare'>): DuplicateComparison {
  const { entity } = input;
  const [idA, idB] = input.ids;
  const rowA = readRecordRow(core.read, entity, idA);
  const rowB = readRecordRow(core.read, entity, idB);
  const now = new Date(core.clock.now()).toISOString();
  const summaries = recordSummaries(core.read, entity, [idA, idB], now);
  const compared = summaries.map(
    (summary): ComparedRecord => ({ ...summary, linked: linkedCounts(core.read, entity, summary.id), deleted: (summary.id === idA ? rowA : rowB).deleted === 1 }),
  );
  const [a, b] = compared;
  if (!a || !b) throw ApiError.notFound(what[entity], idA);
  const first = linkedTotal(a.linked) !== linkedTotal(b.linked) ? linkedTotal(a.linked) > linkedTotal(b.linked) : a.createdAt <= b.createdAt;
  return {
    entity,
    records: [a, b],
    fields: compareFields(core.read, entity, rowA, rowB),
    suggestedSurvivorId: first ? a.id : b.id,
  };
}
