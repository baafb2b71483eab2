import type { z } from 'zod';
import type { EmailEntry, PhoneEntry } from '../../../src-shared/contract/inputs/common';
import type { ImportFieldKey } from '../../../src-shared/domain/import-fields';
import type { ImportIssue, ImportIssueCode } from '../../../src-shared/domain/imports';
import { toE164, type PhoneLabel, type PhoneNumber } from '../../../src-shared/domain/phone';
import { issueAt, type FieldValue, type RowFields } from './cells';
import type { Row } from '../../db/synced-tables';
import type { CompiledMapping, MappedColumn } from './mapping';

/** The label each e-mail and phone field gives its values. */
export const emailLabelOf: Partial<Record<ImportFieldKey, EmailEntry['label']>> = { emailWork: 'work', emailHome: 'home', emailOther: 'other' };
export const phoneLabelOf: Partial<Record<ImportFieldKey, PhoneLabel>> = { phoneMobile: 'mobile', phoneWork: 'work', phoneHome: 'home', phoneFax: 'fax', phoneOther: 'other' };

/** Where each value of a built input came from, to say which column a refusal is about. */
export class Origins {
  private readonly scalar = new Map<string, number>();
  private readonly lists = new Map<string, number[]>();

  constructor(private readonly mapping: CompiledMapping) {}

  set(field: string, column: number): void {
    this.scalar.set(field, column);
  }

  push(list: 'emails' | 'phones', column: number): void {
    const columns = this.lists.get(list) ?? [];
    columns.push(column);
    this.lists.set(list, columns);
  }

  column(path: readonly PropertyKey[]): MappedColumn | null {
    const [head, index] = path;
    const position = head === 'emails' || head === 'phones' ? (this.lists.get(head)?.[typeof index === 'number' ? index : 0] ?? this.lists.get(head)?.[0]) : this.scalar.get(String(head));
    return position === undefined ? null : (this.mapping.columns.find((column) => column.index === position) ?? null);
  }
}

function codeOf(issue: z.core.$ZodIssue): ImportIssueCode {
  const [head] = issue.path;
  const params = (issue as { params?: { code?: string } }).params;
  if (params?.code === 'required') return 'required';
  if (issue.code === 'too_big') return issue.origin === 'array' ? 'too_many' : 'too_long';
  if (head === 'emails') return 'invalid_email';
  if (head === 'birthday') return 'invalid_date';
  if (head === 'country' || (head === 'addresses' && issue.path.at(-1) === 'country')) return 'invalid_country';
  if (head === 'website') return 'invalid_url';
  if (head === 'legalId') return 'invalid_siret';
  return 'invalid_choice';
}

/** The contract schema's refusals of a built input, at their row's columns. */
export function schemaIssues(error: z.ZodError, fields: RowFields, origins: Origins, mapping: CompiledMapping): ImportIssue[] {
  return error.issues.map((issue) => {
    const column = origins.column(issue.path);
    const value = column ? (fields.cells[column.index] ?? null) : null;
    return issueAt(fields.line, column, codeOf(issue), value, mapping.headers);
  });
}

/** The text of a field in this row (null when its cells are empty or it is not mapped). */
export const textOf = (fields: RowFields, key: ImportFieldKey): string | null => fields.values.get(key)?.value ?? null;

/** True when the row says something about the field: mapped, and not empty unless empty cells clear. */
export function provides(fields: RowFields, key: ImportFieldKey, clear: boolean): FieldValue | null {
  const entry = fields.values.get(key);
  if (!entry) return null;
  if (entry.value !== null || entry.items.length > 0 || clear) return entry;
  return null;
}

/** The row's e-mails: the main one (field `email`) and the labelled ones, for the labels it provides. */
export type RowEmails = { main: { address: string | null } | null; entries: EmailEntry[]; labels: Set<EmailEntry['label']> };

export function rowEmails(fields: RowFields, origins: Origins, clear: boolean): RowEmails {
  const entries: EmailEntry[] = [];
  const labels = new Set<EmailEntry['label']>();
  const mainEntry = provides(fields, 'email', clear);
  const main = mainEntry ? { address: mainEntry.items[0]?.text ?? null } : null;
  if (mainEntry?.items[0]) {
    entries.push({ label: 'work', address: mainEntry.items[0].text });
    origins.push('emails', mainEntry.items[0].column);
  }
  for (const [key, label] of Object.entries(emailLabelOf) as [ImportFieldKey, EmailEntry['label']][]) {
    const entry = provides(fields, key, clear);
    if (!entry) continue;
    labels.add(label);
    for (const item of entry.items) {
      if (entries.some((known) => known.address === item.text)) continue;
      entries.push({ label, address: item.text });
      origins.push('emails', item.column);
    }
  }
  return { main, entries, labels };
}

/** The row's phones as typed: the main one (field `phone`) first, then the labelled ones. */
export type RowPhones = { main: { number: string | null } | null; entries: PhoneEntry[]; labels: Set<PhoneLabel> };

export function rowPhones(fields: RowFields, origins: Origins, clear: boolean, mainLabel: PhoneLabel): RowPhones {
  const entries: PhoneEntry[] = [];
  const labels = new Set<PhoneLabel>();
  const mainEntry = provides(fields, 'phone', clear);
  const main = mainEntry ? { number: mainEntry.items[0]?.text ?? null } : null;
  if (mainEntry?.items[0]) {
    entries.push({ label: mainLabel, number: mainEntry.items[0].text });
    origins.push('phones', mainEntry.items[0].column);
  }
  for (const [key, label] of Object.entries(phoneLabelOf) as [ImportFieldKey, PhoneLabel][]) {
    const entry = provides(fields, key, clear);
    if (!entry) continue;
    labels.add(label);
    for (const item of entry.items) {
      entries.push({ label, number: item.text });
      origins.push('phones', item.column);
    }
  }
  return { main, entries, labels };
}

/** The labels a row's list touches, 'main' standing for its main value (for the preview's changes). */
export const listLabels = (list: { main: unknown; labels: ReadonlySet<string> }): Set<string> => new Set([...list.labels, ...(list.main !== null ? ['main'] : [])]);

/** True when the row says anything about e-mails or phones. */
export const touchesList = (list: { main: unknown; labels: ReadonlySet<string> }) => list.main !== null || list.labels.size > 0;

/**
 * An existing record's e-mails with the row's put in: the main one replaced (keeping its label)
 * unless it is the same address, or removed when its cell was emptied; labelled ones by label.
 */
export function mergedEmails(current: readonly EmailEntry[], row: RowEmails): EmailEntry[] {
  let list = [...current];
  if (row.main) {
    const [first, ...rest] = list;
    if (row.main.address === null) list = rest;
    else if (!first) list = [{ label: 'work', address: row.main.address }];
    else if (first.address !== row.main.address) list = [{ label: first.label, address: row.main.address }, ...rest.filter((entry) => entry.address !== row.main?.address)];
  }
  const labelled = row.main?.address ? row.entries.slice(1) : row.entries;
  return row.labels.size > 0 ? mergeByLabel(list, row.labels, labelled) : list;
}

/**
 * The same for phones, numbers compared by their E.164 form ("+33 6 12 34 56 78" is
 * "06 12 34 56 78" in France). `incoming`: the row's phones normalised, main first.
 */
export function mergedPhones(current: readonly PhoneNumber[], row: RowPhones, incoming: readonly PhoneNumber[]): PhoneNumber[] {
  let list = [...current];
  let labelled = incoming;
  if (row.main) {
    const [first, ...rest] = list;
    const main = row.main.number === null ? null : incoming[0];
    labelled = main ? incoming.slice(1) : incoming;
    if (!main) list = rest;
    else if (!first) list = [main];
    else if (first.e164 !== main.e164) list = [{ ...main, label: first.label }, ...rest];
  }
  // A label whose numbers are the same as stored (however written) keeps them as they are.
  const e164s = (entries: readonly PhoneNumber[], label: string) => entries.filter((entry) => entry.label === label).map((entry) => entry.e164).join(' ');
  const changed = new Set([...row.labels].filter((label) => e164s(list, label) !== e164s(labelled, label)));
  return changed.size > 0 ? mergeByLabel(list, changed, labelled.filter((entry) => changed.has(entry.label))) : list;
}

/**
 * An existing list with the row's values put in: entries of the labels the row provides are
 * replaced (where the first of them stood), the others kept in their order.
 */
export function mergeByLabel<T extends { label: string }>(existing: readonly T[], labels: ReadonlySet<string>, incoming: readonly T[]): T[] {
  const result: T[] = [];
  let placed = false;
  for (const entry of existing) {
    if (!labels.has(entry.label)) {
      result.push(entry);
    } else if (!placed) {
      result.push(...incoming);
      placed = true;
    }
  }
  if (!placed) result.push(...incoming);
  return result;
}

/**
 * Phones as the forms store them: validated for the record's country, with their E.164 form
 * (the rule of common/validation.ts normalizePhones), each refusal at its column.
 */
export function normalizeRowPhones(entries: readonly PhoneEntry[], country: string | null | undefined, line: number, origins: Origins, mapping: CompiledMapping, issues: ImportIssue[]): PhoneNumber[] {
  return entries.map((entry, index) => {
    const e164 = toE164(entry.number, country);
    if (!e164) issues.push(issueAt(line, origins.column(['phones', index]), 'invalid_phone', entry.number, mapping.headers));
    return { label: entry.label, raw: entry.number, e164: e164 ?? '' };
  });
}

/** The columns of an update that change the record: their values before (as stored) and after. */
export function changedColumns(existing: Row, columns: Row): { before: Row; after: Row } {
  const before: Row = {};
  const after: Row = {};
  for (const [column, value] of Object.entries(columns)) {
    if ((existing[column] ?? null) === value) continue;
    before[column] = existing[column] ?? null;
    after[column] = value;
  }
  return { before, after };
}
