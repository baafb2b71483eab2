import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { guessMapping } from '../../../src-shared/domain/import-headers';
import { isFieldOf } from '../../../src-shared/domain/import-fields';
import { IMPORT_SAMPLE_ROWS, type ImportEntity, type ImportInspection, type ImportMapping } from '../../../src-shared/domain/imports';
import type { Core } from '../../core/core';
import { runTask } from '../../core/tasks';
import { appLanguage } from '../ical/language';
import { readImportFile } from './read-file';
import { cellsOf, type ImportSession } from './sessions';

/** vCard columns that fill a field of another name for some entities (a card's ORG is a company's name). */
const vcardRenames: Partial<Record<ImportEntity, Record<string, string>>> = { company: { company: 'name' } };

/** The mapping offered: a vCard's fixed columns map to their fields; other files are guessed from their headers. */
export function suggestedMapping(session: ImportSession, entity: ImportEntity): ImportMapping {
  if (!session.vcardFields) return guessMapping(entity, session.headers);
  const renames = vcardRenames[entity] ?? {};
  const taken = new Set<string>();
  return session.vcardFields.map((column) => {
    const key = column === null ? null : (renames[column] ?? column);
    if (key === null || !isFieldOf(entity, key) || taken.has(key)) return null;
    if (entity === 'company' && (key === 'civility' || key === 'firstName' || key === 'lastName')) return null;
    taken.add(key);
    return key;
  });
}

/** Positions of the columns whose (folded) name appears further left. */
export function duplicatedColumns(headers: readonly string[]): number[] {
  const seen = new Set<string>();
  const duplicated: number[] = [];
  headers.forEach((header, index) => {
    const key = header.trim().toLowerCase();
    if (key === '') return;
    if (seen.has(key)) duplicated.push(index);
    seen.add(key);
  });
  return duplicated;
}

export function inspectionOf(session: ImportSession, entity: ImportEntity): ImportInspection {
  const mapping = suggestedMapping(session, entity);
  return {
    importId: session.importId,
    entity,
    fileName: session.fileName,
    format: session.format,
    encoding: session.encoding,
    separator: session.separator,
    sheetName: session.sheetName,
    headers: session.headers,
    duplicatedColumns: duplicatedColumns(session.headers),
    sample: session.rows.slice(0, IMPORT_SAMPLE_ROWS).map((_row, index) => ({ line: session.lines[index] as number, cells: cellsOf(session, index) })),
    rowCount: session.rows.length,
    suggestedMapping: mapping,
    hasRecordIds: mapping.includes('recordId'),
  };
}

export function inspectImport(core: Core, input: ApiParsedInput<'imports.inspect'>): Promise<ImportInspection> {
  return runTask(core, input.taskId, async (task) => {
    const session = await readImportFile(core, input.fileId, appLanguage(core), task);
    return inspectionOf(session, input.entity);
  });
}
