import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiName, ApiOutput } from '../../src-shared/contract/api';
import type { ApiErrorBody } from '../../src-shared/contract/errors';
import { closeCore, openCore, type Clock, type Core } from '../../src-main/core/core';
import { dispatch } from '../../src-main/core/dispatch';
import { handlers } from '../../src-main/domains/handlers';

export function tempDir(prefix = 'crm-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export type TestCore = Core & { dispose: () => void };

/** A real core on a real SQLite file in a temp folder, with real migrations. */
export function openTestCore(options: { dataDir?: string; clock?: Clock } = {}): TestCore {
  const dataDir = options.dataDir ?? tempDir();
  const core = openCore({ dataDir, dailyBackup: false, ...(options.clock ? { clock: options.clock } : {}) });
  return Object.assign(core, {
    dispose: () => {
      closeCore(core);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

/** Calls a handler through the same validated entry the hosts use; throws on an error result. */
export async function call<N extends ApiName>(core: Core, name: N, input: ApiInput<N>): Promise<ApiOutput<N>> {
  const result = await dispatch(handlers, { core }, name, input);
  if (!result.ok) throw new Error(`${name} failed: ${JSON.stringify(result.error)}`);
  return result.value as ApiOutput<N>;
}

/** Calls a handler expecting a typed error, and returns it. */
export async function callError(core: Core, name: string, input: unknown): Promise<ApiErrorBody> {
  const result = await dispatch(handlers, { core }, name, input);
  if (result.ok) throw new Error(`${name} unexpectedly succeeded: ${JSON.stringify(result.value)}`);
  return result.error;
}

/** Every synced table's rows, for before/after comparisons. */
export function snapshotTables(core: Core): Record<string, unknown[]> {
  const tables = ['users', 'contacts', 'companies', 'contact_companies', 'contact_relations', 'tags', 'record_tags', 'saved_views'];
  return Object.fromEntries(tables.map((table) => [table, core.db.prepare(`SELECT * FROM ${table} ORDER BY id`).all()]));
}

export function changeLogCount(core: Core): number {
  return core.db.prepare('SELECT count(*) FROM change_log').pluck().get() as number;
}
