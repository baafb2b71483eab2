import { readFileSync } from 'node:fs';
import type { ApiInput } from '../../../../../src-shared/contract/api';
import type { ImportEntity, ImportInspection } from '../../../../../src-shared/domain/imports';
import { receiveFile } from '../../../../../src-main/files/store';
import { call, callError, type TestCore } from '../../../../helpers/core';

export const fixture = (name: string): Buffer => readFileSync(new URL(`../../../../fixtures/imports/${name}`, import.meta.url));

/** A file handed to the core as the page's upload does. */
export async function upload(core: TestCore, name: string, bytes: Uint8Array | string): Promise<string> {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return (await receiveFile(core.paths.dataDir, name, data, 200 * 1024 * 1024)).fileId;
}

export async function inspect(core: TestCore, name: string, bytes: Uint8Array | string, entity: ImportEntity = 'contact'): Promise<ImportInspection> {
  return call(core, 'imports.inspect', { fileId: await upload(core, name, bytes), entity });
}

export async function inspectError(core: TestCore, name: string, bytes: Uint8Array | string, entity: ImportEntity = 'contact') {
  return callError(core, 'imports.inspect', { fileId: await upload(core, name, bytes), entity });
}

/** The plan input for an inspected file with its suggested mapping. */
export function planOf(inspection: ImportInspection, more: Partial<ApiInput<'imports.run'>> = {}) {
  return { importId: inspection.importId, entity: inspection.entity, mapping: inspection.suggestedMapping, ...more };
}

/** Windows-1252 bytes of a text made of Latin-1 letters (and the few 1252 extras used here). */
export function windows1252(text: string): Uint8Array {
  const extras: Record<string, number> = { '€': 0x80, '’': 0x92, 'œ': 0x9c, 'Œ': 0x8c };
  return Uint8Array.from([...text].map((char) => extras[char] ?? (char.charCodeAt(0) < 256 ? char.charCodeAt(0) : 0x3f)));
}

/** What must not move when an import is refused: the synced tables, the change log, the batches. */
export function databaseState(core: TestCore) {
  const count = (sql: string) => core.db.prepare(sql).pluck().get() as number;
  return {
    contacts: count('SELECT count(*) FROM contacts'),
    companies: count('SELECT count(*) FROM companies'),
    links: count('SELECT count(*) FROM contact_companies'),
    changeLog: count('SELECT count(*) FROM change_log'),
    batches: count('SELECT count(*) FROM import_batches'),
    batchRecords: count('SELECT count(*) FROM import_batch_records'),
    searchDocs: count('SELECT count(*) FROM search_docs'),
  };
}
