import type { ImportFieldChange } from '../../../src-shared/domain/imports';
import { isCurrencyCode } from '../../../src-shared/domain/money';
import { formatMoney } from '../../../src-shared/domain/money-format';
import type { Pipeline } from '../../../src-shared/domain/sales';
import { personDisplayName } from '../../../src-shared/domain/text';
import type { Core } from '../../core/core';
import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { appLanguage } from '../ical/language';
import type { CompanyRef } from './plan-types';
import { ownerName } from './rules-display';

/**
 * The key of a planned deal's row (create or update) that holds the contact to link to it: not a
 * column of deals (the writer takes it out and writes a deal_contacts row, as the deal form does).
 */
export const DEAL_CONTACT = 'contact_id';

const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));

function contactNames(core: Core, ids: readonly string[]): string | null {
  const names = ids.map((id) => {
    const row = prepared(core.read, 'SELECT first_name, last_name FROM contacts WHERE id = ?').get(id) as { first_name: string | null; last_name: string | null } | undefined;
    return row ? personDisplayName(row.first_name, row.last_name) : id;
  });
  return names.length > 0 ? names.join(', ') : null;
}

/**
 * The changes of an update of a deal, in the import's field names and in words: stage names,
 * amounts formatted in the app's language with their currency, percents, company, owner, lost
 * reason and contact names; dates as stored (ISO), for the wizard to format.
 */
export function dealChanges(core: Core, pipeline: Pipeline | null, existing: Row, before: Row, after: Row, newCompany: CompanyRef | null): ImportFieldChange[] {
  const language = appLanguage(core);
  const changes: ImportFieldChange[] = [];
  const stageName = (id: unknown) => pipeline?.stages.find((stage) => stage.id === id)?.name ?? text(id);
  const money = (row: Row) => {
    const currency = String(row.currency ?? existing.currency);
    return isCurrencyCode(currency) ? formatMoney(language, Number(row.amount_minor ?? existing.amount_minor ?? 0), currency) : null;
  };
  const percent = (value: unknown) => (value === null || value === undefined ? null : new Intl.NumberFormat(language, { style: 'percent' }).format(Number(value) / 100));
  const companyName = (id: unknown) => (id ? ((prepared(core.read, 'SELECT name FROM companies WHERE id = ?').pluck().get(id) as string | undefined) ?? String(id)) : null);
  const lostReason = (id: unknown) => (id ? ((prepared(core.read, 'SELECT label FROM lost_reasons WHERE id = ?').pluck().get(id) as string | undefined) ?? String(id)) : null);
  const columns: [string, ImportFieldChange['field'], (value: unknown) => string | null][] = [
    ['title', 'title', text],
    ['stage_id', 'stage', stageName],
    ['probability', 'probability', percent],
    ['expected_close', 'expectedClose', text],
    ['company_id', 'company', companyName],
    ['owner_id', 'owner', (id) => ownerName(core.read, text(id))],
    ['source', 'source', text],
    ['next_step', 'nextStep', text],
    ['notes', 'notes', text],
    ['lost_reason_id', 'lostReason', lostReason],
  ];
  for (const [column, field, show] of columns) {
    if (column in after) changes.push({ field, before: show(before[column]), after: show(after[column]) });
  }
  if ('amount_minor' in after || 'currency' in after) changes.push({ field: 'amount', before: money({ ...existing, ...before }), after: money({ ...existing, ...after }) });
  if (newCompany?.kind === 'new') changes.push({ field: 'company', before: companyName(existing.company_id), after: newCompany.name });
  const contactId = after[DEAL_CONTACT];
  if (typeof contactId === 'string') {
    const current = prepared(core.read, 'SELECT contact_id FROM deal_contacts WHERE deal_id = ? AND deleted = 0 ORDER BY id').pluck().all(String(existing.id)) as string[];
    changes.push({ field: 'contact', before: contactNames(core, current), after: contactNames(core, [...current, contactId]) });
  }
  return changes;
}
