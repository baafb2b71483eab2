import { emailEntry } from '../../../src-shared/contract/inputs/common';
import { websiteField } from '../../../src-shared/contract/inputs/companies';
import { parseCivility, parseCompanySize, parseConsent, parseCountry, parseLanguage } from '../../../src-shared/domain/import-choices';
import type { ImportFieldKey } from '../../../src-shared/domain/import-fields';
import { splitEmails, splitPhones } from '../../../src-shared/domain/import-names';
import { parseDate } from '../../../src-shared/domain/import-numbers';
import { importWarningCodes, type ImportIssue, type ImportIssueCode } from '../../../src-shared/domain/imports';
import { uuidPattern } from '../../../src-shared/domain/ids';
import { legalIdProblem } from '../../../src-shared/domain/siret';
import { foldText } from '../../../src-shared/domain/text';
import { convertDealCell } from './deal-cells';
import type { CompiledMapping, MappedColumn } from './mapping';

/** One value of a list field (an e-mail, a phone) and the column it came from. */
export type ListItem = { text: string; column: number };

/**
 * A field's value in one row: canonical text (a civility key, an ISO date, a country code, a
 * user id…), or a list for e-mails and phones; `value` null (or an empty list) when its cells
 * were empty. `column` is the (first) column that fills it.
 */
export type FieldValue = { column: number; value: string | null; items: ListItem[] };

export type RowFields = {
  line: number;
  /** The row's cells as read (for the values issues quote). */
  cells: readonly string[];
  values: Map<ImportFieldKey, FieldValue>;
  issues: ImportIssue[];
  hasError: boolean;
};

/** What reading cells needs from the database: the users, by folded name and by e-mail. */
export type CellContext = { users: ReadonlyMap<string, string> };

const cut = (text: string) => (text.length > 200 ? `${text.slice(0, 199)}…` : text);

export function issueAt(line: number, column: MappedColumn | null, code: ImportIssueCode, value: string | null, headers: readonly string[]): ImportIssue {
  return {
    line,
    column: column ? (headers[column.index] ?? '') : null,
    columnIndex: column ? column.index : null,
    field: column ? column.field.key : null,
    code,
    severity: importWarningCodes.has(code) ? 'warning' : 'error',
    value: value === null ? null : cut(value),
  };
}

type Converted = { value: string } | { code: ImportIssueCode };

const emailAddress = emailEntry.shape.address;

/** One cell of a single-valued field, checked and made canonical. */
function convert(column: MappedColumn, text: string, context: CellContext): Converted {
  const field = column.field;
  switch (field.type) {
    case 'text':
    case 'fullName':
    case 'companyName':
      return field.max !== undefined && text.length > field.max ? { code: 'too_long' } : { value: text };
    case 'recordId':
      return uuidPattern.test(text.toLowerCase()) ? { value: text.toLowerCase() } : { code: 'unknown_record' };
    case 'civility': {
      const value = parseCivility(text);
      return value ? { value } : { code: 'invalid_choice' };
    }
    case 'date': {
      // A birthday without its year (vCard "--0312") cannot be stored as a date: left out, said.
      if (/^--\d{2}-?\d{2}$/.test(text)) return { code: 'value_ignored' };
      const value = parseDate(text);
      return value ? { value } : { code: 'invalid_date' };
    }
    case 'country': {
      const value = parseCountry(text);
      return value ? { value } : { code: 'invalid_country' };
    }
    case 'language': {
      const value = parseLanguage(text);
      return value ? { value } : { code: 'invalid_choice' };
    }
    case 'consent': {
      const value = parseConsent(text);
      return value ? { value } : { code: 'invalid_choice' };
    }
    case 'companySize': {
      const value = parseCompanySize(text);
      return value ? { value } : { code: 'invalid_choice' };
    }
    case 'url': {
      const parsed = websiteField.safeParse(text);
      return parsed.success && parsed.data ? { value: parsed.data } : { code: 'invalid_url' };
    }
    case 'legalId':
      if (text.length > 50) return { code: 'too_long' };
      return legalIdProblem(text) ? { code: 'invalid_siret' } : { value: text };
    case 'user': {
      const id = context.users.get(text.toLowerCase()) ?? context.users.get(foldText(text));
      return id ? { value: id } : { code: 'unknown_user' };
    }
    case 'email':
    case 'phone':
      return { value: text };
    case 'amount':
    case 'currency':
    case 'dealStatus':
    case 'probability':
      return convertDealCell(field.type, text);
  }
}

/** E-mail addresses of a cell, each checked as the forms check them. */
function emailItems(column: MappedColumn, text: string, line: number, headers: readonly string[], issues: ImportIssue[]): ListItem[] {
  const items: ListItem[] = [];
  for (const part of splitEmails(text)) {
    const parsed = emailAddress.safeParse(part);
    if (parsed.success) items.push({ text: parsed.data, column: column.index });
    else issues.push(issueAt(line, column, 'invalid_email', part, headers));
  }
  return items;
}

/**
 * Reads the mapped cells of one row. Every problem is an issue at its line and column; the row
 * is in error when one of them is an error.
 */
export function readRow(line: number, cells: readonly string[], mapping: CompiledMapping, context: CellContext): RowFields {
  const values = new Map<ImportFieldKey, FieldValue>();
  const issues: ImportIssue[] = [];
  for (const column of mapping.columns) {
    const key = column.field.key;
    const text = (cells[column.index] ?? '').trim();
    let entry = values.get(key);
    if (!entry) {
      entry = { column: column.index, value: null, items: [] };
      values.set(key, entry);
    }
    if (text === '') continue;
    if (column.field.type === 'email') {
      entry.items.push(...emailItems(column, text, line, mapping.headers, issues));
      continue;
    }
    if (column.field.type === 'phone') {
      for (const part of splitPhones(text)) entry.items.push({ text: part, column: column.index });
      continue;
    }
    const converted = convert(column, text, context);
    if ('code' in converted) {
      issues.push(issueAt(line, column, converted.code, text, mapping.headers));
      continue;
    }
    // Several columns of one field (notes): their texts add up, one per line.
    entry.value = entry.value === null ? converted.value : `${entry.value}\n${converted.value}`;
    if (entry.value.length > (column.field.max ?? Infinity)) issues.push(issueAt(line, column, 'too_long', text, mapping.headers));
  }
  return { line, cells, values, issues, hasError: issues.some((issue) => issue.severity === 'error') };
}
