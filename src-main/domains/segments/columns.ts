/**
 * The SQL behind each catalogue field, for a record aliased `a`. This table is the only source
 * of column names in a compiled segment: a field the catalogue does not list has no entry here,
 * and user values never reach the SQL text (they go in parameters).
 */
import type { FieldKey } from '../../../src-shared/domain/segments/catalogue';
import type { RecordKind } from '../../../src-shared/domain/segments/types';

type Expr = (alias: string) => string;

export type ColumnSpec =
  /** `folded`: the expression is already folded (lower case, no accents), as the *_key columns. */
  | { kind: 'text'; expr: Expr; folded: boolean; indexedPrefix?: boolean }
  /** Texts inside a JSON list column, at these JSON paths of each entry. */
  | { kind: 'textList'; list: Expr; paths: string[] }
  | { kind: 'number'; expr: Expr }
  | { kind: 'money'; amount: Expr; currency: Expr }
  | { kind: 'date'; expr: Expr; stored: 'day' | 'instant' }
  /** When an activity takes place: its day when all-day, else its time (its creation when undated). */
  | { kind: 'eventDate' }
  /** Compared to option values or ids. */
  | { kind: 'value'; expr: Expr }
  | { kind: 'tags'; entity: 'contact' | 'company' | 'deal' }
  /** A deal's status, the kind of its stage: compared through the few stages of that kind. */
  | { kind: 'stageKind' }
  | { kind: 'boolean'; expr: Expr };

const text = (column: string): ColumnSpec => ({ kind: 'text', expr: (a) => `${a}.${column}`, folded: false });
const key = (column: string): ColumnSpec => ({ kind: 'text', expr: (a) => `${a}.${column}`, folded: true, indexedPrefix: true });
const value = (column: string): ColumnSpec => ({ kind: 'value', expr: (a) => `${a}.${column}` });
const instant = (column: string): ColumnSpec => ({ kind: 'date', expr: (a) => `${a}.${column}`, stored: 'instant' });
const day = (column: string): ColumnSpec => ({ kind: 'date', expr: (a) => `${a}.${column}`, stored: 'day' });
/** A JSON list's entries (emails: their address; phones: as typed and E.164): a condition holds for any of them. */
const jsonList = (column: string, ...paths: string[]): ColumnSpec => ({ kind: 'textList', list: (a) => `${a}.${column}`, paths });
/** A field of a company's main address (the first of its addresses). */
const mainAddress = (field: string): ColumnSpec => ({ kind: 'text', expr: (a) => `json_extract(${a}.addresses, '$[0].${field}')`, folded: false });

const stageOf = (a: string, column: string) => `(SELECT ps.${column} FROM pipeline_stages ps WHERE ps.id = ${a}.stage_id)`;

export const tables: Record<RecordKind, string> = { contact: 'contacts', company: 'companies', deal: 'deals', activity: 'activities' };

export const columns: { [K in RecordKind]: Record<FieldKey<K>, ColumnSpec> } = {
  contact: {
    firstName: key('first_key'),
    lastName: text('last_name'),
    jobTitle: text('job_title'),
    email: jsonList('emails', '$.address'),
    phone: jsonList('phones', '$.raw', '$.e164'),
    city: key('city_key'),
    postcode: text('postcode'),
    country: text('country'),
    language: value('language'),
    source: text('source'),
    notes: text('notes'),
    birthday: day('birthday'),
    owner: value('owner_id'),
    tags: { kind: 'tags', entity: 'contact' },
    consentEmail: value('consent_email'),
    consentPhone: value('consent_phone'),
    consentMail: value('consent_mail'),
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  company: {
    name: key('sort_key'),
    legalId: text('legal_id'),
    industry: key('industry_key'),
    size: value('size'),
    website: text('website'),
    email: jsonList('emails', '$.address'),
    phone: jsonList('phones', '$.raw', '$.e164'),
    city: key('city_key'),
    postcode: mainAddress('postcode'),
    country: mainAddress('country'),
    notes: text('notes'),
    owner: value('owner_id'),
    tags: { kind: 'tags', entity: 'company' },
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  deal: {
    title: key('title_key'),
    amount: { kind: 'money', amount: (a) => `${a}.amount_minor`, currency: (a) => `${a}.currency` },
    currency: text('currency'),
    probability: { kind: 'number', expr: (a) => `coalesce(${a}.probability, ${stageOf(a, 'probability')})` },
    expectedClose: day('expected_close'),
    pipeline: value('pipeline_id'),
    stage: value('stage_id'),
    status: { kind: 'stageKind' },
    owner: value('owner_id'),
    source: text('source'),
    nextStep: text('next_step'),
    notes: text('notes'),
    tags: { kind: 'tags', entity: 'deal' },
    closedAt: instant('closed_at'),
    stageEnteredAt: instant('stage_entered_at'),
    createdAt: instant('created_at'),
    updatedAt: instant('updated_at'),
  },
  activity: {
    kind: value('kind'),
    subject: key('subject_key'),
    notes: text('notes'),
    date: { kind: 'eventDate' },
    done: { kind: 'boolean', expr: (a) => `${a}.done_at IS NOT NULL` },
    doneAt: instant('done_at'),
    owner: value('owner_id'),
    priority: value('priority'),
    outcome: value('outcome'),
    direction: value('direction'),
    durationMinutes: { kind: 'number', expr: (a) => `${a}.duration_min` },
    location: text('location'),
    createdAt: instant('created_at'),
  },
};

/** The SQL of a catalogue field (the key was checked against the catalogue). */
export function columnOf(kind: RecordKind, field: string): ColumnSpec {
  const spec = (columns[kind] as Record<string, ColumnSpec>)[field];
  if (!spec) throw new Error(`No column for ${kind}.${field}`);
  return spec;
}
