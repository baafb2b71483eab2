import type { AddressEntry } from '../../../src-shared/contract/inputs/companies';
import type { ImportFieldKey } from '../../../src-shared/domain/import-fields';
import type { ImportFieldChange } from '../../../src-shared/domain/imports';
import { foldText } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';
import type { Row } from '../../db/synced-tables';
import { parseJson } from '../common/json';
import type { CompanyRef, PlanContext } from './plan-types';
import { emailLabelOf, phoneLabelOf } from './rules-common';

/** The references to companies this import creates, one per company once planned (rows share it: 100,000 rows name 2,000 companies). */
const plannedRefs = new WeakMap<PlanContext, Map<string, CompanyRef>>();

/** A company this import would create, named as the file first wrote it. */
export function companyOfRow(context: PlanContext, name: string): CompanyRef {
  const key = foldText(name);
  const planned = context.newCompanies.get(key);
  if (planned === undefined) return { kind: 'new', key, name: name.trim() };
  let refs = plannedRefs.get(context);
  if (!refs) {
    refs = new Map();
    plannedRefs.set(context, refs);
  }
  let ref = refs.get(key);
  if (!ref) {
    ref = { kind: 'new', key, name: planned };
    refs.set(key, ref);
  }
  return ref;
}

/** Null when the contact is already linked to that company (nothing to add). */
export function linkedTo(context: PlanContext, ref: CompanyRef | null, contactId: string): CompanyRef | null {
  if (!ref || ref.kind === 'new') return ref;
  const linked = prepared(context.core.read, 'SELECT 1 FROM contact_companies WHERE contact_id = ? AND company_id = ? AND deleted = 0').get(contactId, ref.id);
  return linked ? null : ref;
}

/** The contact's main company now (its primary link, else its latest). */
export function currentCompanyName(db: ReadDb, contactId: string): string | null {
  return (
    (prepared(
      db,
      `SELECT co.name FROM contact_companies l JOIN companies co ON co.id = l.company_id
        WHERE l.contact_id = ? AND l.deleted = 0 AND co.deleted = 0 ORDER BY l.is_primary DESC, l.id DESC LIMIT 1`,
    )
      .pluck()
      .get(contactId) as string | undefined) ?? null
  );
}

export function ownerName(db: ReadDb, userId: string | null): string | null {
  if (!userId) return null;
  return (prepared(db, 'SELECT display_name FROM users WHERE id = ?').pluck().get(userId) as string | undefined) ?? userId;
}

const text = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : String(value));

/** The entries of a label ('main': the first entry, whatever its label), shown joined. */
function listText<T extends { label: string }>(json: unknown, label: string, show: (entry: T) => string): string | null {
  const all = parseJson<T[]>(typeof json === 'string' ? json : '[]', []);
  const entries = label === 'main' ? all.slice(0, 1) : all.filter((entry) => entry.label === label);
  return entries.length > 0 ? entries.map(show).join(', ') : null;
}

/** The first address's parts, as the company fields show them. */
const addressParts: [ImportFieldKey, keyof AddressEntry][] = [
  ['address', 'street'],
  ['postcode', 'postcode'],
  ['city', 'city'],
  ['country', 'country'],
];

/**
 * The changes of an update in the import's field names: one line per scalar field, e-mails and
 * phones per label (the addresses of that label before and after), a company's address per part.
 * Values are as stored (ISO dates, country codes, "mrs", "granted"), for the wizard to format.
 */
export function displayOf(
  columnsToFields: ReadonlyMap<string, ImportFieldKey>,
  before: Row,
  after: Row,
  emailLabels: ReadonlySet<string>,
  phoneLabels: ReadonlySet<string>,
): ImportFieldChange[] {
  const changes: ImportFieldChange[] = [];
  for (const column of Object.keys(after)) {
    if (column === 'emails') {
      for (const [field, label] of [['email', 'main'], ...Object.entries(emailLabelOf)] as [ImportFieldKey, string][]) {
        if (!emailLabels.has(label)) continue;
        const was = listText<{ label: string; address: string }>(before.emails, label, (entry) => entry.address);
        const now = listText<{ label: string; address: string }>(after.emails, label, (entry) => entry.address);
        if (was !== now) changes.push({ field, before: was, after: now });
      }
    } else if (column === 'phones') {
      for (const [field, label] of [['phone', 'main'], ...Object.entries(phoneLabelOf)] as [ImportFieldKey, string][]) {
        if (!phoneLabels.has(label)) continue;
        const was = listText<{ label: string; raw: string }>(before.phones, label, (entry) => entry.raw);
        const now = listText<{ label: string; raw: string }>(after.phones, label, (entry) => entry.raw);
        if (was !== now) changes.push({ field, before: was, after: now });
      }
    } else if (column === 'addresses') {
      const was = parseJson<AddressEntry[]>(typeof before.addresses === 'string' ? before.addresses : '[]', [])[0];
      const now = parseJson<AddressEntry[]>(typeof after.addresses === 'string' ? after.addresses : '[]', [])[0];
      for (const [field, part] of addressParts) {
        if (text(was?.[part]) !== text(now?.[part])) changes.push({ field, before: text(was?.[part]), after: text(now?.[part]) });
      }
    } else {
      const field = columnsToFields.get(column);
      if (field) changes.push({ field, before: text(before[column]), after: text(after[column]) });
    }
  }
  return changes;
}
