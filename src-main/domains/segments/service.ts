import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { Segment, SegmentEntity } from '../../../src-shared/domain/segments/types';
import { emptyDefinition } from '../../../src-shared/domain/segments/definition';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import type { ReadDb } from '../../db/handles';
import { insertRecord, updateRecord } from '../../db/write-path';
import { serverLink } from '../../sync/state';
import { usersById } from '../common/refs';
import { softDeleteRow } from '../common/soft-delete';
import { storedDefinition } from './resolve';
import { visibleSegment, visibleSegments, type SegmentDbRow } from './visibility';

/**
 * Who may change a segment: its owner; on a device linked to an office, managers and
 * administrators too (a device on its own belongs to its one user, who may do everything).
 */
function mayEdit(core: Core, row: Pick<SegmentDbRow, 'owner_id'>): boolean {
  if (row.owner_id === core.userId) return true;
  const link = serverLink(core);
  return !link || link.role === 'administrator' || link.role === 'manager';
}

function segmentsFromRows(core: Core, db: ReadDb, rows: SegmentDbRow[]): Segment[] {
  const owners = usersById(db, rows.map((row) => row.owner_id));
  return rows.map((row) => {
    const definition = storedDefinition(row);
    return {
      id: row.id,
      name: row.name,
      entity: row.entity,
      definition: definition ?? emptyDefinition(),
      shared: row.scope !== 'private',
      scope: row.scope,
      owner: owners.get(row.owner_id) ?? null,
      canEdit: mayEdit(core, row),
      unreadable: definition === null,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    };
  });
}

export function listSegments(core: Core, entity: SegmentEntity | undefined): Segment[] {
  return segmentsFromRows(core, core.read, visibleSegments(core.read, core.userId, entity));
}

function findVisible(core: Core, db: ReadDb, id: string): SegmentDbRow {
  const row = visibleSegment(db, core.userId, id);
  if (!row) throw ApiError.notFound('Segment', id);
  return row;
}

export function getSegment(core: Core, id: string): Segment {
  return segmentsFromRows(core, core.read, [findVisible(core, core.read, id)])[0]!;
}

function findEditable(core: Core, db: ReadDb, id: string): SegmentDbRow {
  const row = findVisible(core, db, id);
  if (!mayEdit(core, row)) throw new ApiError({ code: 'forbidden', message: 'Only the owner of a segment, a manager or an administrator changes it.' });
  return row;
}

/** A shared segment keeps the team or territory it was shared with; unshared, it becomes private. */
function scopeOf(shared: boolean, previous: string | null): string | null {
  if (!shared) return 'private';
  return previous?.startsWith('team:') || previous?.startsWith('territory:') ? previous : null;
}

export function saveSegment(core: Core, input: ApiParsedInput<'segments.save'>): Segment {
  const id = input.id ?? uuidv7();
  const definition = JSON.stringify(input.definition);
  write(core, (tx) => {
    if (input.id) {
      const row = findEditable(core, tx.db, input.id);
      if (row.entity !== input.entity) {
        throw ApiError.validation([{ path: 'entity', code: 'invalid_value', message: `this segment filters ${row.entity} records; its list cannot change` }]);
      }
      updateRecord(tx, 'segments', id, { name: input.name, definition, scope: scopeOf(input.shared, row.scope) });
    } else {
      insertRecord(tx, 'segments', id, { owner_id: core.userId, entity: input.entity, name: input.name, definition, scope: scopeOf(input.shared, null) });
    }
  });
  return getSegment(core, id);
}

export function deleteSegment(core: Core, id: string): { id: string } {
  findEditable(core, core.read, id);
  write(core, (tx) => softDeleteRow(tx, 'segments', id, 'Segment'));
  return { id };
}
