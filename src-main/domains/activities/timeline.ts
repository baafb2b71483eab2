import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { TimelineItem, TimelinePage } from '../../../src-shared/domain/activities';
import { OPEN_END } from '../../../src-shared/domain/activity-span';
import type { HistoryEntry } from '../../../src-shared/domain/records';
import { prepared, type ReadDb } from '../../db/handles';
import type { SqlValue } from '../../db/synced-tables';
import { placeholders } from '../common/sql';
import { recordHistoryEntries } from '../history/queries';
import { LIST_COLUMNS, listRowsOf, type ListDbRow } from './mapping';
import { VISIBLE } from './queries';

type TimelineInput = ApiParsedInput<'activities.timeline'>;

/** An all-day activity's span starts this long before its first date (activity-span.ts). */
const ALL_DAY_SHIFT_MS = 14 * 3_600_000;

/**
 * Where an activity sits in a timeline: when it happens (an all-day one at its first date,
 * midnight UTC; an undated task at its creation). Derived from the indexed span start, which is
 * at most 14 hours earlier.
 */
const keyOf = (row: Pick<ListDbRow, 'span_start' | 'all_day'>) => Date.parse(row.span_start) + (row.all_day === 1 ? ALL_DAY_SHIFT_MS : 0);

/**
 * A set of activities of the record, read newest first from one index: `column IN (ids)`, or
 * (`attendee`) the activities these contacts attend, from the attendee index.
 */
type Source = { column: 'contact_id' | 'company_id' | 'deal_id' | 'attendee'; ids: string[] };

function sourcesOf(db: ReadDb, entity: TimelineInput['entity'], id: string): Source[] {
  if (entity === 'deal') return [{ column: 'deal_id', ids: [id] }];
  if (entity === 'contact') {
    return [
      { column: 'contact_id', ids: [id] },
      { column: 'attendee', ids: [id] },
    ];
  }
  const deals = prepared(db, 'SELECT id FROM deals WHERE company_id = ? AND deleted = 0').pluck().all(id) as string[];
  const contacts = prepared(db, 'SELECT DISTINCT contact_id FROM contact_companies WHERE company_id = ? AND deleted = 0').pluck().all(id) as string[];
  return [
    { column: 'company_id', ids: [id] },
    { column: 'deal_id', ids: deals },
    { column: 'contact_id', ids: contacts },
  ];
}

type Query = { userId: string; kinds: readonly string[] | undefined };

function sourceSql(source: Source, query: Query, spanTest: string): { sql: string; params: SqlValue[] } {
  const params: SqlValue[] = [...source.ids, query.userId];
  const among =
    source.column === 'attendee'
      ? `a.id IN (SELECT activity_id FROM activity_attendees WHERE contact_id IN (${placeholders(source.ids.length)}))`
      : `a.${source.column} IN (${placeholders(source.ids.length)})`;
  let sql = `SELECT ${LIST_COLUMNS} FROM activities a WHERE ${among} AND a.deleted = 0 AND ${VISIBLE}`;
  if (query.kinds?.length) {
    sql += ` AND a.kind IN (${placeholders(query.kinds.length)})`;
    params.push(...query.kinds);
  }
  return { sql: `${sql} AND ${spanTest}`, params };
}

type Keyed = { row: ListDbRow; key: number };

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The `count` latest activities of the sources before `beforeMs`, by timeline key, each once.
 * Each source is read by span start, newest first; an all-day activity sits up to 14 hours after
 * its span start, so a source's reading stops once no later row can still rank among the kept
 * ones, and once `count` are kept the next sources are only read from there on (a big account's
 * deals and people add the rows of the page's period, not their whole past).
 */
function latestOf(db: ReadDb, sources: readonly Source[], query: Query, beforeMs: number, count: number): Keyed[] {
  const kept: Keyed[] = [];
  const seen = new Set<string>();
  const lowest = () => (kept.length >= count ? (kept[count - 1]?.key ?? Number.NEGATIVE_INFINITY) : Number.NEGATIVE_INFINITY);
  for (const source of sources) {
    const floor = lowest();
    const { sql, params } = sourceSql(source, query, 'a.span_start < ? AND a.span_start >= ?');
    const rows = prepared(db, `${sql} ORDER BY a.span_start DESC`).iterate(...params, iso(beforeMs), Number.isFinite(floor) ? iso(floor - ALL_DAY_SHIFT_MS) : '');
    for (const row of rows as IterableIterator<ListDbRow>) {
      if (Date.parse(row.span_start) + ALL_DAY_SHIFT_MS < lowest()) break;
      const key = keyOf(row);
      if (key >= beforeMs || seen.has(row.id)) continue;
      seen.add(row.id);
      kept.push({ row, key });
      kept.sort((a, b) => b.key - a.key);
      if (kept.length > count) kept.length = count;
    }
  }
  return kept;
}

/** Every activity of a source at exactly this key (an equal time across a page boundary stays on one page). */
function atKey(db: ReadDb, source: Source, query: Query, keyMs: number): Keyed[] {
  const { sql, params } = sourceSql(source, query, 'a.span_start IN (?, ?)');
  const rows = prepared(db, sql).all(...params, iso(keyMs), iso(keyMs - ALL_DAY_SHIFT_MS)) as ListDbRow[];
  return rows.map((row) => ({ row, key: keyOf(row) })).filter((entry) => entry.key === keyMs);
}

type Entry = { key: number; activity?: ListDbRow; change?: HistoryEntry; order: string };

const newestFirst = (a: Entry, b: Entry) => b.key - a.key || a.order.localeCompare(b.order);

/**
 * A record's timeline: its activities (a contact's: linked to them or attended; a company's:
 * linked to it, its deals or its people; a deal's: linked to it) merged with its history, newest
 * first, a page at a time (`before` the previous page's last time). Items at the same time are
 * never split across pages.
 */
export function recordTimeline(db: ReadDb, userId: string, input: TimelineInput): TimelinePage {
  const beforeMs = input.before === undefined ? Number.POSITIVE_INFINITY : Date.parse(input.before);
  if (Number.isNaN(beforeMs)) throw ApiError.validation([{ path: 'before', code: 'invalid_date', message: 'must be an ISO instant' }]);
  const query: Query = { userId, kinds: input.kinds };
  const sources = sourcesOf(db, input.entity, input.id).filter((source) => source.ids.length > 0);
  const bound = Number.isFinite(beforeMs) ? beforeMs : Date.parse(OPEN_END);

  const activities = new Map<string, Entry>();
  const addActivity = ({ row, key }: Keyed) => activities.set(row.id, { key, activity: row, order: `0${row.id}` });
  latestOf(db, sources, query, bound, input.limit + 1).forEach(addActivity);
  const changes: Entry[] = input.withChanges
    ? recordHistoryEntries(db, input.entity, input.id)
        .map((change) => ({ key: Date.parse(change.at), change, order: `1${change.hlc}${change.field}` }))
        .filter((entry) => entry.key < beforeMs)
    : [];

  let entries = [...activities.values(), ...changes].sort(newestFirst);
  let nextBefore: string | null = null;
  if (entries.length > input.limit) {
    const lastKey = entries[input.limit - 1]?.key ?? 0;
    for (const source of sources) atKey(db, source, query, lastKey).forEach(addActivity);
    entries = [...activities.values(), ...changes].sort(newestFirst).filter((entry) => entry.key >= lastKey);
    nextBefore = new Date(lastKey).toISOString();
  }
  const rows = listRowsOf(db, entries.flatMap((entry) => (entry.activity ? [entry.activity] : [])));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const items: TimelineItem[] = entries.flatMap((entry): TimelineItem[] => {
    const at = new Date(entry.key).toISOString();
    if (entry.change) return [{ type: 'change', at, change: entry.change }];
    const activity = entry.activity ? byId.get(entry.activity.id) : undefined;
    return activity ? [{ type: 'activity', at, activity }] : [];
  });
  return { items, nextBefore };
}
