import type { ImportPlanInput } from '../../../src-shared/contract/inputs/imports';
import type { ImportCounts, ImportIssue, ImportRecordChange } from '../../../src-shared/domain/imports';
import type { Language } from '../../../src-shared/i18n';
import type { Core } from '../../core/core';
import type { Task } from '../../core/tasks';
import { prepared } from '../../db/handles';
import { issueAt, readRow } from './cells';
import { companyRules } from './company-rules';
import { contactRules, emailFields } from './contact-rules';
import { dealRules } from './deal-rules';
import { compileMapping } from './mapping';
import { CompanyNames, ContactEmails, companiesByLegalId, usersIndex } from './matches';
import type { EntityRules, ImportPlan, PlanContext, PlannedCreate, PlannedUpdate } from './plan-types';
import { cellsOf, type ImportSession } from './sessions';

/** Rows checked between two looks at the cancel button (and two progress reports). */
const STEP = 2_000;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function rulesFor(context: PlanContext, rows: number): EntityRules {
  const { core, mapping } = context;
  if (context.entity === 'contact') {
    const emails = context.onMatch !== 'create' && emailFields.some((key) => mapping.fields.has(key)) ? new ContactEmails(core.read, rows) : null;
    return contactRules(context, emails);
  }
  if (context.entity === 'deal') return dealRules(context, new ContactEmails(core.read, rows));
  return companyRules(context, context.onMatch !== 'create' && mapping.fields.has('legalId') ? companiesByLegalId(core.read) : new Map());
}

/** The latest change-log entry: any write on this device (an edit, a pull from the office) moves it. */
const latestChange = (core: Core): number => (prepared(core.read, 'SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number) ?? 0;

/**
 * The rows checked with these choices: the preview's own check when nothing was written since
 * (the run that follows a preview then only writes), else a new one. A run drops it before
 * writing (what it writes is not offered again).
 */
export async function checkedPlan(core: Core, session: ImportSession, input: ImportPlanInput, language: Language, task: Task): Promise<ImportPlan> {
  const key = JSON.stringify([input.entity, input.mapping, input.onMatch, input.createMissingCompanies]);
  let logSeq = latestChange(core);
  const kept = session.checked;
  let plan: ImportPlan;
  if (kept && kept.key === key && kept.logSeq === logSeq) {
    plan = kept.plan;
    task.progress('checking', plan.counts.rows, plan.counts.rows);
  } else {
    // Checking yields to other work between rows: when something was written meanwhile, check again.
    let attempts = 0;
    do {
      logSeq = latestChange(core);
      plan = await planImport(core, session, input, language, task);
      attempts += 1;
    } while (latestChange(core) !== logSeq && attempts < MAX_CHECKS);
  }
  // A very large file's plan is not kept between calls: it weighs more than its rows.
  session.checked = plan.counts.rows <= MAX_KEPT_ROWS ? { key, logSeq, plan } : undefined;
  return plan;
}

/** The largest file whose check is kept from the preview for the run. */
const MAX_KEPT_ROWS = 200_000;

/** Checks of one file in a row before the latest is used even though the office kept writing. */
const MAX_CHECKS = 3;

/**
 * Checks every row of a session against the database, as the create and edit forms would, and
 * decides what each becomes: created, an update of the record it matches (with its changes),
 * left alone, or refused with its issues. Nothing is written. Yields to the event loop every
 * few thousand rows, so progress goes out and a cancel is seen.
 */
export async function planImport(core: Core, session: ImportSession, input: ImportPlanInput, language: Language, task: Task): Promise<ImportPlan> {
  const mapping = compileMapping(input.entity, input.mapping, session.headers, language);
  const context: PlanContext = {
    core,
    entity: input.entity,
    mapping,
    onMatch: input.onMatch,
    createMissingCompanies: input.createMissingCompanies,
    cells: { users: usersIndex(core.read) },
    companies: new CompanyNames(core.read),
    newCompanies: new Map(),
  };
  const rules = rulesFor(context, session.rows.length);
  const counts: ImportCounts = { rows: session.rows.length, create: 0, update: 0, unchanged: 0, skip: 0, invalid: 0 };
  const creates: PlannedCreate[] = [];
  const updates: PlannedUpdate[] = [];
  const issues: ImportIssue[] = [];
  const changes: ImportRecordChange[] = [];
  const seen = new Map<string, number>();
  let warningRows = 0;
  const total = session.rows.length;

  for (let index = 0; index < total; index++) {
    if (index % STEP === 0) {
      task.throwIfCancelled();
      task.progress('checking', index, total);
      if (index > 0) await nextTurn();
    }
    const line = session.lines[index] as number;
    const fields = readRow(line, cellsOf(session, index), mapping, context.cells);
    const refuse = (more: ImportIssue[]) => {
      counts.invalid += 1;
      issues.push(...fields.issues, ...more);
    };
    if (fields.hasError) {
      refuse([]);
      continue;
    }
    const match = input.onMatch === 'create' ? null : rules.match(fields);
    if (match && 'issue' in match) {
      refuse([match.issue]);
      continue;
    }
    const keys = input.onMatch === 'create' ? [] : rules.fileKeys(fields, match);
    const earlier = keys.map((key) => seen.get(key)).find((found) => found !== undefined);
    if (earlier !== undefined) {
      counts.skip += 1;
      warningRows += 1;
      issues.push(...fields.issues, issueAt(line, null, 'duplicate_in_file', String(earlier), mapping.headers));
      continue;
    }
    if (match && input.onMatch === 'skip') {
      counts.skip += 1;
    } else if (match) {
      const planned = rules.update(fields, match.row, match.by === 'record_id');
      if ('issues' in planned) {
        refuse(planned.issues);
        continue;
      }
      if (Object.keys(planned.patch).length === 0 && !planned.company) {
        counts.unchanged += 1;
      } else {
        counts.update += 1;
        updates.push({ line, id: match.id, before: planned.before, patch: planned.patch, company: planned.company });
        changes.push({ line, recordId: match.id, recordName: rules.nameOf(match.row), matchedBy: match.by, changes: planned.changes });
        if (planned.company?.kind === 'new' && !context.newCompanies.has(planned.company.key)) context.newCompanies.set(planned.company.key, planned.company.name);
      }
    } else {
      const planned = rules.create(fields);
      if ('issues' in planned) {
        refuse(planned.issues);
        continue;
      }
      counts.create += 1;
      creates.push({ line, columns: JSON.stringify(planned.columns), company: planned.company });
      if (planned.company?.kind === 'new' && !context.newCompanies.has(planned.company.key)) context.newCompanies.set(planned.company.key, planned.company.name);
    }
    for (const key of keys) seen.set(key, line);
    if (fields.issues.length > 0) {
      warningRows += 1;
      issues.push(...fields.issues);
    }
  }
  task.progress('checking', total, total);
  return { entity: input.entity, creates, updates, newCompanies: context.newCompanies, counts, issues, warningRows, changes };
}
