import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import type { ApiInput, ApiName, ApiOutput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiEvents } from '../../../src-shared/contract/events';
import { MAX_UPLOAD_BYTES } from '../../../src-shared/domain/files';
import { fieldOf, importFieldKeys, type ImportFieldKey } from '../../../src-shared/domain/import-fields';
import { describeImportIssue } from '../../../src-shared/domain/import-messages';
import type { ImportEntity, ImportInspection, ImportMapping, ImportMatchAction, ImportPreview } from '../../../src-shared/domain/imports';
import { translate, type Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { dispatch } from '../../core/dispatch';
import { handlers } from '../../domains/handlers';
import { appLanguage } from '../../domains/ical/language';
import { receiveFile } from '../../files/store';
import type { CliCommand } from '../args';
import { CliFailure, withCore, type CliIo, type CommandContext } from '../io';

type ImportCommand = Extract<CliCommand, { name: 'import' }>;

/** Issues printed before "… and N more" (the report file of the app has them all). */
const PRINTED_ISSUES = 50;

const entities: Partial<Record<ImportCommand['entity'], ImportEntity>> = { contacts: 'contact', companies: 'company', deals: 'deal' };

/** The words of `--entity` for each kind of record. */
const listNames: Record<ImportEntity, string> = { contact: 'contacts', company: 'companies', deal: 'deals' };

async function call<N extends ApiName>(core: Core, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await dispatch(handlers, { core }, name, input);
  if (!result.ok) throw new ApiError(result.error);
  return result.value as ApiOutput<N>;
}

/**
 * A mapping file: a JSON object from column names (as in the file's first row) to field keys,
 * or null to leave a column out. "#3" names the third column (for files whose columns share a
 * name). Columns the file does not name are left out.
 */
export function mappingFromFile(text: string, inspection: ImportInspection): ImportMapping {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new CliFailure(`the mapping file is not valid JSON (${(error as Error).message})`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new CliFailure('the mapping file must be a JSON object: { "column name": "field", … }');
  const mapping: ImportMapping = inspection.headers.map(() => null);
  for (const [name, field] of Object.entries(parsed as Record<string, unknown>)) {
    const byNumber = /^#(\d+)$/.exec(name);
    const index = byNumber ? Number(byNumber[1]) - 1 : inspection.headers.findIndex((header) => header.trim().toLowerCase() === name.trim().toLowerCase());
    if (index < 0 || index >= inspection.headers.length) throw new CliFailure(`the mapping names a column the file does not have: "${name.slice(0, 80)}" (columns: ${inspection.headers.map((header) => `"${header}"`).join(', ')})`);
    if (field !== null && (typeof field !== 'string' || !(importFieldKeys as readonly string[]).includes(field) || !fieldOf(inspection.entity, field))) {
      throw new CliFailure(`"${String(field).slice(0, 40)}" is not a field of ${listNames[inspection.entity]} (run "help import" for the list)`);
    }
    mapping[index] = field as ImportFieldKey | null;
  }
  return mapping;
}

function columnName(inspection: ImportInspection, index: number, language: Language): string {
  return inspection.headers[index] || translate(language, 'imports.column', { number: index + 1 });
}

function printMapping(io: CliIo, inspection: ImportInspection, mapping: ImportMapping, language: Language): void {
  io.out(`${translate(language, 'imports.cli.guessedMapping')}\n`);
  mapping.forEach((field, index) => {
    const target = field ? `${field} (${translate(language, `imports.field.${field}`)})` : translate(language, 'imports.cli.notMapped');
    io.out(`  ${columnName(inspection, index, language)} → ${target}\n`);
  });
}

function printPreview(io: CliIo, preview: ImportPreview, language: Language): void {
  io.out(`${translate(language, 'imports.cli.counts', { ...preview.counts })}\n`);
  if (preview.companiesToCreateCount > 0) io.out(`${translate(language, 'imports.cli.companies', { count: preview.companiesToCreateCount })}\n`);
  const rowAsWhole = translate(language, 'imports.report.rowAsWhole');
  for (const issue of preview.issues.slice(0, PRINTED_ISSUES)) {
    const where = translate(language, 'imports.cli.issue', {
      severity: translate(language, `imports.severity.${issue.severity}`),
      line: issue.line,
      column: issue.column === null ? rowAsWhole : `"${issue.column}"`,
      reason: describeImportIssue(issue, preview.entity, language),
      value: issue.value === null ? '' : `(${JSON.stringify(issue.value)})`,
    });
    io.out(`  ${where.trim()}\n`);
  }
  const more = preview.issueCount - Math.min(preview.issues.length, PRINTED_ISSUES);
  if (more > 0) io.out(`  ${translate(language, 'imports.cli.moreIssues', { count: more })}\n`);
}

/** Progress on stderr for a terminal: one redrawn line per phase. */
function followProgress(core: Core, io: CliIo, taskId: string, language: Language): () => void {
  if (!io.interactive) return () => undefined;
  return core.events.subscribe((name, payload) => {
    if (name !== 'task.progress') return;
    const progress = payload as ApiEvents['task.progress'];
    if (progress.taskId !== taskId) return;
    const count = progress.total === null ? `${progress.done}` : `${progress.done}/${progress.total}`;
    io.err(`\r${translate(language, `tasks.phase.${progress.phase}`)} ${count}   `);
  });
}

async function importFile(core: Core, ctx: CommandContext, command: ImportCommand, entity: ImportEntity): Promise<void> {
  const language = appLanguage(core);
  const { io } = ctx;
  const taskId = uuidv7();
  const stop = followProgress(core, io, taskId, language);
  try {
    const upload = await receiveFile(core.paths.dataDir, basename(command.file), createReadStream(command.file), MAX_UPLOAD_BYTES);
    const inspection = await call(core, 'imports.inspect', { fileId: upload.fileId, entity, taskId });
    const mapping = command.mapping ? mappingFromFile(await readFile(command.mapping, 'utf8'), inspection) : inspection.suggestedMapping;
    if (io.interactive) io.err('\n');
    if (!command.mapping) printMapping(io, inspection, mapping, language);
    // A file exported by this app comes back as updates of its records unless told otherwise.
    const onMatch: ImportMatchAction = command.onMatch ?? (inspection.hasRecordIds ? 'update' : 'skip');
    const plan = { importId: inspection.importId, entity, mapping, onMatch, createMissingCompanies: true };
    const preview = await call(core, 'imports.preview', { ...plan, taskId });
    if (io.interactive) io.err('\n');
    printPreview(io, preview, language);
    if (preview.counts.invalid > 0) throw new CliFailure(translate(language, 'imports.cli.refusedInvalid'));
    if (command.dryRun) {
      io.out(`${translate(language, 'imports.cli.dryRun')}\n`);
      return;
    }
    const result = await call(core, 'imports.run', { ...plan, taskId });
    if (io.interactive) io.err('\n');
    io.out(`${translate(language, 'imports.cli.done', { created: result.created, updated: result.updated, companiesCreated: result.companiesCreated })}\n`);
    if (result.batchId) io.out(`${translate(language, 'imports.cli.undoHint', { batchId: result.batchId })}\n`);
  } finally {
    stop();
  }
}

/** `crm import <file> [--entity contacts|companies|deals] [--mapping m.json] [--on-match …] [--dry-run]`. */
export async function runImport(ctx: CommandContext, command: ImportCommand): Promise<void> {
  const entity = entities[command.entity];
  if (!entity) throw new CliFailure(`"${command.entity}" cannot be imported yet: import contacts, companies or deals (--entity contacts|companies|deals)`);
  const info = await stat(command.file).catch(() => null);
  if (!info?.isFile()) throw new CliFailure(`no such file: ${command.file}`);
  await withCore(ctx.dataDir, { mustExist: false }, (core) => importFile(core, ctx, command, entity));
}
