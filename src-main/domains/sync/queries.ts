import type { ReviewChoice } from '../../../src-shared/contract/inputs/sync';
import type { SyncReviewChange, SyncReviewItem, SyncReviewKind } from '../../../src-shared/domain/sync';
import { personDisplayName } from '../../../src-shared/domain/text';
import { catalogEntry } from '../../../src-shared/sync/catalog';
import { hlcWallTime } from '../../../src-shared/sync/hlc';
import { prepared, type ReadDb } from '../../db/handles';
import { fieldNamesByColumn } from '../common/columns';
import { activityColumns, activityTimingColumns } from '../activities/mapping';
import { usersById } from '../common/refs';
import { companyColumns } from '../companies/mapping';
import { contactColumns } from '../contacts/mapping';
import { dealColumns } from '../deals/service';

export type ConflictRow = {
  id: number;
  kind: string;
  tbl: string;
  row_id: string;
  field: string | null;
  local_value: string | null;
  local_hlc: string | null;
  remote_value: string | null;
  remote_hlc: string | null;
  remote_user_id: string | null;
  remote_device_id: string | null;
  reason: string | null;
  created_at: string;
  resolved_at: string | null;
};

type RecordKind = SyncReviewItem['recordKind'];
type Described = { recordKind: RecordKind; target: SyncReviewItem['target']; label: string };
type Values = Record<string, unknown>;

/** Column → the contract's field name, per table: the review speaks the forms' words. */
const fieldNames: Record<string, Map<string, string>> = {
  contacts: fieldNamesByColumn({ ...contactColumns, deleted: 'deleted' }),
  companies: fieldNamesByColumn({ ...companyColumns, deleted: 'deleted' }),
  deals: fieldNamesByColumn({ ...dealColumns, stageId: 'stage_id', pipelineId: 'pipeline_id', deleted: 'deleted' }),
  contact_companies: fieldNamesByColumn({ role: 'role', startDate: 'start_date', endDate: 'end_date', isPrimary: 'is_primary', deleted: 'deleted' }),
  activities: fieldNamesByColumn({ ...activityColumns, ...activityTimingColumns, deleted: 'deleted' }),
  busy_slots: fieldNamesByColumn({ ...activityTimingColumns, ownerId: 'owner_id', deleted: 'deleted' }),
};

const camel = (column: string) => column.replace(/_([a-z0-9])/g, (_whole, letter: string) => letter.toUpperCase());

export function reviewFieldName(tbl: string, column: string): string {
  return fieldNames[tbl]?.get(column) ?? camel(column);
}

/** Bookkeeping columns a person never edits: not listed. */
const hiddenColumns = new Set(['created_at', 'updated_at']);

function parse(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function one<T>(db: ReadDb, sql: string, ...params: unknown[]): T | undefined {
  return prepared(db, sql).get(...params) as T | undefined;
}

function contactName(db: ReadDb, id: string): string {
  const row = one<{ first_name: string | null; last_name: string | null }>(db, 'SELECT first_name, last_name FROM contacts WHERE id = ?', id);
  return row ? personDisplayName(row.first_name, row.last_name) : '';
}

function companyName(db: ReadDb, id: string): string {
  return one<{ name: string }>(db, 'SELECT name FROM companies WHERE id = ?', id)?.name ?? '';
}

function nameIn(db: ReadDb, table: 'tags' | 'saved_views' | 'teams' | 'territories' | 'products', id: string): string {
  return one<{ name: string }>(db, `SELECT name FROM ${table} WHERE id = ?`, id)?.name ?? '';
}

function dealTitle(db: ReadDb, id: string): string {
  return one<{ title: string }>(db, 'SELECT title FROM deals WHERE id = ?', id)?.title ?? '';
}

const dealTarget = (id: string | null): Described['target'] => (id ? { entity: 'deal', id } : null);

/** The record page an activity opens: its deal, else its contact, else its company (activities have no page of their own). */
function activityTarget(db: ReadDb, values: Values): Described['target'] {
  const links = [
    ['deal', 'deals', values.deal_id],
    ['contact', 'contacts', values.contact_id],
    ['company', 'companies', values.company_id],
  ] as const;
  for (const [entity, table, value] of links) {
    const id = text(value);
    if (id && one(db, `SELECT 1 FROM ${table} WHERE id = ?`, id)) return { entity, id };
  }
  return null;
}

/** An activity under its subject; its busy slot (a private one's time) under the activity's subject when this device holds it. */
function describeActivity(db: ReadDb, tbl: string, rowId: string, values: Values): Described {
  const activity = tbl === 'activities' ? values : (one<Values>(db, 'SELECT subject, contact_id, company_id, deal_id FROM activities WHERE id = ?', rowId) ?? {});
  return { recordKind: 'activity', target: activityTarget(db, activity), label: text(activity.subject) ?? '' };
}

function userName(db: ReadDb, id: string): string {
  return one<{ display_name: string }>(db, 'SELECT display_name FROM users WHERE id = ?', id)?.display_name ?? '';
}

/**
 * What a review item is about, in words: the record's name (from the row, or from the values
 * kept aside when the row is no longer on this device) and the page to open.
 */
function describe(db: ReadDb, tbl: string, rowId: string, kept: Values): Described {
  // Only synced tables are looked up (the name comes from this device's own log).
  const row = catalogEntry(tbl) ? one<Values>(db, `SELECT * FROM ${tbl} WHERE id = ?`, rowId) : undefined;
  const values: Values = { ...kept, ...(row ?? {}) };
  switch (tbl) {
    case 'contacts':
      return { recordKind: 'contact', target: row ? { entity: 'contact', id: rowId } : null, label: personDisplayName(text(values.first_name), text(values.last_name)) };
    case 'companies':
      return { recordKind: 'company', target: row ? { entity: 'company', id: rowId } : null, label: text(values.name) ?? '' };
    case 'contact_companies': {
      const contactId = text(values.contact_id);
      const companyId = text(values.company_id);
      const label = [contactId ? contactName(db, contactId) : '', companyId ? companyName(db, companyId) : ''].filter(Boolean).join(' — ');
      return { recordKind: 'link', target: contactId ? { entity: 'contact', id: contactId } : null, label };
    }
    case 'contact_relations': {
      const from = text(values.from_contact_id);
      const to = text(values.to_contact_id);
      const label = [from ? contactName(db, from) : '', to ? contactName(db, to) : ''].filter(Boolean).join(' — ');
      return { recordKind: 'relation', target: from ? { entity: 'contact', id: from } : null, label };
    }
    case 'deals':
      return { recordKind: 'deal', target: row ? dealTarget(rowId) : null, label: text(values.title) ?? '' };
    case 'deal_contacts': {
      const dealId = text(values.deal_id);
      const contactId = text(values.contact_id);
      const label = [dealId ? dealTitle(db, dealId) : '', contactId ? contactName(db, contactId) : ''].filter(Boolean).join(' — ');
      return { recordKind: 'link', target: dealTarget(dealId), label };
    }
    case 'pipelines':
      return { recordKind: 'pipeline', target: null, label: text(values.name) ?? '' };
    case 'pipeline_stages':
      return { recordKind: 'stage', target: null, label: text(values.name) ?? '' };
    case 'lost_reasons':
      return { recordKind: 'lost_reason', target: null, label: text(values.label) ?? '' };
    case 'products':
      return { recordKind: 'product', target: null, label: [text(values.reference), text(values.name)].filter(Boolean).join(' — ') };
    case 'price_lists':
      return { recordKind: 'price_list', target: null, label: text(values.name) ?? '' };
    case 'price_list_items': {
      const productId = text(values.product_id);
      return { recordKind: 'price_list', target: null, label: productId ? nameIn(db, 'products', productId) : '' };
    }
    case 'activities':
    case 'busy_slots':
      return describeActivity(db, tbl, rowId, values);
    case 'quotes':
      return { recordKind: 'quote', target: dealTarget(text(values.deal_id)), label: text(values.number) ?? '' };
    case 'tags':
      return { recordKind: 'tag', target: null, label: text(values.name) ?? '' };
    case 'record_tags': {
      const recordId = text(values.record_id);
      const entity = values.entity === 'company' ? 'company' : 'contact';
      const tag = text(values.tag_id);
      const record = recordId ? (entity === 'company' ? companyName(db, recordId) : contactName(db, recordId)) : '';
      const label = [tag ? nameIn(db, 'tags', tag) : '', record].filter(Boolean).join(' — ');
      return { recordKind: 'record_tag', target: recordId ? { entity, id: recordId } : null, label };
    }
    case 'saved_views':
      return { recordKind: 'view', target: null, label: text(values.name) ?? '' };
    case 'users':
      return { recordKind: 'user', target: null, label: text(values.display_name) ?? '' };
    case 'teams':
      return { recordKind: 'team', target: null, label: text(values.name) ?? '' };
    case 'territories':
      return { recordKind: 'territory', target: null, label: text(values.name) ?? '' };
    case 'team_members':
    case 'territory_members': {
      const group = text(values.team_id ?? values.territory_id);
      const user = text(values.user_id);
      const label = [group ? nameIn(db, tbl === 'team_members' ? 'teams' : 'territories', group) : '', user ? userName(db, user) : ''].filter(Boolean).join(' — ');
      return { recordKind: 'membership', target: null, label };
    }
    default:
      return { recordKind: 'other', target: null, label: '' };
  }
}

/** The fields of a set-aside or refused change, as the form names them. */
function changesOf(tbl: string, values: Values): SyncReviewChange[] {
  return Object.entries(values)
    .filter(([column]) => !hiddenColumns.has(column))
    .map(([column, value]) => ({ field: reviewFieldName(tbl, column), mine: value, theirs: null }));
}

/** The local edit a 'deleted' item refers to: its log entry, found by its HLC. */
function editAt(db: ReadDb, row: ConflictRow): Values {
  if (!row.local_hlc) return {};
  const changes = one<{ changes: string }>(db, 'SELECT changes FROM change_log WHERE tbl = ? AND row_id = ? AND hlc = ?', row.tbl, row.row_id, row.local_hlc)?.changes;
  const values = parse(changes ?? null);
  return values && typeof values === 'object' && !Array.isArray(values) ? (values as Values) : {};
}

/** "Use mine" only where a newer local write can win; a refusal would be refused again. */
export function choicesFor(kind: string): ReviewChoice[] {
  return kind === 'lost' || kind === 'deleted' ? ['theirs', 'mine'] : ['theirs'];
}

function toItem(db: ReadDb, row: ConflictRow, users: ReturnType<typeof usersById>): SyncReviewItem {
  const kept = parse(row.local_value);
  const keptValues = kept && typeof kept === 'object' && !Array.isArray(kept) ? (kept as Values) : {};
  let changes: SyncReviewChange[];
  if (row.kind === 'lost' && row.field !== null) {
    changes = [{ field: reviewFieldName(row.tbl, row.field), mine: kept, theirs: parse(row.remote_value) }];
  } else if (row.kind === 'deleted') {
    changes = changesOf(row.tbl, editAt(db, row)).filter((change) => change.field !== 'deleted');
  } else {
    changes = changesOf(row.tbl, keptValues);
  }
  const described = describe(db, row.tbl, row.row_id, row.kind === 'lost' ? {} : keptValues);
  return {
    id: row.id,
    kind: row.kind as SyncReviewKind,
    recordKind: described.recordKind,
    target: described.target,
    recordLabel: described.label,
    changes,
    by: row.remote_user_id ? (users.get(row.remote_user_id) ?? null) : null,
    deviceId: row.remote_device_id,
    at: row.remote_hlc ? hlcWallTime(row.remote_hlc) : row.created_at,
    createdAt: row.created_at,
    reason: row.reason,
    choices: choicesFor(row.kind),
  };
}

/** The open Sync review items, newest first. */
export function listReview(db: ReadDb): SyncReviewItem[] {
  const rows = prepared(db, 'SELECT * FROM sync_conflicts WHERE resolved_at IS NULL ORDER BY id DESC LIMIT 1000').all() as ConflictRow[];
  const users = usersById(db, rows.map((row) => row.remote_user_id ?? '').filter(Boolean));
  return rows.map((row) => toItem(db, row, users));
}

export function openReviewCount(db: ReadDb): number {
  return prepared(db, 'SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL').pluck().get() as number;
}

export function findConflict(db: ReadDb, id: number): ConflictRow | undefined {
  return prepared(db, 'SELECT * FROM sync_conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
}
