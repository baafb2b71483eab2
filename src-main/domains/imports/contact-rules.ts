import type { EmailEntry } from '../../../src-shared/contract/inputs/common';
import { contactCreateInput, contactUpdateInput } from '../../../src-shared/contract/inputs/contacts';
import { isRoleMailbox } from '../../../src-shared/domain/duplicate-keys';
import type { ImportFieldKey } from '../../../src-shared/domain/import-fields';
import { splitFullName } from '../../../src-shared/domain/import-names';
import type { ImportFieldChange, ImportIssue } from '../../../src-shared/domain/imports';
import type { PhoneNumber } from '../../../src-shared/domain/phone';
import { personDisplayName } from '../../../src-shared/domain/text';
import { prepared } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { toColumns } from '../common/columns';
import { parseJson } from '../common/json';
import { contactColumns } from '../contacts/mapping';
import { issueAt, type RowFields } from './cells';
import type { ContactEmails } from './matches';
import { companyOfRow, currentCompanyName, displayOf, linkedTo, ownerName } from './rules-display';
import { changedColumns, listLabels, mergedEmails, mergedPhones, normalizeRowPhones, Origins, provides, rowEmails, rowPhones, schemaIssues, textOf, touchesList } from './rules-common';
import type { CompanyRef, EntityRules, Match, PlanContext } from './plan-types';

/** Import fields that are one contact field each, by the contract's name. */
const scalarFields: [ImportFieldKey, keyof typeof contactColumns][] = [
  ['civility', 'civility'],
  ['firstName', 'firstName'],
  ['lastName', 'lastName'],
  ['jobTitle', 'jobTitle'],
  ['address', 'address'],
  ['city', 'city'],
  ['postcode', 'postcode'],
  ['country', 'country'],
  ['language', 'language'],
  ['birthday', 'birthday'],
  ['source', 'source'],
  ['notes', 'notes'],
  ['owner', 'ownerId'],
  ['consentEmail', 'consentEmail'],
  ['consentPhone', 'consentPhone'],
  ['consentMail', 'consentMail'],
];

/** The fields a contact is matched by e-mail with: the main e-mail first. */
export const emailFields = ['email', 'emailWork', 'emailHome', 'emailOther'] as const;

/** Column → import field, to show an update's changes in the file's terms. */
const columnsToFields = new Map<string, ImportFieldKey>(scalarFields.map(([key, field]) => [contactColumns[field], key]));

/** The values a row gives, in the contract's words (as the contact form sends them). */
function inputOf(fields: RowFields, origins: Origins, clear: boolean, mapping: PlanContext['mapping'], existingFirstName: string | null = null): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [key, field] of scalarFields) {
    const entry = provides(fields, key, clear);
    if (!entry) continue;
    // Consents have no "empty": an emptied consent cell is "unknown"; an emptied owner stays.
    if (entry.value === null && (key === 'owner' || key.startsWith('consent'))) {
      if (key !== 'owner') input[field] = 'unknown';
      continue;
    }
    input[field] = entry.value;
    origins.set(field, entry.column);
  }
  // A full name fills the first and last names the file has no columns for.
  const full = fields.values.get('fullName');
  if (full?.value && !mapping.fields.has('lastName')) {
    if (!mapping.fields.has('firstName')) {
      const split = splitFullName(full.value);
      input.firstName = split.firstName;
      origins.set('firstName', full.column);
      input.lastName = split.lastName;
    } else {
      input.lastName = lastNameOf(full.value, [textOf(fields, 'firstName'), existingFirstName]);
    }
    origins.set('lastName', full.column);
  }
  return input;
}

/**
 * The last name in a whole name beside a first-name column, as this app's exports write them
 * ("Nom": "Hélène Dupont", "Prénom": "Hélène"): the whole name without the first name it starts
 * with (the file's, else the record's), else its last words.
 */
function lastNameOf(full: string, firstNames: (string | null | undefined)[]): string | null {
  const whole = full.replace(/\s+/g, ' ').trim();
  for (const first of firstNames) {
    const prefix = first?.replace(/\s+/g, ' ').trim();
    if (prefix && whole.toLocaleLowerCase('fr').startsWith(`${prefix.toLocaleLowerCase('fr')} `)) return whole.slice(prefix.length + 1).trim() || null;
    if (prefix && whole.toLocaleLowerCase('fr') === prefix.toLocaleLowerCase('fr')) return null;
  }
  return splitFullName(whole).lastName;
}

export function contactRules(context: PlanContext, emails: ContactEmails | null): EntityRules {
  const { core, mapping } = context;
  const byId = (id: string) => prepared(core.read, 'SELECT * FROM contacts WHERE id = ?').get(id) as Row | undefined;
  /** One reference per existing company, shared by the rows that name it. */
  const existingRefs = new Map<string, CompanyRef>();
  const existingRef = (id: string): CompanyRef => {
    let ref = existingRefs.get(id);
    if (!ref) {
      ref = { kind: 'existing', id };
      existingRefs.set(id, ref);
    }
    return ref;
  };

  function companyRef(fields: RowFields, issues: ImportIssue[]): CompanyRef | null {
    const entry = fields.values.get('company');
    if (!entry?.value) return null;
    const found = context.companies.find(entry.value);
    if (found) return existingRef(found.id);
    const column = mapping.columns.find((candidate) => candidate.index === entry.column) ?? null;
    if (!context.createMissingCompanies) {
      issues.push(issueAt(fields.line, column, 'unknown_company', entry.value, mapping.headers));
      return null;
    }
    return companyOfRow(context, entry.value);
  }

  return {
    match(fields): Match {
      const recordId = textOf(fields, 'recordId');
      if (recordId) {
        const row = byId(recordId);
        if (row && row.deleted === 0) return { id: recordId, by: 'record_id', row };
        const column = mapping.columns.find((candidate) => candidate.field.key === 'recordId') ?? null;
        return { issue: issueAt(fields.line, column, 'unknown_record', recordId, mapping.headers) };
      }
      if (!emails) return null;
      for (const key of emailFields) {
        for (const item of fields.values.get(key)?.items ?? []) {
          const id = emails.find(item.text);
          const row = id ? byId(id) : undefined;
          if (id && row) return { id, by: 'email', row };
        }
      }
      return null;
    },

    fileKeys(fields, match) {
      const keys: string[] = [];
      if (match && 'id' in match) keys.push(`id:${match.id}`);
      for (const key of emailFields) for (const item of fields.values.get(key)?.items ?? []) if (!isRoleMailbox(item.text)) keys.push(`email:${item.text}`);
      return keys;
    },

    create(fields) {
      const origins = new Origins(mapping);
      const input = inputOf(fields, origins, false, mapping);
      const emailList = rowEmails(fields, origins, false).entries;
      const phoneList = rowPhones(fields, origins, false, 'mobile').entries;
      if (emailList.length > 0) input.emails = emailList;
      if (phoneList.length > 0) input.phones = phoneList;
      const parsed = contactCreateInput.safeParse(input);
      if (!parsed.success) return { issues: schemaIssues(parsed.error, fields, origins, mapping) };
      const issues: ImportIssue[] = [];
      const { tagIds: _tags, company: _company, ...values } = parsed.data;
      const phones = normalizeRowPhones(values.phones ?? [], values.country, fields.line, origins, mapping, issues);
      const company = companyRef(fields, issues);
      if (issues.some((issue) => issue.severity === 'error')) return { issues };
      fields.issues.push(...issues);
      return { columns: toColumns({ ...values, phones, ownerId: values.ownerId ?? core.userId }, contactColumns), company };
    },

    update(fields, existing, clear) {
      const origins = new Origins(mapping);
      const patch = inputOf(fields, origins, clear, mapping, (existing.first_name as string | null) ?? null);
      const emailsOfRow = rowEmails(fields, origins, clear);
      const phonesOfRow = rowPhones(fields, origins, clear, 'mobile');
      const currentEmails = parseJson<EmailEntry[]>(String(existing.emails ?? '[]'), []);
      const currentPhones = parseJson<PhoneNumber[]>(String(existing.phones ?? '[]'), []);
      if (touchesList(emailsOfRow)) patch.emails = mergedEmails(currentEmails, emailsOfRow);
      const parsed = contactUpdateInput.shape.patch.safeParse({ ...patch, ...(touchesList(phonesOfRow) ? { phones: phonesOfRow.entries } : {}) });
      if (!parsed.success) return { issues: schemaIssues(parsed.error, fields, origins, mapping) };
      const issues: ImportIssue[] = [];
      const values: Record<string, unknown> = { ...parsed.data };
      const firstName = values.firstName !== undefined ? values.firstName : existing.first_name;
      const lastName = values.lastName !== undefined ? values.lastName : existing.last_name;
      if (!firstName && !lastName) issues.push(issueAt(fields.line, null, 'required', null, mapping.headers));
      if (touchesList(phonesOfRow)) {
        const country = values.country !== undefined ? (values.country as string | null) : (existing.country as string | null);
        const incoming = normalizeRowPhones(phonesOfRow.entries, country, fields.line, origins, mapping, issues);
        values.phones = mergedPhones(currentPhones, phonesOfRow, incoming);
        if ((values.phones as PhoneNumber[]).length > 10) issues.push(issueAt(fields.line, origins.column(['phones', 0]), 'too_many', null, mapping.headers));
      }
      const company = linkedTo(context, companyRef(fields, issues), String(existing.id));
      if (issues.some((issue) => issue.severity === 'error')) return { issues };
      fields.issues.push(...issues);
      const columns = toColumns(values, contactColumns);
      const { before, after } = changedColumns(existing, columns);
      const changes: ImportFieldChange[] = displayOf(columnsToFields, before, after, listLabels(emailsOfRow), listLabels(phonesOfRow));
      if (company) changes.push({ field: 'company', before: currentCompanyName(core.read, String(existing.id)), after: companyName(context, company) });
      for (const change of changes) if (change.field === 'owner') Object.assign(change, { before: ownerName(core.read, change.before), after: ownerName(core.read, change.after) });
      return { before, patch: after, company, changes };
    },

    nameOf: (row) => personDisplayName((row.first_name as string | null) ?? null, (row.last_name as string | null) ?? null),
  };
}

function companyName(context: PlanContext, ref: CompanyRef): string | null {
  if (ref.kind === 'new') return ref.name;
  return (prepared(context.core.read, 'SELECT name FROM companies WHERE id = ?').pluck().get(ref.id) as string | undefined) ?? null;
}
