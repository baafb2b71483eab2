import type { AddressEntry } from '../../../src-shared/contract/inputs/companies';
import { defaultMergeChoice, sameFieldValue } from '../../../src-shared/domain/duplicate-merge';
import {
  companyMergeFields,
  contactMergeFields,
  mergeableBothFields,
  type ComparedField,
  type DuplicateEntity,
  type MergeField,
  type MergeFieldValue,
} from '../../../src-shared/domain/duplicates';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row, SqlValue } from '../../db/synced-tables';
import { toSqlValue } from '../common/columns';
import { parseJson } from '../common/json';
import { describeScope } from '../common/scope';
import { companyColumns } from '../companies/mapping';
import { contactColumns } from '../contacts/mapping';

/** The merge's fields of an entity, and their columns. */
export function mergeFieldsOf(entity: DuplicateEntity): readonly MergeField[] {
  return entity === 'contact' ? contactMergeFields : companyMergeFields;
}

export function columnOf(entity: DuplicateEntity, field: MergeField): string {
  const columns: Record<string, string> = entity === 'contact' ? contactColumns : companyColumns;
  const column = columns[field];
  if (!column) throw new Error(`${field} is not a field of a ${entity}`);
  return column;
}

const listFields = new Set<MergeField>(['emails', 'phones', 'addresses']);

/** A column's value as the merge compares it: lists parsed, the rest as stored. */
export function fieldValue(entity: DuplicateEntity, field: MergeField, row: Row): MergeFieldValue['value'] {
  const stored = row[columnOf(entity, field)] ?? null;
  if (listFields.has(field)) return parseJson<MergeFieldValue['value']>(stored, []);
  return stored === null ? null : String(stored);
}

/** The stored form of a value the merge chose. */
export function toStored(value: MergeFieldValue['value']): SqlValue {
  return toSqlValue(value);
}

/** A value as a person reads it: names instead of ids, lists on one line. */
export function fieldText(db: ReadDb, field: MergeField, value: MergeFieldValue['value']): string | null {
  if (value === null || value === '') return null;
  if (Array.isArray(value)) {
    if (value.length === 0) return null;
    if (field === 'emails') return (value as { address: string }[]).map((entry) => entry.address).join(', ');
    if (field === 'phones') return (value as PhoneNumber[]).map((entry) => entry.raw || entry.e164).join(', ');
    return (value as AddressEntry[]).map((entry) => [entry.street, [entry.postcode, entry.city].filter(Boolean).join(' '), entry.country].filter(Boolean).join(', ')).join(' ; ');
  }
  if (field === 'ownerId') return (prepared(db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(value) as string | undefined) ?? value;
  if (field === 'parentCompanyId') return (prepared(db, 'SELECT name FROM companies WHERE id = ?').pluck().get(value) as string | undefined) ?? value;
  if (field === 'scope') return describeScope(db, value).groupName ?? value;
  return value;
}

/** The fields side by side, `a` taken as the survivor for the suggestions. */
export function compareFields(db: ReadDb, entity: DuplicateEntity, a: Row, b: Row): ComparedField[] {
  return mergeFieldsOf(entity).map((field) => {
    const valueA = fieldValue(entity, field, a);
    const valueB = fieldValue(entity, field, b);
    return {
      field,
      a: { value: valueA, text: fieldText(db, field, valueA) },
      b: { value: valueB, text: fieldText(db, field, valueB) },
      same: sameFieldValue(valueA, valueB),
      suggested: defaultMergeChoice(field, valueA, valueB),
      canKeepBoth: mergeableBothFields.includes(field),
    };
  });
}
