import { api } from '../../src-shared/contract/api';
import type { FieldIssue } from '../../src-shared/contract/errors';
import type { ApiInput } from '../../src-shared/contract/api';
import { minorToDecimalString, parseAmountToMinor } from '../../src-shared/domain/money';
import type { DealDetail } from '../../src-shared/domain/sales';
import type { PickedRecord } from '../components/RecordPicker';
import { schemaIssues, stripPrefix } from './field-issues';

/** The deal form's state, every field as the user edits it. */
export type DealDraft = {
  title: string;
  company: PickedRecord | null;
  amount: string;
  currency: string;
  /** Empty: the stage's probability. */
  probability: string;
  expectedClose: string;
  source: string;
  nextStep: string;
  ownerId: string;
  notes: string;
  tagIds: string[];
  pipelineId: string;
  stageId: string;
  /** A deal created from a contact's page starts with that contact. */
  contact: PickedRecord | null;
};

export function emptyDealDraft(ownerId: string, start: Partial<DealDraft> = {}): DealDraft {
  return {
    title: '',
    company: null,
    amount: '',
    currency: 'EUR',
    probability: '',
    expectedClose: '',
    source: '',
    nextStep: '',
    ownerId,
    notes: '',
    tagIds: [],
    pipelineId: '',
    stageId: '',
    contact: null,
    ...start,
  };
}

export function dealDraftFrom(deal: DealDetail): DealDraft {
  return {
    title: deal.title,
    company: deal.companyId ? { id: deal.companyId, name: deal.companyName ?? '' } : null,
    amount: deal.amountMinor === 0 ? '' : minorToDecimalString(deal.amountMinor, deal.currency).replace('.', ','),
    currency: deal.currency,
    probability: deal.ownProbability === null ? '' : String(deal.ownProbability),
    expectedClose: deal.expectedClose ?? '',
    source: deal.source ?? '',
    nextStep: deal.nextStep ?? '',
    ownerId: deal.owner?.id ?? '',
    notes: deal.notes ?? '',
    tagIds: deal.tags.map((tag) => tag.id),
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    contact: null,
  };
}

/** The amount typed, in minor units; -1 when it cannot be read (the schema then refuses it). */
function amountOf(draft: DealDraft): number {
  if (!draft.amount.trim()) return 0;
  return parseAmountToMinor(draft.amount, draft.currency) ?? -1;
}

function probabilityOf(draft: DealDraft): number | null {
  const text = draft.probability.trim().replace('%', '').trim();
  return text === '' ? null : /^\d+$/.test(text) ? Number(text) : -1;
}

function fields(draft: DealDraft) {
  return {
    title: draft.title,
    companyId: draft.company?.id ?? null,
    amountMinor: amountOf(draft),
    currency: draft.currency,
    probability: probabilityOf(draft),
    expectedClose: draft.expectedClose || null,
    source: draft.source,
    nextStep: draft.nextStep,
    notes: draft.notes,
    ...(draft.ownerId ? { ownerId: draft.ownerId } : {}),
  };
}

export function dealCreateInput(draft: DealDraft): ApiInput<'deals.create'> {
  return {
    ...fields(draft),
    ...(draft.pipelineId ? { pipelineId: draft.pipelineId } : {}),
    ...(draft.stageId ? { stageId: draft.stageId } : {}),
    ...(draft.tagIds.length > 0 ? { tagIds: draft.tagIds } : {}),
    ...(draft.contact ? { contacts: [{ contactId: draft.contact.id }] } : {}),
  };
}

export function dealUpdateInput(id: string, draft: DealDraft): ApiInput<'deals.update'> {
  return { id, patch: fields(draft) };
}

const invalidAmount = (draft: DealDraft): FieldIssue[] => (amountOf(draft) < 0 ? [{ path: 'amountMinor', code: 'invalid_value', message: 'not an amount' }] : []);

export function validateDealDraft(draft: DealDraft, mode: 'create' | 'edit'): FieldIssue[] {
  const issues =
    mode === 'create'
      ? schemaIssues(api['deals.create'].input, dealCreateInput(draft))
      : stripPrefix(schemaIssues(api['deals.update'].input, dealUpdateInput('00000000-0000-0000-0000-000000000000', draft)), 'patch');
  const titled = mode === 'edit' && !draft.title.trim() ? [{ path: 'title', code: 'required' as const, message: 'a title is required' }] : [];
  const amount = invalidAmount(draft);
  return [...issues.filter((issue) => !(amount.length > 0 && issue.path === 'amountMinor')), ...amount, ...titled].map((issue) =>
    issue.path === 'companyId' ? { ...issue, path: 'company' } : issue,
  );
}

export function dealServerIssues(_draft: DealDraft, issues: readonly FieldIssue[]): FieldIssue[] {
  return stripPrefix(issues, 'patch').map((issue) => (issue.path === 'companyId' ? { ...issue, path: 'company' } : issue));
}
