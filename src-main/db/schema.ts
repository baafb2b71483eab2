import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/*
 * Synced tables carry no foreign keys and no UNIQUE indexes: they cannot hold across devices
 * working offline (see sync.md). Every synced row has `created_at`, `updated_at` (the wall time
 * of its latest change) and a `deleted` flag that merges like any other field. Columns marked
 * "derived" are computed by the write path from the row and never logged.
 */

const recordColumns = {
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
  deleted: integer('deleted').notNull().default(0),
};

export const users = sqliteTable('users', {
  ...recordColumns,
  displayName: text('display_name').notNull(),
  email: text('email'),
});

export const contacts = sqliteTable(
  'contacts',
  {
    ...recordColumns,
    civility: text('civility'),
    firstName: text('first_name'),
    lastName: text('last_name'),
    jobTitle: text('job_title'),
    /** JSON: [{ label, address }] */
    emails: text('emails').notNull().default('[]'),
    /** JSON: [{ label, raw, e164 }] */
    phones: text('phones').notNull().default('[]'),
    address: text('address'),
    city: text('city'),
    postcode: text('postcode'),
    country: text('country'),
    language: text('language'),
    birthday: text('birthday'),
    source: text('source'),
    notes: text('notes'),
    ownerId: text('owner_id').notNull(),
    /** Who sees it: null = the whole office, 'private', 'team:<id>' or 'territory:<id>' (src-shared/sync/scope.ts) */
    scope: text('scope'),
    consentEmail: text('consent_email').notNull().default('unknown'),
    consentPhone: text('consent_phone').notNull().default('unknown'),
    consentMail: text('consent_mail').notNull().default('unknown'),
    /** Set when this contact was merged into another (a duplicate): links to it are moved to that one. */
    mergedInto: text('merged_into'),
    /** derived: folded "last first" */
    sortKey: text('sort_key').notNull().default(''),
    /** derived: folded first name */
    firstKey: text('first_key').notNull().default(''),
    /** derived: folded city */
    cityKey: text('city_key').notNull().default(''),
  },
  // Every sortable column is indexed as (deleted, column, id): the order lists page by.
  (t) => [
    index('contacts_by_name').on(t.deleted, t.sortKey, t.id),
    index('contacts_by_first_name').on(t.deleted, t.firstKey, t.id),
    index('contacts_by_city').on(t.deleted, t.cityKey, t.id),
    index('contacts_by_owner').on(t.ownerId, t.deleted, t.sortKey, t.id),
    index('contacts_by_created').on(t.deleted, t.createdAt, t.id),
    index('contacts_by_updated').on(t.deleted, t.updatedAt, t.id),
  ],
);

export const companies = sqliteTable(
  'companies',
  {
    ...recordColumns,
    /** Set when this company was merged into another (a duplicate): links to it are moved to that one. */
    mergedInto: text('merged_into'),
    name: text('name').notNull(),
    legalId: text('legal_id'),
    industry: text('industry'),
    size: text('size'),
    website: text('website'),
    /** JSON: [{ kind, street, postcode, city, country }], the first is the main address */
    addresses: text('addresses').notNull().default('[]'),
    phones: text('phones').notNull().default('[]'),
    emails: text('emails').notNull().default('[]'),
    parentCompanyId: text('parent_company_id'),
    ownerId: text('owner_id').notNull(),
    /** Who sees it, as on contacts */
    scope: text('scope'),
    notes: text('notes'),
    /** derived: folded name */
    sortKey: text('sort_key').notNull().default(''),
    /** derived: folded city of the main address */
    cityKey: text('city_key').notNull().default(''),
    /** derived: city of the main address, as written */
    city: text('city'),
    /** derived: folded industry */
    industryKey: text('industry_key').notNull().default(''),
  },
  (t) => [
    index('companies_by_name').on(t.deleted, t.sortKey, t.id),
    index('companies_by_city').on(t.deleted, t.cityKey, t.id),
    index('companies_by_industry').on(t.deleted, t.industryKey, t.id),
    index('companies_by_owner').on(t.ownerId, t.deleted, t.sortKey, t.id),
    index('companies_by_parent').on(t.parentCompanyId),
    index('companies_by_created').on(t.deleted, t.createdAt, t.id),
    index('companies_by_updated').on(t.deleted, t.updatedAt, t.id),
  ],
);

export const contactCompanies = sqliteTable(
  'contact_companies',
  {
    ...recordColumns,
    contactId: text('contact_id').notNull(),
    companyId: text('company_id').notNull(),
    role: text('role'),
    startDate: text('start_date'),
    endDate: text('end_date'),
    isPrimary: integer('is_primary').notNull().default(0),
  },
  (t) => [
    index('contact_companies_by_contact').on(t.contactId, t.deleted),
    index('contact_companies_by_company').on(t.companyId, t.deleted, t.contactId),
  ],
);

export const contactRelations = sqliteTable(
  'contact_relations',
  {
    ...recordColumns,
    fromContactId: text('from_contact_id').notNull(),
    toContactId: text('to_contact_id').notNull(),
    kind: text('kind').notNull(),
    note: text('note'),
  },
  (t) => [index('contact_relations_by_from').on(t.fromContactId), index('contact_relations_by_to').on(t.toContactId)],
);

export const tags = sqliteTable('tags', {
  ...recordColumns,
  name: text('name').notNull(),
  color: text('color').notNull().default('grey'),
});

/** A tag on a record: a join row with its own deleted flag, so add/remove merge across devices. */
export const recordTags = sqliteTable(
  'record_tags',
  {
    ...recordColumns,
    tagId: text('tag_id').notNull(),
    entity: text('entity').notNull(),
    recordId: text('record_id').notNull(),
  },
  (t) => [
    index('record_tags_by_tag').on(t.tagId, t.entity, t.deleted, t.recordId),
    index('record_tags_by_record').on(t.entity, t.recordId, t.deleted),
  ],
);

export const savedViews = sqliteTable(
  'saved_views',
  {
    ...recordColumns,
    ownerId: text('owner_id').notNull(),
    entity: text('entity').notNull(),
    name: text('name').notNull(),
    /** JSON: { sort, filters, columns } */
    state: text('state').notNull(),
  },
  (t) => [index('saved_views_by_owner').on(t.ownerId, t.entity, t.deleted)],
);

/* ---- Teams and territories: the scopes records can be shared with (written by administrators). ---- */

export const teams = sqliteTable('teams', {
  ...recordColumns,
  name: text('name').notNull(),
});

/** A geographic or market area; `regions` is free text (departments, postcodes, countries). */
export const territories = sqliteTable('territories', {
  ...recordColumns,
  name: text('name').notNull(),
  regions: text('regions'),
});

/** A user in a team: a join row with its own deleted flag (its id derives from team and user). */
export const teamMembers = sqliteTable(
  'team_members',
  {
    ...recordColumns,
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
  },
  (t) => [index('team_members_by_user').on(t.userId, t.deleted), index('team_members_by_team').on(t.teamId, t.deleted)],
);

export const territoryMembers = sqliteTable(
  'territory_members',
  {
    ...recordColumns,
    territoryId: text('territory_id').notNull(),
    userId: text('user_id').notNull(),
  },
  (t) => [index('territory_members_by_user').on(t.userId, t.deleted), index('territory_members_by_territory').on(t.territoryId, t.deleted)],
);

/* ---- Sales: pipelines and their stages, deals, lost reasons, exchange rates. ---- */

export const pipelines = sqliteTable('pipelines', {
  ...recordColumns,
  name: text('name').notNull(),
  position: integer('position').notNull().default(0),
});

/** A step of a pipeline: open stages in order, then the won and lost ones. */
export const pipelineStages = sqliteTable(
  'pipeline_stages',
  {
    ...recordColumns,
    pipelineId: text('pipeline_id').notNull(),
    name: text('name').notNull(),
    position: integer('position').notNull().default(0),
    /** Default probability of a deal in this stage, in percent (0–100). */
    probability: integer('probability').notNull().default(0),
    /** 'open' | 'won' | 'lost' */
    kind: text('kind').notNull().default('open'),
  },
  (t) => [index('pipeline_stages_by_pipeline').on(t.pipelineId, t.deleted, t.position)],
);

export const deals = sqliteTable(
  'deals',
  {
    ...recordColumns,
    title: text('title').notNull(),
    pipelineId: text('pipeline_id').notNull(),
    stageId: text('stage_id').notNull(),
    companyId: text('company_id'),
    ownerId: text('owner_id').notNull(),
    /** Integer minor units of `currency` (cents for EUR). */
    amountMinor: integer('amount_minor').notNull().default(0),
    currency: text('currency').notNull().default('EUR'),
    /** Percent; null = the stage's default. */
    probability: integer('probability'),
    /** 'YYYY-MM-DD' */
    expectedClose: text('expected_close'),
    source: text('source'),
    nextStep: text('next_step'),
    lostReasonId: text('lost_reason_id'),
    notes: text('notes'),
    /** When the deal entered its current stage (ISO instant). */
    stageEnteredAt: text('stage_entered_at'),
    /** When it was won or lost (ISO instant), null while open. */
    closedAt: text('closed_at'),
    scope: text('scope'),
    /** derived: folded title */
    titleKey: text('title_key').notNull().default(''),
  },
  (t) => [
    // The board's and the forecast's totals read this index alone (every column they sum or filter on).
    index('deals_stage_totals').on(t.deleted, t.pipelineId, t.stageId, t.currency, t.amountMinor, t.probability, t.expectedClose, t.ownerId),
    // A board column's first cards, in the order shown, without sorting the stage.
    index('deals_stage_cards').on(t.deleted, t.pipelineId, t.stageId, t.expectedClose, t.titleKey, t.id),
    index('deals_by_owner').on(t.ownerId, t.deleted),
    index('deals_by_company').on(t.companyId, t.deleted),
    index('deals_by_close').on(t.deleted, t.expectedClose),
    // The deals table's default order (expected close, undated last), served without a sort.
    index('deals_by_close_order').on(t.deleted, sql`coalesce(${t.expectedClose}, '9999-12-31')`, t.id),
    index('deals_by_title').on(t.deleted, t.titleKey, t.id),
    index('deals_by_updated').on(t.deleted, t.updatedAt, t.id),
  ],
);

/** A contact's part in a deal (decision maker, user…): a join row whose id derives from both. */
export const dealContacts = sqliteTable(
  'deal_contacts',
  {
    ...recordColumns,
    dealId: text('deal_id').notNull(),
    contactId: text('contact_id').notNull(),
    role: text('role'),
  },
  (t) => [index('deal_contacts_by_deal').on(t.dealId, t.deleted), index('deal_contacts_by_contact').on(t.contactId, t.deleted)],
);

/** Each time a deal enters a stage: rows only ever added, so moves made offline on two devices all count. */
export const dealStageEntries = sqliteTable(
  'deal_stage_entries',
  {
    ...recordColumns,
    dealId: text('deal_id').notNull(),
    stageId: text('stage_id').notNull(),
    enteredAt: text('entered_at').notNull(),
    userId: text('user_id'),
  },
  (t) => [index('deal_stage_entries_by_deal').on(t.dealId, t.enteredAt), index('deal_stage_entries_by_stage').on(t.stageId, t.enteredAt)],
);

export const lostReasons = sqliteTable('lost_reasons', {
  ...recordColumns,
  label: text('label').notNull(),
  position: integer('position').notNull().default(0),
});

/** "1 <base currency> = rate <currency>" from a date on; the id derives from currency and date. */
export const exchangeRates = sqliteTable(
  'exchange_rates',
  {
    ...recordColumns,
    currency: text('currency').notNull(),
    /** 'YYYY-MM-DD' */
    validFrom: text('valid_from').notNull(),
    /** Exact decimal as text ("1.0823"). */
    rate: text('rate').notNull(),
  },
  (t) => [index('exchange_rates_by_currency').on(t.currency, t.deleted, t.validFrom)],
);

/** Office-wide settings (the base currency…): the id is the setting's name. */
export const officeSettings = sqliteTable('office_settings', {
  ...recordColumns,
  value: text('value').notNull(),
});

/* ---- Catalogue: products and services, price lists; quotes made from deals. ---- */

export const products = sqliteTable(
  'products',
  {
    ...recordColumns,
    /** Unique among live products on this device (checked by the core; it cannot hold offline). */
    reference: text('reference').notNull(),
    name: text('name').notNull(),
    description: text('description'),
    /** Free text: "h", "jour", "pièce". */
    unit: text('unit'),
    /** 'product' | 'service' */
    kind: text('kind').notNull().default('product'),
    /** Basis points: 2000 = 20 %, 550 = 5.5 %. */
    vatRateBp: integer('vat_rate_bp').notNull().default(2000),
    /** Minor units of `currency`; null = no default price (only price lists price it). */
    defaultPriceMinor: integer('default_price_minor'),
    currency: text('currency').notNull().default('EUR'),
    active: integer('active').notNull().default(1),
    /** JSON: ["Formation", "Matériel"] */
    categories: text('categories').notNull().default('[]'),
    /** derived: folded reference */
    referenceKey: text('reference_key').notNull().default(''),
    /** derived: folded name */
    nameKey: text('name_key').notNull().default(''),
  },
  (t) => [
    index('products_by_name').on(t.deleted, t.nameKey, t.id),
    index('products_by_reference').on(t.deleted, t.referenceKey, t.id),
  ],
);

/** Prices in one currency over a validity period, for every company (general) or the companies it is assigned to. */
export const priceLists = sqliteTable(
  'price_lists',
  {
    ...recordColumns,
    name: text('name').notNull(),
    currency: text('currency').notNull().default('EUR'),
    /** 'YYYY-MM-DD', inclusive; null = since always. */
    validFrom: text('valid_from'),
    /** 'YYYY-MM-DD', inclusive; null = open-ended. */
    validUntil: text('valid_until'),
    /** 1: applies to every company; 0: only to the companies assigned to it. */
    general: integer('general').notNull().default(0),
    notes: text('notes'),
  },
  (t) => [index('price_lists_by_currency').on(t.currency, t.deleted)],
);

/** A product's unit price in a price list from a minimum quantity on (quantity breaks); the id derives from the three. */
export const priceListItems = sqliteTable(
  'price_list_items',
  {
    ...recordColumns,
    priceListId: text('price_list_id').notNull(),
    productId: text('product_id').notNull(),
    /** Thousandths of a unit: 0 = from any quantity, 10000 = from 10. */
    minQuantityMilli: integer('min_quantity_milli').notNull().default(0),
    unitPriceMinor: integer('unit_price_minor').notNull().default(0),
  },
  (t) => [index('price_list_items_by_list').on(t.priceListId, t.deleted), index('price_list_items_by_product').on(t.productId, t.deleted, t.priceListId)],
);

/** A price list assigned to a company: a join row whose id derives from both. */
export const priceListCompanies = sqliteTable(
  'price_list_companies',
  {
    ...recordColumns,
    priceListId: text('price_list_id').notNull(),
    companyId: text('company_id').notNull(),
  },
  // By company and list: pricing a quote line asks "is this list assigned to this company?", which the list index alone answers by reading all its companies.
  (t) => [index('price_list_companies_by_company').on(t.companyId, t.priceListId, t.deleted), index('price_list_companies_by_list').on(t.priceListId, t.deleted)],
);

/**
 * One version of a quote. Versions of a quote share its number; `superseded_by` names the next
 * one. Lines are one JSON field: a quote's lines are edited together, so two devices' edits of a
 * draft resolve to one of the two line sets, never to a mix of both.
 */
export const quotes = sqliteTable(
  'quotes',
  {
    ...recordColumns,
    title: text('title').notNull(),
    dealId: text('deal_id').notNull(),
    companyId: text('company_id'),
    contactId: text('contact_id'),
    ownerId: text('owner_id').notNull(),
    /** Who sees it: the deal's scope when the quote was made. */
    scope: text('scope'),
    /** "D-2026-7K3F-0042": the year, the numbering device's series, its counter (see quotes/numbering.ts). */
    number: text('number').notNull(),
    series: text('series').notNull(),
    sequence: integer('sequence').notNull().default(0),
    version: integer('version').notNull().default(1),
    supersededBy: text('superseded_by'),
    /** 'draft' | 'sent' | 'accepted' | 'declined' | 'expired' */
    status: text('status').notNull().default('draft'),
    /** 'YYYY-MM-DD' */
    issueDate: text('issue_date').notNull(),
    validUntil: text('valid_until'),
    currency: text('currency').notNull().default('EUR'),
    /** JSON: the lines (see src-shared/domain/quotes.ts QuoteLine). */
    lines: text('lines').notNull().default('[]'),
    globalDiscountBp: integer('global_discount_bp').notNull().default(0),
    terms: text('terms'),
    notes: text('notes'),
    /** ISO instants. */
    sentAt: text('sent_at'),
    decidedAt: text('decided_at'),
  },
  (t) => [index('quotes_by_deal').on(t.dealId, t.deleted), index('quotes_by_number').on(t.number, t.version), index('quotes_by_series').on(t.series, t.sequence)],
);

/** The quote numbering series of each device: its code and the last counter it gave (id derived from the device id). */
export const quoteSeries = sqliteTable('quote_series', {
  ...recordColumns,
  code: text('code').notNull(),
  deviceId: text('device_id').notNull(),
  lastNumber: integer('last_number').notNull().default(0),
});

/* ---- Reports: saved segments (the query builder's filters) and sales targets. ---- */

/**
 * A named filter over contacts, companies or deals, built without SQL: `definition` is data
 * (src-shared/domain/segments), validated, and compiled by the core to parameterised SQL.
 */
export const segments = sqliteTable(
  'segments',
  {
    ...recordColumns,
    ownerId: text('owner_id').notNull(),
    /** 'contact' | 'company' | 'deal' */
    entity: text('entity').notNull(),
    name: text('name').notNull(),
    /** JSON SegmentDefinition: AND / OR groups of conditions. */
    definition: text('definition').notNull(),
    /** null = shared with the office, 'private' = its owner only, 'team:…', 'territory:…' */
    scope: text('scope'),
  },
  (t) => [index('segments_by_entity').on(t.entity, t.deleted)],
);

/**
 * A sales objective of a salesperson or a team for a month ('2026-11') or a quarter ('2026-Q4'),
 * written by managers. The id derives from subject, period and metric: targets set offline on
 * two devices converge on one row.
 */
export const targets = sqliteTable(
  'targets',
  {
    ...recordColumns,
    /** 'user' | 'team' */
    subjectKind: text('subject_kind').notNull(),
    subjectId: text('subject_id').notNull(),
    /** 'YYYY-MM' or 'YYYY-Qn' */
    period: text('period').notNull(),
    /** 'won_amount' (minor units of `currency`) | 'won_deals' | 'activities' (counts) */
    metric: text('metric').notNull(),
    value: integer('value').notNull().default(0),
    currency: text('currency'),
  },
  (t) => [index('targets_by_period').on(t.period, t.deleted), index('targets_by_subject').on(t.subjectKind, t.subjectId, t.deleted)],
);

/* ---- Activities: tasks, calls, meetings, visits, notes, logged emails; the agenda and reminders. ---- */

/** The columns that place an activity (or a busy slot) in time, and the derived span the agenda searches. */
const timingColumns = {
  allDay: integer('all_day').notNull().default(0),
  /** Timed: ISO instants (a task's due time, a call's time, a meeting's start and end). */
  startsAt: text('starts_at'),
  endsAt: text('ends_at'),
  /** All-day: 'YYYY-MM-DD', the end exclusive. */
  startDate: text('start_date'),
  endDate: text('end_date'),
  /** The IANA zone a timed event was planned in (a series repeats at its wall clock there). */
  timeZone: text('time_zone'),
  /** JSON Recurrence (src-shared/domain/recurrence/types.ts): rule, exceptions, single-occurrence edits. */
  recurrence: text('recurrence'),
  /** derived: the first instant the activity (or its series) may cover; its creation when undated. */
  spanStart: text('span_start').notNull().default(''),
  /** derived: the last instant it may cover ('9999…' for an endless series). */
  spanEnd: text('span_end').notNull().default(''),
  /** derived: 1 when the span is longer than 31 days (series, long events): the agenda reads those apart. */
  longSpan: integer('long_span').notNull().default(0),
};

export const activities = sqliteTable(
  'activities',
  {
    ...recordColumns,
    /** 'task' | 'call' | 'meeting' | 'visit' | 'note' | 'email' */
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    notes: text('notes'),
    ownerId: text('owner_id').notNull(),
    /** null = the office, 'private' = its owner only (others get a busy slot), 'team:…', 'territory:…' */
    scope: text('scope'),
    contactId: text('contact_id'),
    companyId: text('company_id'),
    dealId: text('deal_id'),
    ...timingColumns,
    location: text('location'),
    /** JSON [{ kind: 'contact' | 'user', id }] */
    attendees: text('attendees').notNull().default('[]'),
    /** Tasks: 'low' | 'normal' | 'high' */
    priority: text('priority'),
    /** Tasks: when done (ISO instant). */
    doneAt: text('done_at'),
    /** Calls and emails: 'inbound' | 'outbound' */
    direction: text('direction'),
    durationMin: integer('duration_min'),
    outcome: text('outcome'),
    /** JSON: minutes before the start, [15, 1440] */
    reminders: text('reminders').notNull().default('[]'),
    followUpOf: text('follow_up_of'),
    /** The iCalendar UID it was imported with (or exported under). */
    icalUid: text('ical_uid'),
    /** derived: folded subject */
    subjectKey: text('subject_key').notNull().default(''),
  },
  (t) => [
    // The agenda: short activities by start, series and long events apart (see activities/agenda.ts).
    index('activities_by_span').on(t.deleted, t.longSpan, t.spanStart),
    index('activities_long_by_end').on(t.longSpan, t.spanEnd),
    // Today: a user's open tasks by due time.
    index('activities_open_tasks').on(t.ownerId, t.kind, t.doneAt, t.deleted, t.spanStart),
    // Timelines, and each account's last activity (neglected accounts).
    index('activities_by_contact').on(t.contactId, t.spanStart),
    index('activities_by_company').on(t.companyId, t.spanStart),
    index('activities_by_deal').on(t.dealId, t.spanStart),
    index('activities_by_owner').on(t.ownerId, t.deleted, t.spanStart),
    index('activities_by_uid').on(t.icalUid),
  ],
);

/**
 * When a private meeting keeps its owner busy: what other users' agendas show instead of it
 * (owner and times, nothing else). Written with the activity (same id), removed when it is
 * shared or deleted.
 */
export const busySlots = sqliteTable(
  'busy_slots',
  {
    ...recordColumns,
    ownerId: text('owner_id').notNull(),
    ...timingColumns,
  },
  (t) => [index('busy_slots_by_span').on(t.deleted, t.longSpan, t.spanStart), index('busy_slots_long_by_end').on(t.longSpan, t.spanEnd)],
);

/**
 * A reminder a user dismissed or snoozed (id derived from user, activity and occurrence): synced
 * to that user's other devices only, so a reminder dealt with on one PC does not ring on another.
 */
export const reminderAcks = sqliteTable(
  'reminder_acks',
  {
    ...recordColumns,
    userId: text('user_id').notNull(),
    activityId: text('activity_id').notNull(),
    /** '' for a single activity, else the occurrence key. */
    occurrenceKey: text('occurrence_key').notNull().default(''),
    /** The reminder time it answers (ISO instant): a moved activity rings again. */
    remindAt: text('remind_at').notNull(),
    /** 'dismissed' | 'snoozed' */
    state: text('state').notNull(),
    snoozedUntil: text('snoozed_until'),
  },
  (t) => [index('reminder_acks_by_activity').on(t.activityId, t.userId)],
);

/* ---- Local tables: this device's own state, never synced. ---- */

export const meta = sqliteTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/**
 * The change log: one entry per row write, holding the fields it changed as a JSON object
 * `{ field: value }` — all stamped with the entry's HLC, so each field merges on its own (last
 * writer wins per field). Entries with `pushed = 0` written on this device form the sync outbox.
 * One entry per write rather than per field keeps the log about a tenth of the size.
 */
export const changeLog = sqliteTable(
  'change_log',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    hlc: text('hlc').notNull(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    /** JSON object: field → new value */
    changes: text('changes').notNull(),
    /** → change_txns.id: who, from which device, in which local transaction */
    txn: integer('txn').notNull(),
    pushed: integer('pushed').notNull().default(0),
    /**
     * JSON object, local edits only: field → the HLC of the value it replaced (what this device
     * had seen), sent with the change so that others tell a concurrent edit from a later one.
     */
    prevHlcs: text('prev_hlcs'),
  },
  (t) => [index('change_log_by_row').on(t.rowId, t.hlc), index('change_log_outbox').on(t.seq).where(sql`pushed = 0`)],
);

/** One row per local transaction that wrote something: its id, device and user. */
export const changeTxns = sqliteTable(
  'change_txns',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    txnId: text('txn_id').notNull(),
    deviceId: text('device_id').notNull(),
    userId: text('user_id'),
  },
  // Applying a pulled change finds its transaction's row: without this, each lookup scans the table.
  (t) => [index('change_txns_by_txn').on(t.txnId, t.deviceId)],
);

/**
 * The winning HLC of every cell, compactly: the HLC of the row's creation, plus the fields
 * written since (`{ field: hlc }`). A merge reads one row instead of scanning the log.
 * WITHOUT ROWID in the migration.
 */
export const rowVersions = sqliteTable(
  'row_versions',
  {
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    baseHlc: text('base_hlc').notNull(),
    /** JSON object: field → HLC, for fields changed after creation */
    fieldHlcs: text('field_hlcs').notNull().default('{}'),
  },
  (t) => [primaryKey({ columns: [t.tbl, t.rowId] })],
);

/**
 * The Sync review: local edits that lost to another device's newer edit of the same field, that
 * the server refused, or that landed on a record deleted elsewhere. Values are JSON.
 */
export const syncConflicts = sqliteTable(
  'sync_conflicts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    /** 'lost' | 'rejected' | 'deleted' */
    kind: text('kind').notNull(),
    tbl: text('tbl').notNull(),
    rowId: text('row_id').notNull(),
    field: text('field'),
    localValue: text('local_value'),
    localHlc: text('local_hlc'),
    remoteValue: text('remote_value'),
    remoteHlc: text('remote_hlc'),
    remoteUserId: text('remote_user_id'),
    remoteDeviceId: text('remote_device_id'),
    reason: text('reason'),
    createdAt: text('created_at').notNull(),
    resolvedAt: text('resolved_at'),
  },
  (t) => [index('sync_conflicts_open').on(t.resolvedAt, t.id)],
);

/**
 * Maps search index rows to records (the FTS table itself is created by a SQL migration).
 * `record_rowid` lets list filters join on integers; it is checked after a restore, the only
 * way rowids could change (see search-index.ts).
 */
export const searchDocs = sqliteTable(
  'search_docs',
  {
    docId: integer('doc_id').primaryKey({ autoIncrement: true }),
    entity: text('entity').notNull(),
    recordId: text('record_id').notNull(),
    recordRowid: integer('record_rowid').notNull(),
  },
  (t) => [uniqueIndex('search_docs_by_record').on(t.entity, t.recordId)],
);

/**
 * Records whose search documents and duplicate keys are still to be made: a large import writes
 * its new records without them, each table's as one range of ids (both ends included: the
 * import's ids are UUIDv7, increasing, and a range by id survives a VACUUM where rowids may
 * not), and they are made right after its commit, a chunk per transaction, `from_id` moving on
 * as they are (db/derived-backlog.ts). A range left by a closed app is taken up at the next start.
 */
export const derivedBacklog = sqliteTable('derived_backlog', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  tbl: text('tbl').notNull(),
  fromId: text('from_id').notNull(),
  toId: text('to_id').notNull(),
});

/**
 * Imports made on this device, so the user can undo one whole: what each created or updated.
 * `before` and `after` are JSON objects of the fields the import wrote (before: their earlier
 * values); undo puts back only the fields that still hold what the import wrote.
 */
export const importBatches = sqliteTable('import_batches', {
  id: text('id').primaryKey(),
  /** 'contact' | 'company' | … */
  entity: text('entity').notNull(),
  fileName: text('file_name').notNull(),
  /** 'csv' | 'xlsx' | 'vcard' */
  format: text('format').notNull(),
  userId: text('user_id').notNull(),
  createdAt: text('created_at').notNull(),
  created: integer('created').notNull().default(0),
  updated: integer('updated').notNull().default(0),
  skipped: integer('skipped').notNull().default(0),
  undoneAt: text('undone_at'),
});

export const importBatchRecords = sqliteTable(
  'import_batch_records',
  {
    batchId: text('batch_id').notNull(),
    /** The table's entity: an import of contacts also creates companies. */
    entity: text('entity').notNull(),
    recordId: text('record_id').notNull(),
    /** 'created' | 'updated' */
    action: text('action').notNull(),
    before: text('before'),
    after: text('after'),
  },
  (t) => [primaryKey({ columns: [t.batchId, t.entity, t.recordId] })],
);

/**
 * Duplicates merged on this device, so the user can undo a merge: the survivor's fields before,
 * and every linked row moved from the merged record (table, id, column).
 */
export const mergeLog = sqliteTable(
  'merge_log',
  {
    id: text('id').primaryKey(),
    /** 'contact' | 'company' */
    entity: text('entity').notNull(),
    survivorId: text('survivor_id').notNull(),
    mergedId: text('merged_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: text('created_at').notNull(),
    survivorBefore: text('survivor_before').notNull(),
    /** JSON: [{ table, id, column }] */
    moved: text('moved').notNull(),
    undoneAt: text('undone_at'),
  },
  (t) => [index('merge_log_by_record').on(t.entity, t.survivorId)],
);

/**
 * Normalised keys for finding duplicates (derived, kept by the write path like the search index):
 * a contact's e-mails and E.164 phones, a company's legal id, and name keys for blocking.
 */
export const duplicateKeys = sqliteTable(
  'duplicate_keys',
  {
    /** 'contact' | 'company' */
    entity: text('entity').notNull(),
    recordId: text('record_id').notNull(),
    /** 'email' | 'phone' | 'legal_id' | 'name' | … */
    kind: text('kind').notNull(),
    key: text('key').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entity, t.kind, t.key, t.recordId] }), index('duplicate_keys_by_record').on(t.entity, t.recordId)],
);

/**
 * The contacts each activity has as attendees (derived from `activities.attendees`, kept by the
 * write path): a contact's timeline finds the meetings they attend without reading every
 * attendee list.
 */
export const activityAttendees = sqliteTable(
  'activity_attendees',
  {
    contactId: text('contact_id').notNull(),
    activityId: text('activity_id').notNull(),
  },
  (t) => [primaryKey({ columns: [t.contactId, t.activityId] }), index('activity_attendees_by_activity').on(t.activityId)],
);

/**
 * What an .ics import last wrote to each meeting it made (local, not synced): importing the file
 * again changes only the fields still holding those values, so edits made here are kept.
 */
export const icalImported = sqliteTable('ical_imported', {
  activityId: text('activity_id').primaryKey(),
  /** JSON: the columns as the import wrote them. */
  fields: text('fields').notNull(),
});
