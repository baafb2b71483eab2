import type { ViewEntity } from '../../../src-shared/contract/inputs/misc';
import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { SavedView } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { parseJson } from '../common/json';
import { softDeleteRow } from '../common/soft-delete';

type ViewDbRow = { id: string; entity: ViewEntity; name: string; state: string; owner_id: string };

function viewFromRow(row: ViewDbRow): SavedView {
  return { id: row.id, entity: row.entity, name: row.name, state: parseJson(row.state, { sort: { field: 'name', dir: 'asc' }, filters: {}, columns: [] }) };
}

/** Saved views belong to the user who saved them. */
export function listViews(db: ReadDb, userId: string, entity: ViewEntity): SavedView[] {
  const rows = prepared(
    db,
    'SELECT id, entity, name, state, owner_id FROM saved_views WHERE owner_id = ? AND entity = ? AND deleted = 0 ORDER BY name COLLATE NOCASE',
  ).all(userId, entity) as ViewDbRow[];
  return rows.map(viewFromRow);
}

function findOwnView(db: ReadDb, userId: string, id: string): ViewDbRow {
  const row = prepared(db, 'SELECT id, entity, name, state, owner_id FROM saved_views WHERE id = ? AND deleted = 0').get(id) as
    | ViewDbRow
    | undefined;
  if (!row || row.owner_id !== userId) throw ApiError.notFound('View', id);
  return row;
}

export function saveView(core: Core, input: ApiParsedInput<'views.save'>): SavedView {
  const state = JSON.stringify(input.state);
  const id = input.id ?? uuidv7();
  write(core, (tx) => {
    if (input.id) {
      findOwnView(tx.db, core.userId, input.id);
      updateRecord(tx, 'saved_views', id, { name: input.name, state, entity: input.entity });
    } else {
      insertRecord(tx, 'saved_views', id, { owner_id: core.userId, entity: input.entity, name: input.name, state });
    }
  });
  return viewFromRow(findOwnView(core.read, core.userId, id));
}

export function deleteView(core: Core, id: string): { id: string } {
  findOwnView(core.read, core.userId, id);
  write(core, (tx) => softDeleteRow(tx, 'saved_views', id, 'View'));
  return { id };
}
