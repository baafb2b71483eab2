import type { EmailEntry } from '../../../src-shared/contract/inputs/common';
import { companyCreateInput, companyUpdateInput, type AddressEntry } from '../../../src-shared/contract/inputs/companies';
import type { ImportFieldKey } from '../../../src-shared/domain/import-fields';
import type { ImportIssue } from '../../../src-shared/domain/imports';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { foldText } from '../../../src-shared/domain/text';
import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { toColumns } from '../common/columns';
import { parseJson } from '../common/json';
import { companyColumns } from '../companies/mapping';
import { issueAt, type RowFields } from './cells';
import { compactLegalId } from './matches';
import { displayOf, ownerName } from './rules-display';
import { changedColumns, listLabels, mergedEmails, mergedPhones, normalizeRowPhones, Origins, provides, rowEmails, rowPhones, schemaIssues, textOf, touchesList } from './rules-common';
import type { EntityRules, Match, PlanContext } from './plan-types';

const scalarFields: [ImportFieldKey, keyof typeof companyColumns][] = [
  ['name', 'name'],
  ['legalId', 'legalId'],
  ['industry', 'industry'],
  ['size', 'size'],
  ['website', 'website'],
  ['notes', 'notes'],
  ['owner', 'ownerId'],
];

/** The parts of the main address the file can fill. */
const addressFields: [ImportFieldKey, 'street' | 'postcode' | 'city' | 'country'][] = [
  ['address', 'street'],
  ['postcode', 'postcode'],
  ['city', 'city'],
  ['country', 'country'],
];

const columnsToFields = new Map<string, ImportFieldKey>(scalarFields.map(([key, field]) => [companyColumns[field], key]));

function inputOf(fields: RowFields, origins: Origins, clear: boolean, current: readonly AddressEntry[]): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, field] of scalarFields) {
    const entry = provides(fields, key, clear);
    if (!entry || (entry.value === null && key === 'owner')) continue;
    input[field] = entry.value;
    origins.set(field, entry.column);
  }
  const parts: Partial<AddressEntry> = {};
  for (const [key, part] of addressFields) {
    const entry = provides(fields, key, clear);
    if (!entry) continue;
    parts[part] = entry.value;
    origins.set('addresses', entry.column);
  }
  if (Object.keys(parts).length > 0) {
    const [main, ...others] = current;
    const merged = { kind: main?.kind ?? 'head_office', street: main?.street ?? null, postcode: main?.postcode ?? null, city: main?.city ?? null, country: main?.country ?? null, ...parts };
    const empty = !merged.street && !merged.postcode && !merged.city && !merged.country;
    input.addresses = empty ? others : [merged, ...others];
  }
  return input;
}

export function companyRules(context: PlanContext, legalIds: ReadonlyMap<string, string>): EntityRules {
  const { core, mapping } = context;
  const byId = (id: string) => prepared(core.read, 'SELECT * FROM companies WHERE id = ?').get(id) as Row | undefined;

  return {
    match(fields): Match {
      const recordId = textOf(fields, 'recordId');
      if (recordId) {
        const row = byId(recordId);
        if (row && row.deleted === 0) return { id: recordId, by: 'record_id', row };
        const column = mapping.columns.find((candidate) => candidate.field.key === 'recordId') ?? null;
        return { issue: issueAt(fields.line, column, 'unknown_record', recordId, mapping.headers) };
      }
      const legalId = textOf(fields, 'legalId');
      const byLegalId = legalId ? legalIds.get(compactLegalId(legalId)) : undefined;
      const legalRow = byLegalId ? byId(byLegalId) : undefined;
      if (byLegalId && legalRow) return { id: byLegalId, by: 'legal_id', row: legalRow };
      const name = textOf(fields, 'name');
      const found = name ? context.companies.find(name) : null;
      const nameRow = found ? byId(found.id) : undefined;
      if (found && nameRow) return { id: found.id, by: 'name', row: nameRow };
      return null;
    },

    fileKeys(fields, match) {
      const keys: string[] = [];
      if (match && 'id' in match) keys.push(`id:${match.id}`);
      const legalId = textOf(fields, 'legalId');
      if (legalId) keys.push(`legal:${compactLegalId(legalId)}`);
      const name = textOf(fields, 'name');
      if (name) keys.push(`name:${foldText(name)}`);
      return keys;
    },

    create(fields) {
      const origins = new Origins(mapping);
      const input = inputOf(fields, origins, false, []);
      const emails = rowEmails(fields, origins, false).entries;
      const phones = rowPhones(fields, origins, false, 'work').entries;
      if (emails.length > 0) input.emails = emails;
      if (phones.length > 0) input.phones = phones;
      const parsed = companyCreateInput.safeParse(input);
      if (!parsed.success) return { issues: schemaIssues(parsed.error, fields, origins, mapping) };
      const issues: ImportIssue[] = [];
      const { tagIds: _tags, ...values } = parsed.data;
      const normalized = normalizeRowPhones(values.phones ?? [], values.addresses?.[0]?.country ?? null, fields.line, origins, mapping, issues);
      if (issues.length > 0) return { issues };
      return { columns: toColumns({ ...values, phones: normalized, ownerId: values.ownerId ?? core.userId }, companyColumns), company: null };
    },

    update(fields, existing, clear) {
      const origins = new Origins(mapping);
      const currentAddresses = parseJson<AddressEntry[]>(String(existing.addresses ?? '[]'), []);
      const patch = inputOf(fields, origins, clear, currentAddresses);
      const emailsOfRow = rowEmails(fields, origins, clear);
      const phonesOfRow = rowPhones(fields, origins, clear, 'work');
      if (touchesList(emailsOfRow)) patch.emails = mergedEmails(parseJson<EmailEntry[]>(String(existing.emails ?? '[]'), []), emailsOfRow);
      const parsed = companyUpdateInput.shape.patch.safeParse({ ...patch, ...(touchesList(phonesOfRow) ? { phones: phonesOfRow.entries } : {}) });
      if (!parsed.success) return { issues: schemaIssues(parsed.error, fields, origins, mapping) };
      const issues: ImportIssue[] = [];
      const values: Record<string, unknown> = { ...parsed.data };
      if (values.name === null) issues.push(issueAt(fields.line, origins.column(['name']), 'required', null, mapping.headers));
      if (touchesList(phonesOfRow)) {
        const addresses = (values.addresses as AddressEntry[] | undefined) ?? currentAddresses;
        const incoming = normalizeRowPhones(phonesOfRow.entries, addresses[0]?.country ?? null, fields.line, origins, mapping, issues);
        values.phones = mergedPhones(parseJson<PhoneNumber[]>(String(existing.phones ?? '[]'), []), phonesOfRow, incoming);
        if ((values.phones as PhoneNumber[]).length > 10) issues.push(issueAt(fields.line, origins.column(['phones', 0]), 'too_many', null, mapping.headers));
      }
      if (issues.length > 0) return { issues };
      const columns = toColumns(values, companyColumns);
      const { before, after } = changedColumns(existing, columns);
      const changes = displayOf(columnsToFields, before, after, listLabels(emailsOfRow), listLabels(phonesOfRow));
      for (const change of changes) if (change.field === 'owner') Object.assign(change, { before: ownerName(core.read, change.before), after: ownerName(core.read, change.after) });
      return { before, patch: after, company: null, changes };
    },

    nameOf: (row) => String(row.name ?? ''),
  };
}
