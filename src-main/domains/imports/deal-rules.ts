import { dealCreateInput, dealUpdateInput } from '../../../src-shared/contract/inputs/sales';
import type { ImportFieldKey } from '../../../src-shared/domain/import-fields';
import type { ImportFieldChange, ImportIssue, ImportIssueCode } from '../../../src-shared/domain/imports';
import { DEFAULT_CURRENCY, isCurrencyCode, minorToDecimalString, type CurrencyCode } from '../../../src-shared/domain/money';
import type { Pipeline, PipelineStage, StageKind } from '../../../src-shared/domain/sales';
import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { toColumns } from '../common/columns';
import { dealColumns } from '../deals/service';
import { ensureSalesDefaults } from '../pipelines/defaults';
import { issueAt, type RowFields } from './cells';
import { ContactFinder, SalesSetup } from './deal-matches';
import { dealChanges, DEAL_CONTACT } from './deal-display';
import { amountOfText, decimalToMinor, parseDealStatus } from './deal-values';
import type { ContactEmails } from './matches';
import type { CompanyRef, EntityRules, Match, PlanContext } from './plan-types';
import { companyOfRow } from './rules-display';
import { changedColumns, Origins, provides, schemaIssues, textOf } from './rules-common';

/** Import fields that are one deal field each, by the contract's name. */
const scalarFields: [ImportFieldKey, keyof typeof dealColumns][] = [
  ['title', 'title'],
  ['probability', 'probability'],
  ['expectedClose', 'expectedClose'],
  ['source', 'source'],
  ['nextStep', 'nextStep'],
  ['notes', 'notes'],
  ['owner', 'ownerId'],
];

/** Where a deal stands: its pipeline and stage (and the lost reason a lost stage keeps). */
type Placement = { pipeline: Pipeline; stage: PipelineStage };

/**
 * Deals from a file, as the deal form makes them (deals/service.ts): a title, a stage of a
 * pipeline (the first open stage of the first pipeline unless the file says otherwise; a won or
 * lost status puts it in the first won or lost stage), an amount in minor units of its currency
 * (EUR unless said), the importing user as owner unless the file names one, its company (created
 * when missing if asked) and a contact (by e-mail or name). A deal matches a record only by its
 * record id (an exported file edited and imported back): deals have no natural key.
 */
export function dealRules(context: PlanContext, emails: ContactEmails): EntityRules {
  const { core, mapping } = context;
  ensureSalesDefaults(core);
  const setup = new SalesSetup(core.read);
  const contacts = new ContactFinder(core.read, emails);
  const byId = (id: string) => prepared(core.read, 'SELECT * FROM deals WHERE id = ?').get(id) as Row | undefined;
  const columnOf = (key: ImportFieldKey) => mapping.columns.find((column) => column.field.key === key) ?? null;
  const issue = (fields: RowFields, key: ImportFieldKey | null, code: ImportIssueCode) => {
    const column = key ? columnOf(key) : null;
    return issueAt(fields.line, column, code, column ? (fields.cells[column.index] ?? null) : null, mapping.headers);
  };

  /** The stage a row names (by stage or status), in `pipeline`; `current` when it names none. */
  function stageOfRow(fields: RowFields, pipeline: Pipeline, current: PipelineStage | null, issues: ImportIssue[]): PipelineStage | null {
    const stageName = textOf(fields, 'stage');
    const status = textOf(fields, 'status') as StageKind | null;
    let stage: PipelineStage | null = current;
    if (stageName) {
      // A stage column that says "Gagné" or "Lost" where the pipeline names its stages otherwise: its first won or lost stage.
      const statusWord = parseDealStatus(stageName);
      stage = setup.stageNamed(pipeline, stageName) ?? (statusWord ? setup.firstStage(pipeline, statusWord) : null);
      if (!stage) {
        issues.push(issue(fields, 'stage', 'unknown_stage'));
        return null;
      }
      if (status && stage.kind !== status) issues.push(issue(fields, 'status', 'status_mismatch'));
    } else if (status && (!current || current.kind !== status)) {
      stage = setup.firstStage(pipeline, status);
      if (!stage) issues.push(issue(fields, 'status', 'unknown_stage'));
    }
    return stage;
  }

  /** A new deal's pipeline and stage. */
  function placementOf(fields: RowFields, issues: ImportIssue[]): Placement | null {
    const pipelineName = textOf(fields, 'pipeline');
    const pipeline = pipelineName ? setup.pipelineNamed(pipelineName) : setup.defaultPipeline;
    if (!pipeline) {
      issues.push(issue(fields, pipelineName ? 'pipeline' : null, 'unknown_pipeline'));
      return null;
    }
    const known = issues.length;
    const named = stageOfRow(fields, pipeline, null, issues);
    if (issues.length > known) return null;
    const stage = named ?? setup.firstStage(pipeline, 'open') ?? pipeline.stages[0] ?? null;
    if (!stage) {
      issues.push(issue(fields, null, 'unknown_stage'));
      return null;
    }
    return { pipeline, stage };
  }

  /** The row's currency: the currency column, else the amount's own sign, else `fallback`; a disagreement is an issue. */
  function currencyOf(fields: RowFields, fallback: CurrencyCode, issues: ImportIssue[]): CurrencyCode {
    const column = textOf(fields, 'currency');
    const amount = textOf(fields, 'amount');
    const written = amount ? amountOfText(amount).currency : null;
    if (column && written && column !== written) issues.push(issue(fields, 'currency', 'invalid_currency'));
    const code = column ?? written ?? fallback;
    return isCurrencyCode(code) ? code : fallback;
  }

  function amountOf(fields: RowFields, currency: CurrencyCode, issues: ImportIssue[]): number | null {
    const amount = textOf(fields, 'amount');
    if (!amount) return null;
    const minor = decimalToMinor(amountOfText(amount).decimal, currency);
    if (minor === null) issues.push(issue(fields, 'amount', 'invalid_amount'));
    return minor;
  }

  function companyRef(fields: RowFields, issues: ImportIssue[]): CompanyRef | null {
    const name = textOf(fields, 'company');
    if (!name) return null;
    const found = context.companies.find(name);
    if (found) return { kind: 'existing', id: found.id };
    if (!context.createMissingCompanies) {
      issues.push(issue(fields, 'company', 'unknown_company'));
      return null;
    }
    return companyOfRow(context, name);
  }

  function contactOf(fields: RowFields, company: CompanyRef | null, issues: ImportIssue[]): string | null {
    const text = textOf(fields, 'contact');
    if (!text) return null;
    const found = contacts.find(text, company?.kind === 'existing' ? company.id : null);
    if (!found) issues.push(issue(fields, 'contact', 'unknown_contact'));
    return found;
  }

  /** The lost reason of a deal in a lost stage (a reason beside another stage is left out, said). */
  function lostReasonOf(fields: RowFields, stage: PipelineStage, issues: ImportIssue[]): string | null {
    const label = textOf(fields, 'lostReason');
    if (!label) return null;
    if (stage.kind !== 'lost') {
      issues.push(issue(fields, 'lostReason', 'value_ignored'));
      return null;
    }
    const id = setup.lostReasonNamed(label);
    if (!id) issues.push(issue(fields, 'lostReason', 'unknown_lost_reason'));
    return id;
  }

  /** The scalar fields a row gives, in the contract's words. */
  function inputOf(fields: RowFields, origins: Origins, clear: boolean): Record<string, unknown> {
    const input: Record<string, unknown> = {};
    for (const [key, field] of scalarFields) {
      const entry = provides(fields, key, clear);
      // An emptied owner stays as it is (a deal always has one).
      if (!entry || (entry.value === null && key === 'owner')) continue;
      input[field] = key === 'probability' && entry.value !== null ? Number(entry.value) : entry.value;
      origins.set(field, entry.column);
    }
    return input;
  }

  /** Issues as the contract schema states them, else the row's warnings kept on it. */
  const settle = (fields: RowFields, issues: ImportIssue[]): ImportIssue[] | null => {
    if (issues.some((found) => found.severity === 'error')) return issues;
    fields.issues.push(...issues);
    return null;
  };

  return {
    match(fields): Match {
      const recordId = textOf(fields, 'recordId');
      if (!recordId) return null;
      const row = byId(recordId);
      if (row && row.deleted === 0) return { id: recordId, by: 'record_id', row };
      return { issue: issueAt(fields.line, columnOf('recordId'), 'unknown_record', recordId, mapping.headers) };
    },

    fileKeys: (_fields, match) => (match && 'id' in match ? [`id:${match.id}`] : []),

    create(fields) {
      const issues: ImportIssue[] = [];
      if (!textOf(fields, 'title')) return { issues: [issue(fields, 'title', 'required')] };
      const placement = placementOf(fields, issues);
      const currency = currencyOf(fields, DEFAULT_CURRENCY, issues);
      const amountMinor = amountOf(fields, currency, issues);
      const company = companyRef(fields, issues);
      const contactId = contactOf(fields, company, issues);
      const lostReasonId = placement ? lostReasonOf(fields, placement.stage, issues) : null;
      const origins = new Origins(mapping);
      const input = { ...inputOf(fields, origins, false), currency, ...(amountMinor !== null ? { amountMinor } : {}), ...(company?.kind === 'existing' ? { companyId: company.id } : {}) };
      const parsed = dealCreateInput.safeParse(input);
      if (!parsed.success) issues.push(...schemaIssues(parsed.error, fields, origins, mapping));
      const refused = settle(fields, issues);
      if (refused || !placement || !parsed.success) return { issues: refused ?? issues };
      const { contacts: _contacts, tagIds: _tags, pipelineId: _pipeline, stageId: _stage, ...values } = parsed.data;
      const columns: Row = {
        ...toColumns({ ...values, ownerId: values.ownerId ?? core.userId, lostReasonId }, dealColumns),
        pipeline_id: placement.pipeline.id,
        stage_id: placement.stage.id,
        ...(contactId ? { [DEAL_CONTACT]: contactId } : {}),
      };
      return { columns, company };
    },

    update(fields, existing, clear) {
      const issues: ImportIssue[] = [];
      const origins = new Origins(mapping);
      const patch = inputOf(fields, origins, clear);
      if (patch.title === null) {
        issues.push(issue(fields, 'title', 'required'));
        delete patch.title;
      }
      const pipeline = setup.pipelineOf(String(existing.pipeline_id));
      const pipelineName = textOf(fields, 'pipeline');
      const named = pipelineName ? setup.pipelineNamed(pipelineName) : null;
      if (pipelineName && !named) issues.push(issue(fields, 'pipeline', 'unknown_pipeline'));
      else if (named && named.id !== pipeline?.id) issues.push(issue(fields, 'pipeline', 'pipeline_changed'));
      const current = pipeline ? setup.stageOf(pipeline, String(existing.stage_id)) : null;
      const stage = pipeline ? stageOfRow(fields, pipeline, current, issues) : null;
      const currentCurrency = isCurrencyCode(String(existing.currency)) ? (String(existing.currency) as CurrencyCode) : DEFAULT_CURRENCY;
      const currency = currencyOf(fields, currentCurrency, issues);
      if (currency !== currentCurrency) patch.currency = currency;
      const amountEntry = provides(fields, 'amount', clear);
      if (amountEntry) {
        const minor = amountEntry.value === null ? 0 : amountOf(fields, currency, issues);
        if (minor !== null) patch.amountMinor = minor;
      } else if (currency !== currentCurrency) {
        // The same amount in the new currency's minor units ("1250.50" is 125050 cents, or refused in yen).
        const minor = decimalToMinor(minorToDecimalString(Number(existing.amount_minor ?? 0), currentCurrency), currency);
        if (minor === null) issues.push(issue(fields, 'currency', 'invalid_amount'));
        else patch.amountMinor = minor;
      }
      const companyEntry = provides(fields, 'company', clear);
      const company = companyEntry && companyEntry.value !== null ? companyRef(fields, issues) : null;
      if (companyEntry && companyEntry.value === null) patch.companyId = null;
      if (company?.kind === 'existing') patch.companyId = company.id;
      const contactId = contactOf(fields, company, issues);
      const stageNow = stage ?? current;
      // A deal that follows its stage's probability is exported with it: that value read back (or the new stage's) leaves it following.
      const followed = [current?.probability, stageNow?.probability];
      if (existing.probability === null && followed.includes(patch.probability as number | undefined)) delete patch.probability;
      const reason = provides(fields, 'lostReason', clear);
      const reasonId = stageNow && reason?.value ? lostReasonOf(fields, stageNow, issues) : null;
      if (reason && reason.value === null) patch.lostReasonId = null;
      else if (reasonId) patch.lostReasonId = reasonId;
      // As a move on the board: a deal taken out of a lost stage loses its reason.
      if (stage && stage.id !== existing.stage_id && stage.kind !== 'lost' && existing.lost_reason_id) patch.lostReasonId = null;
      const parsed = dealUpdateInput.shape.patch.safeParse(patch);
      if (!parsed.success) issues.push(...schemaIssues(parsed.error, fields, origins, mapping));
      const refused = settle(fields, issues);
      if (refused || !parsed.success) return { issues: refused ?? issues };
      const columns: Row = toColumns(parsed.data, dealColumns);
      if (stage && stage.id !== existing.stage_id) columns.stage_id = stage.id;
      const { before, after } = changedColumns(existing, columns);
      const linked = contactId && prepared(core.read, 'SELECT 1 FROM deal_contacts WHERE deal_id = ? AND contact_id = ? AND deleted = 0').get(String(existing.id), contactId);
      if (contactId && !linked) after[DEAL_CONTACT] = contactId;
      const newCompany = company?.kind === 'new' ? company : null;
      const changes: ImportFieldChange[] = dealChanges(core, pipeline, existing, before, after, newCompany);
      return { before, patch: after, company: newCompany, changes };
    },

    nameOf: (row) => String(row.title ?? ''),
  };
}
