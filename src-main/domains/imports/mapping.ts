import { fieldOf, type ImportField, type ImportFieldKey } from '../../../src-shared/domain/import-fields';
import type { ImportEntity, ImportMapping } from '../../../src-shared/domain/imports';
import { translate, type Language } from '../../../src-shared/i18n';
import { mappingRefused } from './refusals';

/** A column that fills a field. */
export type MappedColumn = { index: number; header: string; field: ImportField };

export type CompiledMapping = {
  columns: MappedColumn[];
  /** Fields filled by at least one column. */
  fields: ReadonlySet<ImportFieldKey>;
  headers: readonly string[];
};

/** Fields that name a record (one of them must be mapped, or the record id for updates). */
const nameFields: Record<ImportEntity, ImportFieldKey[]> = {
  contact: ['firstName', 'lastName', 'fullName'],
  company: ['name'],
  deal: ['title'],
};

const nameRefusals = { contact: 'mappingName', company: 'mappingCompanyName', deal: 'mappingDealTitle' } as const satisfies Record<ImportEntity, string>;

/**
 * Checks the user's mapping against the file and the entity: one key per column, fields of this
 * entity, a single column for single-valued fields, and something that names the records.
 */
export function compileMapping(entity: ImportEntity, mapping: ImportMapping, headers: readonly string[], language: Language): CompiledMapping {
  if (mapping.length !== headers.length) throw mappingRefused(language, 'mappingLength', {});
  const columns: MappedColumn[] = [];
  const fields = new Set<ImportFieldKey>();
  mapping.forEach((key, index) => {
    if (key === null) return;
    const field = fieldOf(entity, key);
    const label = translate(language, `imports.field.${key}`);
    if (!field) throw mappingRefused(language, 'mappingField', { field: label }, `mapping.${index}`);
    if (fields.has(key) && !field.repeatable) throw mappingRefused(language, 'mappingTwice', { field: label }, `mapping.${index}`, 'duplicate');
    fields.add(key);
    columns.push({ index, header: headers[index] ?? '', field });
  });
  if (!nameFields[entity].some((key) => fields.has(key)) && !fields.has('recordId')) {
    throw mappingRefused(language, nameRefusals[entity], {}, 'mapping', 'required');
  }
  return { columns, fields, headers };
}
