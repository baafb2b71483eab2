import { v7 as uuidv7 } from 'uuid';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ImportResult } from '../../../src-shared/domain/imports';
import { translate } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import { runTask } from '../../core/tasks';
import { holdCheckpoints } from '../../core/checkpoints';
import { catchUpSoon } from '../../core/derived-catch-up';
import { write } from '../../core/transactions';
import { hasDerivedBacklog, isBacklogTable } from '../../db/derived-backlog';
import { prepared } from '../../db/handles';
import type { Row, SyncedTableName } from '../../db/synced-tables';
import { updateRecord, type WriteTx } from '../../db/write-path';
import { toColumns } from '../common/columns';
import { companyColumns } from '../companies/mapping';
import { addLink } from '../links/service';
import { appLanguage } from '../ical/language';
import { BatchRecorder, tableOf } from './batch-records';
import { insertNewRecords, type DerivedLater } from './bulk-insert';
import { saveDeals } from './deal-save';
import { checkedPlan } from './plan';
import type { CompanyRef, ImportPlan, PlannedCreate } from './plan-types';
import { findSession, type ImportSession } from './sessions';

/** Progress of the saving phase is reported every this many records. */
const PROGRESS_EVERY = 1_000;

/**
 * Saving state. `large`: the new records' search documents and duplicate keys are left to the
 * derived-data backlog, made right after the commit (db/derived-backlog.ts).
 */
type Saving = { tx: WriteTx; recorder: BatchRecorder; companyIds: Map<string, string>; report: (done: number) => void; large: boolean };

/** How the derived data of a table's new records is made in this import: after the commit when it is large and the backlog knows the table. */
function derivedLaterFor(saving: Saving, table: SyncedTableName): DerivedLater | undefined {
  return saving.large && isBacklogTable(table) ? { kind: 'backlog', table } : undefined;
}

/** The companies the file names and the CRM lacks: created as the company form creates one with just a name. */
function createCompanies(saving: Saving, plan: ImportPlan, ownerId: string): void {
  const companies = [...plan.newCompanies];
  insertNewRecords(
    saving.tx,
    'companies',
    {
      count: companies.length,
      at: (index) => toColumns({ name: (companies[index] as [string, string])[1], ownerId }, companyColumns),
      inserted: (index, id) => {
        saving.recorder.created('company', id);
        saving.companyIds.set((companies[index] as [string, string])[0], id);
      },
    },
    () => undefined,
    derivedLaterFor(saving, 'companies'),
  );
}

const companyIdOf = (saving: Saving, ref: CompanyRef | null): string | null => (ref === null ? null : ref.kind === 'existing' ? ref.id : (saving.companyIds.get(ref.key) ?? null));

/** A new link made the contact's main company; the links it demotes are recorded for undo. */
function linkExisting(saving: Saving, contactId: string, companyId: string): void {
  const demoted = prepared(saving.tx.db, 'SELECT id FROM contact_companies WHERE contact_id = ? AND is_primary = 1 AND deleted = 0').pluck().all(contactId) as string[];
  const linkId = addLink(saving.tx, { contactId, companyId, isPrimary: true });
  saving.recorder.created('link', linkId);
  for (const id of demoted) saving.recorder.updated('link', id, { is_primary: 1 }, { is_primary: 0 });
}

function save(saving: Saving, plan: ImportPlan, core: Core): void {
  const table = tableOf(plan.entity);
  createCompanies(saving, plan, core.userId);
  if (plan.entity === 'deal') return saveDeals({ ...saving, companyIdOf: (ref) => companyIdOf(saving, ref), derivedLater: derivedLaterFor(saving, 'deals') }, plan, core);
  // Each planned record is let go once written: a 100,000-row import does not hold it twice.
  const creates: (PlannedCreate | null)[] = plan.creates;
  const linkContacts: string[] = [];
  const linkCompanies: string[] = [];
  insertNewRecords(
    saving.tx,
    table,
    {
      count: creates.length,
      at: (index) => JSON.parse((creates[index] as PlannedCreate).columns) as Row,
      inserted: (index, id) => {
        saving.recorder.created(plan.entity, id);
        const companyId = companyIdOf(saving, (creates[index] as PlannedCreate).company);
        if (companyId) {
          linkContacts.push(id);
          linkCompanies.push(companyId);
        }
        creates[index] = null;
      },
    },
    saving.report,
    derivedLaterFor(saving, table),
  );
  // A new contact has no other link: its company is its main one, written in bulk too.
  insertNewRecords(
    saving.tx,
    'contact_companies',
    {
      count: linkContacts.length,
      at: (index) => ({ contact_id: linkContacts[index] as string, company_id: linkCompanies[index] as string, is_primary: 1 }),
      inserted: (_index, id) => saving.recorder.created('link', id),
    },
    () => undefined,
    // Their only derived data, the new contacts' search documents, is made with those contacts'.
    derivedLaterFor(saving, table) ? { kind: 'covered' } : undefined,
  );
  let done = creates.length;
  for (const update of plan.updates) {
    updateRecord(saving.tx, table, update.id, update.patch);
    saving.recorder.updated(plan.entity, update.id, update.before, update.patch);
    const companyId = companyIdOf(saving, update.company);
    if (companyId) linkExisting(saving, update.id, companyId);
    done += 1;
    if (done % PROGRESS_EVERY === 0) saving.report(done);
  }
}

function resultOf(plan: ImportPlan, batchId: string | null, indexingAfter: boolean): ImportResult {
  return {
    batchId,
    created: plan.counts.create,
    updated: plan.counts.update,
    unchanged: plan.counts.unchanged,
    skipped: plan.counts.skip,
    invalid: plan.counts.invalid,
    companiesCreated: batchId ? plan.newCompanies.size : 0,
    indexingAfter,
  };
}

/**
 * Writes a checked plan in ONE transaction: the companies to create, the new records (through
 * the change log like every edit, so they sync, show in History and are found by search), the
 * updates, and the batch that undo reads. Any failure rolls everything back.
 */
export function writePlan(core: Core, session: ImportSession, plan: ImportPlan, report: (done: number) => void): string | null {
  if (plan.creates.length === 0 && plan.updates.length === 0 && plan.newCompanies.size === 0) return null;
  const batchId = uuidv7();
  writeBatch(core, session, plan, batchId, report);
  return batchId;
}

/** Records from which an import is saved with a smaller page cache (see `withSavingCache`) and its derived data made after its commit. */
const LARGE_IMPORT_RECORDS = 10_000;

/** The page cache while a large import is saved, in KiB. */
const SAVING_CACHE_KIB = 32_000;

/**
 * A large import dirties far more pages than the connection's page cache holds (hundreds of MB
 * for 100,000 contacts): SQLite writes them to the WAL as the cache fills whatever its size, so
 * a smaller cache while it saves costs little time (within the noise of our runs) and bounds the
 * memory it takes (100,000 contacts: ~140 MB less at the import's peak). The connection's own
 * size is put back afterwards, committed or not.
 */
function withSavingCache<T>(core: Core, large: boolean, work: () => T): T {
  if (!large) return work();
  const cacheSize = core.db.pragma('cache_size', { simple: true }) as number;
  core.db.pragma(`cache_size = -${SAVING_CACHE_KIB}`);
  try {
    return work();
  } finally {
    core.db.pragma(`cache_size = ${cacheSize}`);
  }
}

function writeBatch(core: Core, session: ImportSession, plan: ImportPlan, batchId: string, report: (done: number) => void): void {
  const large = plan.creates.length + plan.updates.length >= LARGE_IMPORT_RECORDS;
  // The WAL the import writes is checkpointed once its derived data is made too, not in its commit.
  const releaseCheckpoints = large ? holdCheckpoints(core) : null;
  try {
    writeInOneTransaction(core, session, plan, batchId, report, large);
    if (large) catchUpSoon(core);
  } finally {
    releaseCheckpoints?.();
  }
}

function writeInOneTransaction(core: Core, session: ImportSession, plan: ImportPlan, batchId: string, report: (done: number) => void, large: boolean): void {
  withSavingCache(core, large, () =>
    write(core, (tx) => {
      const recorder = new BatchRecorder(tx, batchId);
      save({ tx, recorder, companyIds: new Map(), report, large }, plan, core);
      prepared(
        tx.db,
        `INSERT INTO import_batches (id, entity, file_name, format, user_id, created_at, created, updated, skipped)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(batchId, plan.entity, session.fileName, session.format, core.userId, new Date().toISOString(), plan.counts.create, plan.counts.update, plan.counts.skip + plan.counts.unchanged + plan.counts.invalid);
    }),
  );
}

export function runImport(core: Core, input: ApiParsedInput<'imports.run'>): Promise<ImportResult> {
  return runTask(core, input.taskId, async (task) => {
    const language = appLanguage(core);
    const session = findSession(core, input.importId, language);
    const plan = await checkedPlan(core, session, input, language, task);
    if (plan.counts.invalid > 0 && !input.skipInvalid) {
      throw new ApiError({
        code: 'validation',
        field: 'skipInvalid',
        message: translate(language, 'imports.refusal.invalidRows', { count: plan.counts.invalid }),
        issues: [{ path: 'skipInvalid', code: 'invalid_value', message: `${plan.counts.invalid} rows in error` }],
      });
    }
    task.throwIfCancelled();
    // Saving lets go of the planned records as they are written: this check is not offered again.
    session.checked = undefined;
    const total = plan.creates.length + plan.updates.length;
    task.progress('saving', 0, total);
    // Between chunks of records the cancel button is looked at again: a cancel throws out of the
    // transaction, which is rolled back whole (nothing of the import is left).
    const batchId = writePlan(core, session, plan, (done) => {
      task.throwIfCancelled();
      task.progress('saving', done, total);
    });
    task.progress('saving', total, total);
    return resultOf(plan, batchId, batchId !== null && hasDerivedBacklog(core.read));
  });
}

