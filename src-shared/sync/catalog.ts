/**
 * The synced tables as the sync protocol knows them: each field's type, the fields a new row
 * must have, and who may see a row. One catalog for every entity: the client engine and the
 * server are generic over it (a test checks it against the desktop's database schema).
 */
export type FieldType = 'text' | 'integer';

/** Who sees a row: the whole office, or only the user named by one of its fields. */
export type Visibility = { kind: 'office' } | { kind: 'private'; ownerField: string };

export type TableCatalogEntry = {
  fields: Readonly<Record<string, FieldType>>;
  /** Fields a row cannot exist without (NOT NULL without a default). */
  required: readonly string[];
  visibility: Visibility;
  /** The field naming the row's owner, when it has one (changing it is a manager's or the owner's act). */
  ownerField?: string;
  /** The field saying who sees the row (office, private, a team, a territory): see scope.ts. */
  scopeField?: string;
  /** Only administrators write it (users, teams, territories, memberships). */
  adminOnly?: boolean;
  /** Only managers and administrators write it (the product catalogue and price lists: the office's prices). */
  managersOnly?: boolean;
  /** A membership row: it gives `userField`'s user the scope `<prefix>:<groupField's value>`. */
  membership?: { prefix: 'team' | 'territory'; groupField: string; userField: string };
};

const record = { created_at: 'text', deleted: 'integer' } as const;
const office: Visibility = { kind: 'office' };
/** When an activity (or a busy slot) happens: see the timing columns in the desktop schema. */
const timing = {
  all_day: 'integer',
  starts_at: 'text',
  ends_at: 'text',
  start_date: 'text',
  end_date: 'text',
  time_zone: 'text',
  recurrence: 'text',
} as const;

export const syncCatalog = {
  users: {
    fields: { ...record, display_name: 'text', email: 'text' },
    required: ['created_at', 'display_name'],
    visibility: office,
    adminOnly: true,
  },
  contacts: {
    fields: {
      ...record,
      civility: 'text',
      first_name: 'text',
      last_name: 'text',
      job_title: 'text',
      emails: 'text',
      phones: 'text',
      address: 'text',
      city: 'text',
      postcode: 'text',
      country: 'text',
      language: 'text',
      birthday: 'text',
      source: 'text',
      notes: 'text',
      owner_id: 'text',
      consent_email: 'text',
      consent_phone: 'text',
      consent_mail: 'text',
      merged_into: 'text',
      scope: 'text',
    },
    required: ['created_at', 'owner_id'],
    visibility: office,
    ownerField: 'owner_id',
    scopeField: 'scope',
  },
  companies: {
    fields: {
      ...record,
      name: 'text',
      legal_id: 'text',
      industry: 'text',
      size: 'text',
      website: 'text',
      addresses: 'text',
      phones: 'text',
      emails: 'text',
      parent_company_id: 'text',
      owner_id: 'text',
      notes: 'text',
      merged_into: 'text',
      scope: 'text',
    },
    required: ['created_at', 'name', 'owner_id'],
    visibility: office,
    ownerField: 'owner_id',
    scopeField: 'scope',
  },
  contact_companies: {
    fields: { ...record, contact_id: 'text', company_id: 'text', role: 'text', start_date: 'text', end_date: 'text', is_primary: 'integer' },
    required: ['created_at', 'contact_id', 'company_id'],
    visibility: office,
  },
  contact_relations: {
    fields: { ...record, from_contact_id: 'text', to_contact_id: 'text', kind: 'text', note: 'text' },
    required: ['created_at', 'from_contact_id', 'to_contact_id', 'kind'],
    visibility: office,
  },
  tags: {
    fields: { ...record, name: 'text', color: 'text' },
    required: ['created_at', 'name'],
    visibility: office,
  },
  record_tags: {
    fields: { ...record, tag_id: 'text', entity: 'text', record_id: 'text' },
    required: ['created_at', 'tag_id', 'entity', 'record_id'],
    visibility: office,
  },
  saved_views: {
    fields: { ...record, owner_id: 'text', entity: 'text', name: 'text', state: 'text' },
    required: ['created_at', 'owner_id', 'entity', 'name', 'state'],
    visibility: { kind: 'private', ownerField: 'owner_id' },
    ownerField: 'owner_id',
  },
  teams: {
    fields: { ...record, name: 'text' },
    required: ['created_at', 'name'],
    visibility: office,
    adminOnly: true,
  },
  territories: {
    fields: { ...record, name: 'text', regions: 'text' },
    required: ['created_at', 'name'],
    visibility: office,
    adminOnly: true,
  },
  team_members: {
    fields: { ...record, team_id: 'text', user_id: 'text' },
    required: ['created_at', 'team_id', 'user_id'],
    visibility: office,
    adminOnly: true,
    membership: { prefix: 'team', groupField: 'team_id', userField: 'user_id' },
  },
  territory_members: {
    fields: { ...record, territory_id: 'text', user_id: 'text' },
    required: ['created_at', 'territory_id', 'user_id'],
    visibility: office,
    adminOnly: true,
    membership: { prefix: 'territory', groupField: 'territory_id', userField: 'user_id' },
  },
  pipelines: {
    fields: { ...record, name: 'text', position: 'integer' },
    required: ['created_at', 'name'],
    visibility: office,
  },
  pipeline_stages: {
    fields: { ...record, pipeline_id: 'text', name: 'text', position: 'integer', probability: 'integer', kind: 'text' },
    required: ['created_at', 'pipeline_id', 'name'],
    visibility: office,
  },
  deals: {
    fields: {
      ...record,
      title: 'text',
      pipeline_id: 'text',
      stage_id: 'text',
      company_id: 'text',
      owner_id: 'text',
      amount_minor: 'integer',
      currency: 'text',
      probability: 'integer',
      expected_close: 'text',
      source: 'text',
      next_step: 'text',
      lost_reason_id: 'text',
      notes: 'text',
      stage_entered_at: 'text',
      closed_at: 'text',
      scope: 'text',
    },
    required: ['created_at', 'title', 'pipeline_id', 'stage_id', 'owner_id'],
    visibility: office,
    ownerField: 'owner_id',
    scopeField: 'scope',
  },
  deal_contacts: {
    fields: { ...record, deal_id: 'text', contact_id: 'text', role: 'text' },
    required: ['created_at', 'deal_id', 'contact_id'],
    visibility: office,
  },
  deal_stage_entries: {
    fields: { ...record, deal_id: 'text', stage_id: 'text', entered_at: 'text', user_id: 'text' },
    required: ['created_at', 'deal_id', 'stage_id', 'entered_at'],
    visibility: office,
  },
  lost_reasons: {
    fields: { ...record, label: 'text', position: 'integer' },
    required: ['created_at', 'label'],
    visibility: office,
  },
  exchange_rates: {
    fields: { ...record, currency: 'text', valid_from: 'text', rate: 'text' },
    required: ['created_at', 'currency', 'valid_from', 'rate'],
    visibility: office,
  },
  office_settings: {
    fields: { ...record, value: 'text' },
    required: ['created_at', 'value'],
    visibility: office,
    adminOnly: true,
  },
  products: {
    fields: {
      ...record,
      reference: 'text',
      name: 'text',
      description: 'text',
      unit: 'text',
      kind: 'text',
      vat_rate_bp: 'integer',
      default_price_minor: 'integer',
      currency: 'text',
      active: 'integer',
      categories: 'text',
    },
    required: ['created_at', 'reference', 'name'],
    visibility: office,
    managersOnly: true,
  },
  price_lists: {
    fields: { ...record, name: 'text', currency: 'text', valid_from: 'text', valid_until: 'text', general: 'integer', notes: 'text' },
    required: ['created_at', 'name'],
    visibility: office,
    managersOnly: true,
  },
  price_list_items: {
    fields: { ...record, price_list_id: 'text', product_id: 'text', min_quantity_milli: 'integer', unit_price_minor: 'integer' },
    required: ['created_at', 'price_list_id', 'product_id'],
    visibility: office,
    managersOnly: true,
  },
  price_list_companies: {
    fields: { ...record, price_list_id: 'text', company_id: 'text' },
    required: ['created_at', 'price_list_id', 'company_id'],
    visibility: office,
    managersOnly: true,
  },
  quotes: {
    fields: {
      ...record,
      title: 'text',
      deal_id: 'text',
      company_id: 'text',
      contact_id: 'text',
      owner_id: 'text',
      scope: 'text',
      number: 'text',
      series: 'text',
      sequence: 'integer',
      version: 'integer',
      superseded_by: 'text',
      status: 'text',
      issue_date: 'text',
      valid_until: 'text',
      currency: 'text',
      lines: 'text',
      global_discount_bp: 'integer',
      terms: 'text',
      notes: 'text',
      sent_at: 'text',
      decided_at: 'text',
    },
    required: ['created_at', 'title', 'deal_id', 'owner_id', 'number', 'series', 'issue_date'],
    visibility: office,
    ownerField: 'owner_id',
    scopeField: 'scope',
  },
  quote_series: {
    fields: { ...record, code: 'text', device_id: 'text', last_number: 'integer' },
    required: ['created_at', 'code', 'device_id'],
    visibility: office,
  },
  activities: {
    fields: {
      ...record,
      ...timing,
      kind: 'text',
      subject: 'text',
      notes: 'text',
      owner_id: 'text',
      scope: 'text',
      contact_id: 'text',
      company_id: 'text',
      deal_id: 'text',
      location: 'text',
      attendees: 'text',
      priority: 'text',
      done_at: 'text',
      direction: 'text',
      duration_min: 'integer',
      outcome: 'text',
      reminders: 'text',
      follow_up_of: 'text',
      ical_uid: 'text',
    },
    required: ['created_at', 'kind', 'subject', 'owner_id'],
    visibility: office,
    ownerField: 'owner_id',
    scopeField: 'scope',
  },
  /** A private meeting's time, seen by the whole office as "busy" (no subject, place or links). */
  busy_slots: {
    fields: { ...record, ...timing, owner_id: 'text' },
    required: ['created_at', 'owner_id'],
    visibility: office,
    ownerField: 'owner_id',
  },
  reminder_acks: {
    fields: { ...record, user_id: 'text', activity_id: 'text', occurrence_key: 'text', remind_at: 'text', state: 'text', snoozed_until: 'text' },
    required: ['created_at', 'user_id', 'activity_id', 'remind_at', 'state'],
    visibility: { kind: 'private', ownerField: 'user_id' },
    ownerField: 'user_id',
  },
  segments: {
    fields: { ...record, owner_id: 'text', entity: 'text', name: 'text', definition: 'text', scope: 'text' },
    required: ['created_at', 'owner_id', 'entity', 'name', 'definition'],
    visibility: office,
    ownerField: 'owner_id',
    scopeField: 'scope',
  },
  targets: {
    fields: { ...record, subject_kind: 'text', subject_id: 'text', period: 'text', metric: 'text', value: 'integer', currency: 'text' },
    required: ['created_at', 'subject_kind', 'subject_id', 'period', 'metric'],
    visibility: office,
    managersOnly: true,
  },
} as const satisfies Record<string, TableCatalogEntry>;

export type SyncedTable = keyof typeof syncCatalog;

export function catalogEntry(table: string): TableCatalogEntry | undefined {
  return Object.hasOwn(syncCatalog, table) ? (syncCatalog as Record<string, TableCatalogEntry>)[table] : undefined;
}

/** Longest text value a change may carry (notes, JSON lists): larger pushes are refused. */
export const MAX_TEXT_LENGTH = 200_000;

export type CellValue = string | number | null;

/** Why a field value does not fit the catalog, or null when it does. */
export function fieldProblem(entry: TableCatalogEntry, field: string, value: CellValue): string | null {
  const type = Object.hasOwn(entry.fields, field) ? entry.fields[field] : undefined;
  if (!type) return `unknown field ${field}`;
  if (value === null) return entry.required.includes(field) ? `${field} cannot be empty` : null;
  if (type === 'integer') return typeof value === 'number' && Number.isSafeInteger(value) ? null : `${field} must be an integer`;
  if (typeof value !== 'string') return `${field} must be text`;
  return value.length > MAX_TEXT_LENGTH ? `${field} is too long` : null;
}
