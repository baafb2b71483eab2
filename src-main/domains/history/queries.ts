import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { HistoryEntry } from '../../../src-shared/domain/records';
import { hlcWallTime } from '../../../src-shared/sync/hlc';
import { prepared, type ReadDb } from '../../db/handles';
import { fieldNamesByColumn } from '../common/columns';
import { usersById } from '../common/refs';
import { placeholders } from '../common/sql';
import { companyColumns } from '../companies/mapping';
import { contactColumns } from '../contacts/mapping';
import { dealColumns } from '../deals/service';

type Entity = ApiParsedInput<'history.list'>['entity'];
const mainTables = { contact: 'contacts', company: 'companies', deal: 'deals' } as const;

type EntryRow = { hlc: string; device_id: string; user_id: string | null; tbl: string; row_id: string; changes: string; txn_id: string };
/** One field of a log entry. */
type LogRow = Omit<EntryRow, 'changes'> & { field: string; value: unknown };

const fieldNames = {
  contact: fieldNamesByColumn({ ...contactColumns, createdAt: 'created_at', deleted: 'deleted' }),
  company: fieldNamesByColumn({ ...companyColumns, createdAt: 'created_at', deleted: 'deleted' }),
  deal: fieldNamesByColumn({ ...dealColumns, stageId: 'stage_id', pipelineId: 'pipeline_id', createdAt: 'created_at', deleted: 'deleted' }),
};

/** The rows whose changes belong to a record's history: itself, its links (companies, contacts) and its tags. */
function relatedRows(db: ReadDb, entity: Entity, id: string): { tbl: string; ids: string[] }[] {
  const tags = prepared(db, 'SELECT id FROM record_tags WHERE entity = ? AND record_id = ?').pluck().all(entity, id) as string[];
  const links =
    entity === 'deal'
      ? { tbl: 'deal_contacts', ids: prepared(db, 'SELECT id FROM deal_contacts WHERE deal_id = ?').pluck().all(id) as string[] }
      : {
          tbl: 'contact_companies',
          ids: prepared(db, `SELECT id FROM contact_companies WHERE ${entity === 'contact' ? 'contact_id' : 'company_id'} = ?`).pluck().all(id) as string[],
        };
  // Records merged into this one (indexed with the duplicate keys): their merge shows here too.
  const merged = entity === 'deal' ? [] : (prepared(db, "SELECT record_id FROM duplicate_keys WHERE entity = ? AND kind = 'merged_into' AND key = ?").pluck().all(entity, id) as string[]);
  return [{ tbl: mainTables[entity], ids: [id, ...merged] }, links, { tbl: 'record_tags', ids: tags }];
}

/** A record merged into this one: only its merge is part of this record's history ("merged: Jean Dupond"). */
function describeMerge(db: ReadDb, entity: Entity, row: LogRow): { field: string; after: unknown } | null {
  if (row.field !== 'merged_into' || typeof row.value !== 'string') return null;
  return { field: 'merged', after: names(db, entity === 'contact' ? 'contacts' : 'companies', row.row_id) };
}

function names(db: ReadDb, table: 'companies' | 'tags' | 'contacts', id: string): string {
  const column = table === 'contacts' ? "trim(coalesce(first_name, '') || ' ' || coalesce(last_name, ''))" : 'name';
  return (prepared(db, `SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id) as string | undefined) ?? '';
}

/** Reads a join row's change in the user's words: "companies: + Acme (role)", "tags: − VIP". */
function describeJoinChange(db: ReadDb, entity: Entity, row: LogRow, value: unknown): { field: string; after: unknown } | null {
  if (row.tbl === 'record_tags') {
    if (row.field !== 'deleted') return null;
    const tagId = prepared(db, 'SELECT tag_id FROM record_tags WHERE id = ?').pluck().get(row.row_id) as string;
    return { field: 'tags', after: `${value === 1 ? '−' : '+'} ${names(db, 'tags', tagId)}` };
  }
  const link = (
    row.tbl === 'deal_contacts'
      ? prepared(db, 'SELECT contact_id, NULL AS company_id FROM deal_contacts WHERE id = ?').get(row.row_id)
      : prepared(db, 'SELECT contact_id, company_id FROM contact_companies WHERE id = ?').get(row.row_id)
  ) as { contact_id: string; company_id: string | null } | undefined;
  if (!link) return null;
  const other = entity === 'contact' && link.company_id ? names(db, 'companies', link.company_id) : names(db, 'contacts', link.contact_id);
  const field = entity === 'contact' ? 'companies' : 'contacts';
  if (row.field === 'deleted') return { field, after: `${value === 1 ? '−' : '+'} ${other}` };
  if (row.field === 'role' && typeof value === 'string') return { field: `${field}.role`, after: `${other}: ${value}` };
  return null;
}

/** Reference fields read as names: "Camille Martin", not a UUID. */
function labelReference(db: ReadDb, field: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (field === 'ownerId') return (prepared(db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(value) as string | undefined) ?? value;
  if (field === 'parentCompanyId' || field === 'companyId') return names(db, 'companies', value) || value;
  // A merged record's history names the record it went into (ids are unique across tables).
  if (field === 'mergedInto') return names(db, 'contacts', value) || names(db, 'companies', value) || value;
  if (field === 'stageId') return (prepared(db, 'SELECT name FROM pipeline_stages WHERE id = ?').pluck().get(value) as string | undefined) ?? value;
  if (field === 'lostReasonId') return (prepared(db, 'SELECT label FROM lost_reasons WHERE id = ?').pluck().get(value) as string | undefined) ?? value;
  return value;
}

/**
 * Who changed which field when, from the change log, newest first. `before` is the value the
 * field had from the previous logged change.
 */
export function recordHistory(db: ReadDb, input: ApiParsedInput<'history.list'>): HistoryEntry[] {
  return recordHistoryEntries(db, input.entity, input.id).slice(0, input.limit);
}

/** Every history entry of a record, newest first (History, and the record's timeline, which pages them with its activities). */
export function recordHistoryEntries(db: ReadDb, entity: Entity, id: string): HistoryEntry[] {
  const groups = relatedRows(db, entity, id).filter((group) => group.ids.length > 0);
  const rows: LogRow[] = [];
  for (const group of groups) {
    const entries = prepared(
      db,
      `SELECT l.hlc, l.tbl, l.row_id, l.changes, t.txn_id, t.device_id, t.user_id
         FROM change_log l JOIN change_txns t ON t.id = l.txn
        WHERE l.row_id IN (${placeholders(group.ids.length)}) AND l.tbl = ?`,
    ).all(...group.ids, group.tbl) as EntryRow[];
    for (const { changes, ...entry } of entries) {
      for (const [field, value] of Object.entries(JSON.parse(changes) as Record<string, unknown>)) rows.push({ ...entry, field, value });
    }
  }
  rows.sort((a, b) => a.hlc.localeCompare(b.hlc));
  const users = usersById(db, rows.map((row) => row.user_id ?? '').filter(Boolean));
  const last = new Map<string, unknown>();
  const entries: HistoryEntry[] = [];
  const mainTable = mainTables[entity];
  for (const row of rows) {
    const value = row.value;
    const key = `${row.tbl}:${row.row_id}:${row.field}`;
    const before = last.has(key) ? last.get(key) : null;
    last.set(key, value);
    const own = row.tbl === mainTable && row.row_id === id;
    const described = own
      ? { field: fieldNames[entity].get(row.field) ?? (row.field === 'merged_into' ? 'mergedInto' : row.field), after: value }
      : row.tbl === mainTable
        ? describeMerge(db, entity, row)
        : describeJoinChange(db, entity, row, value);
    if (!described) continue;
    entries.push({
      hlc: row.hlc,
      at: hlcWallTime(row.hlc),
      txnId: row.txn_id,
      user: row.user_id ? (users.get(row.user_id) ?? null) : null,
      deviceId: row.device_id,
      field: described.field,
      before: own ? labelReference(db, described.field, before) : null,
      after: own ? labelReference(db, described.field, described.after) : described.after,
    });
  }
  return entries.reverse();
}
