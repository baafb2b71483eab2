import { getTableConfig, type SQLiteTableWithColumns } from 'drizzle-orm/sqlite-core';
import type { EntityName } from '../../src-shared/contract/events';
import { activitySpan, parseRecurrence } from '../../src-shared/domain/activity-span';
import { foldText, personSortKey } from '../../src-shared/domain/text';
import { prepared, type ReadDb } from './handles';
import * as schema from './schema';

export type SqlValue = string | number | null;
export type Row = Record<string, SqlValue>;

export type SyncedTableName =
  | 'users'
  | 'contacts'
  | 'companies'
  | 'contact_companies'
  | 'contact_relations'
  | 'tags'
  | 'record_tags'
  | 'saved_views'
  | 'teams'
  | 'territories'
  | 'team_members'
  | 'territory_members'
  | 'pipelines'
  | 'pipeline_stages'
  | 'deals'
  | 'deal_contacts'
  | 'deal_stage_entries'
  | 'lost_reasons'
  | 'exchange_rates'
  | 'office_settings'
  | 'products'
  | 'price_lists'
  | 'price_list_items'
  | 'price_list_companies'
  | 'quotes'
  | 'quote_series'
  | 'activities'
  | 'busy_slots'
  | 'reminder_acks'
  | 'segments'
  | 'targets';

export type SearchDocRef = { entity: 'contact' | 'company' | 'deal' | 'activity'; id: string };

export type TableSpec = {
  name: SyncedTableName;
  /** Columns that are data: written through the write path and recorded in the change log. */
  fields: ReadonlySet<string>;
  /** Columns computed from the row by `derive`, never logged. */
  derived: ReadonlySet<string>;
  /** The value of each data field that no write gave a value: its column default, else null. */
  defaults: Readonly<Row>;
  derive?: (row: Row) => Row;
  /** The search documents to refresh after a row of this table changed (`changed`: its fields). */
  searchDocs?: (db: ReadDb, row: Row, changed: ReadonlySet<string>) => SearchDocRef[];
  /** The record announced to the renderer when a row changes. */
  announce: (row: Row) => { entity: EntityName; id: string };
};

const str = (value: SqlValue | undefined): string | null => (typeof value === 'string' ? value : null);

function mainAddressCity(addressesJson: SqlValue | undefined): string | null {
  try {
    const addresses = JSON.parse(str(addressesJson) ?? '[]') as { city?: string | null }[];
    return addresses[0]?.city ?? null;
  } catch {
    return null;
  }
}

type AnyTable = SQLiteTableWithColumns<any>; // eslint-disable-line @typescript-eslint/no-explicit-any

function spec(
  table: AnyTable,
  options: Omit<TableSpec, 'name' | 'fields' | 'derived' | 'defaults'> & { derivedColumns?: string[] },
): TableSpec {
  const config = getTableConfig(table);
  const derived = new Set(options.derivedColumns ?? []);
  const fields = new Set(
    config.columns.map((column) => column.name).filter((name) => name !== 'id' && name !== 'updated_at' && !derived.has(name)),
  );
  const defaults: Row = Object.fromEntries(
    config.columns.filter((column) => fields.has(column.name)).map((column) => [column.name, column.hasDefault && (typeof column.default === 'string' || typeof column.default === 'number') ? column.default : null]),
  );
  const { derivedColumns: _ignored, ...rest } = options;
  return { name: config.name as SyncedTableName, fields, derived, defaults, ...rest };
}

function linkedContactDocs(db: ReadDb, companyId: string): SearchDocRef[] {
  const rows = prepared(db, 'SELECT DISTINCT contact_id AS id FROM contact_companies WHERE company_id = ? AND deleted = 0').all(companyId) as {
    id: string;
  }[];
  return rows.map((row) => ({ entity: 'contact', id: row.id }));
}

function companyDealDocs(db: ReadDb, companyId: string): SearchDocRef[] {
  const rows = prepared(db, 'SELECT id FROM deals WHERE company_id = ? AND deleted = 0').all(companyId) as { id: string }[];
  return rows.map((row) => ({ entity: 'deal', id: row.id }));
}

/** The contact fields its search entry is built from (see search-index.ts), and `deleted`, which removes it. */
const contactSearchFields = ['first_name', 'last_name', 'job_title', 'emails', 'phones', 'city', 'postcode', 'deleted'];
/** The same for deals (their company's name comes with `company_id`) and activities (who sees them is checked when searching). */
const dealSearchFields = ['title', 'company_id', 'next_step', 'deleted'];
const activitySearchFields = ['subject', 'notes', 'deleted'];

/** Refreshes the row's own entry when one of `fields` changed. */
const ownSearchDoc =
  (entity: SearchDocRef['entity'], fields: string[]) =>
  (_db: ReadDb, row: Row, changed: ReadonlySet<string>): SearchDocRef[] =>
    fields.some((field) => changed.has(field)) ? [{ entity, id: String(row.id) }] : [];

/** The agenda's span of a row with timing columns (activities, busy slots). */
function deriveSpan(row: Row): Row {
  const span = activitySpan({
    allDay: row.all_day === 1,
    startsAt: str(row.starts_at),
    endsAt: str(row.ends_at),
    startDate: str(row.start_date),
    endDate: str(row.end_date),
    timeZone: str(row.time_zone),
    recurrence: parseRecurrence(str(row.recurrence)),
    createdAt: str(row.created_at) ?? '',
  });
  return { span_start: span.spanStart, span_end: span.spanEnd, long_span: span.longSpan };
}

const spanColumns = ['span_start', 'span_end', 'long_span'];

const own = (entity: EntityName) => (row: Row) => ({ entity, id: String(row.id) });

export const syncedTables: Record<SyncedTableName, TableSpec> = {
  users: spec(schema.users, { announce: own('profile') }),
  contacts: spec(schema.contacts, {
    announce: own('contact'),
    derivedColumns: ['sort_key', 'first_key', 'city_key'],
    derive: (row) => ({
      sort_key: personSortKey(str(row.last_name), str(row.first_name)),
      first_key: foldText(str(row.first_name) ?? ''),
      city_key: foldText(str(row.city) ?? ''),
    }),
    // Notes, consents, owner… are not what a contact is found by: only these refresh its index entry.
    searchDocs: (_db, row, changed) => (contactSearchFields.some((field) => changed.has(field)) ? [{ entity: 'contact', id: String(row.id) }] : []),
  }),
  companies: spec(schema.companies, {
    announce: own('company'),
    derivedColumns: ['sort_key', 'city_key', 'city', 'industry_key'],
    derive: (row) => {
      const city = mainAddressCity(row.addresses);
      return {
        sort_key: foldText(str(row.name) ?? ''),
        city,
        city_key: foldText(city ?? ''),
        industry_key: foldText(str(row.industry) ?? ''),
      };
    },
    // Contacts and deals are found by their companies' names: a renamed company refreshes them too.
    searchDocs: (db, row, changed) => [
      { entity: 'company', id: String(row.id) },
      ...(changed.has('name') || changed.has('deleted') ? [...linkedContactDocs(db, String(row.id)), ...companyDealDocs(db, String(row.id))] : []),
    ],
  }),
  contact_companies: spec(schema.contactCompanies, {
    announce: (row) => ({ entity: 'contact', id: String(row.contact_id) }),
    // A contact is found by the names of its companies.
    searchDocs: (_db, row) => [{ entity: 'contact', id: String(row.contact_id) }],
  }),
  contact_relations: spec(schema.contactRelations, { announce: (row) => ({ entity: 'contact', id: String(row.from_contact_id) }) }),
  tags: spec(schema.tags, { announce: own('tag') }),
  record_tags: spec(schema.recordTags, {
    announce: (row) => ({ entity: row.entity === 'company' ? 'company' : row.entity === 'deal' ? 'deal' : 'contact', id: String(row.record_id) }),
  }),
  saved_views: spec(schema.savedViews, { announce: own('view') }),
  teams: spec(schema.teams, { announce: own('team') }),
  territories: spec(schema.territories, { announce: own('territory') }),
  team_members: spec(schema.teamMembers, { announce: (row) => ({ entity: 'team', id: String(row.team_id) }) }),
  territory_members: spec(schema.territoryMembers, { announce: (row) => ({ entity: 'territory', id: String(row.territory_id) }) }),
  pipelines: spec(schema.pipelines, { announce: own('pipeline') }),
  pipeline_stages: spec(schema.pipelineStages, { announce: (row) => ({ entity: 'pipeline', id: String(row.pipeline_id) }) }),
  deals: spec(schema.deals, {
    announce: own('deal'),
    derivedColumns: ['title_key'],
    derive: (row) => ({ title_key: foldText(str(row.title) ?? '') }),
    searchDocs: ownSearchDoc('deal', dealSearchFields),
  }),
  deal_contacts: spec(schema.dealContacts, { announce: (row) => ({ entity: 'deal', id: String(row.deal_id) }) }),
  deal_stage_entries: spec(schema.dealStageEntries, { announce: (row) => ({ entity: 'deal', id: String(row.deal_id) }) }),
  lost_reasons: spec(schema.lostReasons, { announce: own('lostReason') }),
  exchange_rates: spec(schema.exchangeRates, { announce: own('exchangeRate') }),
  office_settings: spec(schema.officeSettings, { announce: own('officeSetting') }),
  products: spec(schema.products, {
    announce: own('product'),
    derivedColumns: ['reference_key', 'name_key'],
    derive: (row) => ({ reference_key: foldText(str(row.reference) ?? ''), name_key: foldText(str(row.name) ?? '') }),
  }),
  price_lists: spec(schema.priceLists, { announce: own('priceList') }),
  price_list_items: spec(schema.priceListItems, { announce: (row) => ({ entity: 'priceList', id: String(row.price_list_id) }) }),
  price_list_companies: spec(schema.priceListCompanies, { announce: (row) => ({ entity: 'priceList', id: String(row.price_list_id) }) }),
  quotes: spec(schema.quotes, { announce: own('quote') }),
  quote_series: spec(schema.quoteSeries, { announce: own('quote') }),
  activities: spec(schema.activities, {
    announce: own('activity'),
    derivedColumns: [...spanColumns, 'subject_key'],
    derive: (row) => ({ ...deriveSpan(row), subject_key: foldText(str(row.subject) ?? '') }),
    searchDocs: ownSearchDoc('activity', activitySearchFields),
  }),
  busy_slots: spec(schema.busySlots, { announce: own('activity'), derivedColumns: spanColumns, derive: deriveSpan }),
  reminder_acks: spec(schema.reminderAcks, { announce: (row) => ({ entity: 'activity', id: String(row.activity_id) }) }),
  segments: spec(schema.segments, { announce: own('segment') }),
  targets: spec(schema.targets, { announce: own('target') }),
};

export function tableSpec(name: string): TableSpec {
  const found = (syncedTables as Record<string, TableSpec | undefined>)[name];
  if (!found) throw new Error(`Not a synced table: ${name}`);
  return found;
}
