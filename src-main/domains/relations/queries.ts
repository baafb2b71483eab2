import { ApiError } from '../../../src-shared/contract/errors';
import type { RelationKind } from '../../../src-shared/contract/inputs/relations';
import type { ContactRelation } from '../../../src-shared/domain/records';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';

type RelationDbRow = {
  id: string;
  kind: string;
  from_contact_id: string;
  to_contact_id: string;
  note: string | null;
  other_id: string;
  first_name: string | null;
  last_name: string | null;
};

/** Relations in both directions, each read from this contact's side. */
export function relationsOfContact(db: ReadDb, contactId: string): ContactRelation[] {
  const rows = prepared(
    db,
    `SELECT r.id, r.kind, r.from_contact_id, r.to_contact_id, r.note, o.id AS other_id, o.first_name, o.last_name
       FROM contact_relations r
       JOIN contacts o ON o.id = CASE WHEN r.from_contact_id = @id THEN r.to_contact_id ELSE r.from_contact_id END
      WHERE (r.from_contact_id = @id OR r.to_contact_id = @id) AND r.deleted = 0 AND o.deleted = 0
      ORDER BY r.kind, o.sort_key`,
  ).all({ id: contactId }) as RelationDbRow[];
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind as RelationKind,
    direction: row.from_contact_id === contactId ? 'outgoing' : 'incoming',
    otherContactId: row.other_id,
    otherName: personDisplayName(row.first_name, row.last_name),
    note: row.note,
  }));
}

export function getRelation(db: ReadDb, id: string, fromSideOf: string): ContactRelation {
  const found = relationsOfContact(db, fromSideOf).find((relation) => relation.id === id);
  if (!found) throw ApiError.notFound('Relation', id);
  return found;
}
