import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { api, type ApiInput } from '../../../src-shared/contract/api';
import type { ExportEntity } from '../../../src-shared/domain/exports';
import type { TaskProgress } from '../../../src-shared/domain/tasks';
import type { Core } from '../../core/core';
import { runTask } from '../../core/tasks';
import { startExport } from '../../domains/exports/export-list';
import { saveToPath } from '../../domains/exports/save-to-path';
import { findViewByName } from '../../domains/views/list-input';
import type { CliCommand, IoEntity } from '../args';
import { CliFailure, withCore, type CliIo, type CommandContext } from '../io';

type ExportCommand = Extract<CliCommand, { name: 'export' }>;

const entities: Record<IoEntity, ExportEntity> = { contacts: 'contact', companies: 'company', deals: 'deal', activities: 'activity' };

/** The command as the contract's request: the whole list (or the view) with its default columns. */
function requestOf(core: Core, command: ExportCommand, taskId: string) {
  const entity = entities[command.entity];
  let source: { kind: 'list' } | { kind: 'view'; viewId: string } = { kind: 'list' };
  if (command.view !== undefined) {
    if (entity === 'activity') throw new CliFailure('activities have no saved views: leave out --view');
    source = { kind: 'view', viewId: findViewByName(core.read, core.userId, entity, command.view).id };
  }
  const input = {
    entity,
    format: command.format === 'vcf' ? 'vcard' : command.format,
    source,
    vcardVersion: command.vcardVersion,
    taskId,
  } as ApiInput<'exports.list'>;
  return api['exports.list'].input.parse(input);
}

/** Progress on stderr, one redrawn line, on a terminal only. */
function followProgress(core: Core, io: CliIo, taskId: string): () => void {
  if (!io.interactive) return () => undefined;
  const stop = core.events.subscribe((name, payload) => {
    if (name !== 'task.progress') return;
    const progress = payload as TaskProgress;
    if (progress.taskId === taskId) io.err(`\rwriting: ${progress.done}/${progress.total ?? '?'}`);
  });
  return () => {
    stop();
    io.err('\n');
  };
}

function checkFolder(out: string): string {
  const path = resolve(out);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new CliFailure(`the folder ${folder} does not exist`);
  if (existsSync(path) && statSync(path).isDirectory()) throw new CliFailure(`${path} is a folder: give a file name to --out`);
  return path;
}

/**
 * `crm export contacts|companies|deals|activities --format xlsx|csv|vcf --out F [--view NAME]`:
 * the list (or the saved view, with its filters, sort and columns) written to F under a
 * temporary name and renamed once whole; prints the file's path and how many records it holds.
 */
export async function runExport(ctx: CommandContext, command: ExportCommand): Promise<void> {
  const path = checkFolder(command.out);
  const rows = await withCore(ctx.dataDir, { mustExist: true }, (core) => {
    const taskId = randomUUID();
    const request = requestOf(core, command, taskId);
    const stop = followProgress(core, ctx.io, taskId);
    return runTask(core, taskId, async (task) => {
      const job = startExport(core, request, task);
      try {
        await saveToPath(job.content, path);
        return job.written();
      } finally {
        job.close();
      }
    }).finally(stop);
  });
  ctx.io.out(`${path}\n${rows} ${command.entity}\n`);
}
