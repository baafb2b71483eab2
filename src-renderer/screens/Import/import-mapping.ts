import { importFields, type ImportEntity, type ImportField, type ImportFieldKey, type ImportInspection, type ImportMapping } from '../../../src-shared/domain/imports';

/** The fields a file can fill for this kind of record, in the order the picker lists them. */
export function fieldsOf(entity: ImportEntity): readonly ImportField[] {
  return importFields[entity];
}

function isRepeatable(entity: ImportEntity, key: ImportFieldKey): boolean {
  return fieldsOf(entity).find((field) => field.key === key)?.repeatable === true;
}

/** Up to `max` different non-empty values of a column in the sample rows, for the user to recognise it. */
export function columnSamples(inspection: Pick<ImportInspection, 'sample'>, index: number, max = 3): string[] {
  const values: string[] = [];
  for (const row of inspection.sample) {
    const value = (row.cells[index] ?? '').trim();
    if (value !== '' && !values.includes(value)) values.push(value);
    if (values.length >= max) break;
  }
  return values;
}

/** The mapping with column `index` set to `field` (null: not imported). */
export function withColumnField(mapping: ImportMapping, index: number, field: ImportFieldKey | null): ImportMapping {
  return mapping.map((current, position) => (position === index ? field : current));
}

/** The other columns that fill the same field as column `index` (any field, repeatable or not). */
export function otherColumnsWith(mapping: ImportMapping, field: ImportFieldKey, index: number): number[] {
  const others: number[] = [];
  mapping.forEach((current, position) => {
    if (current === field && position !== index) others.push(position);
  });
  return others;
}

/**
 * Columns whose field is also chosen for another column while that field takes only one
 * column: for each such column, the others it clashes with.
 */
export function mappingConflicts(entity: ImportEntity, mapping: ImportMapping): Map<number, number[]> {
  const conflicts = new Map<number, number[]>();
  mapping.forEach((field, index) => {
    if (field === null || isRepeatable(entity, field)) return;
    const others = otherColumnsWith(mapping, field, index);
    if (others.length > 0) conflicts.set(index, others);
  });
  return conflicts;
}

const nameFields: Record<ImportEntity, readonly ImportFieldKey[]> = { contact: ['firstName', 'lastName', 'fullName'], company: ['name'], deal: ['title'] };

/** A record needs a name: a contact its first, last or full name; a company its name; a deal its title. */
export function mapsAName(entity: ImportEntity, mapping: ImportMapping): boolean {
  return mapping.some((field) => field !== null && nameFields[entity].includes(field));
}

/** What stops the mapping from being previewed, in order: nothing mapped, no name, a field chosen twice. */
export type MappingProblem = 'nothing' | 'name' | 'conflict';

export function mappingProblem(entity: ImportEntity, mapping: ImportMapping): MappingProblem | null {
  if (mapping.every((field) => field === null)) return 'nothing';
  if (!mapsAName(entity, mapping)) return 'name';
  if (mappingConflicts(entity, mapping).size > 0) return 'conflict';
  return null;
}

/** The same columns, in the same order: the same file read again. */
export function sameColumns(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((header, index) => header === b[index]);
}

/**
 * The mapping to start from when a file is read: the user's own choices when the same columns
 * come back (the same file read again after the core forgot it), else the guess.
 */
export function startingMapping(previous: { headers: readonly string[]; mapping: ImportMapping } | null, inspection: Pick<ImportInspection, 'headers' | 'suggestedMapping'>): ImportMapping {
  if (previous && previous.mapping.length === inspection.headers.length && sameColumns(previous.headers, inspection.headers)) return [...previous.mapping];
  return [...inspection.suggestedMapping];
}

/** How many columns are imported. */
export function mappedCount(mapping: ImportMapping): number {
  return mapping.filter((field) => field !== null).length;
}
