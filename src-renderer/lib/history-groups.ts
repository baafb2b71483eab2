import type { HistoryEntry, UserRef } from '../../src-shared/domain/records';

export type HistoryChange = { field: string; before: unknown; after: unknown };
export type HistoryKind = 'created' | 'updated' | 'deleted' | 'restored';

/** One transaction of a record's history: who, when, and what changed together. */
export type HistoryGroup = { txnId: string; at: string; user: UserRef | null; deviceId: string; kind: HistoryKind; changes: HistoryChange[] };

/** Columns that are bookkeeping, not something a person changed. */
const hiddenFields = new Set(['createdAt', 'updatedAt', 'deleted', 'id', 'sortKey', 'firstKey', 'cityKey', 'industryKey']);

/** The order fields are listed in, as on the forms; others come after. */
const fieldOrder = [
  'civility', 'firstName', 'lastName', 'name', 'jobTitle', 'legalId', 'industry', 'size', 'website', 'emails', 'phones',
  'address', 'addresses', 'postcode', 'city', 'country', 'language', 'birthday', 'source', 'ownerId', 'parentCompanyId',
  'scope', 'consentEmail', 'consentPhone', 'consentMail', 'notes', 'companies', 'companies.role', 'contacts', 'contacts.role', 'tags',
];

function rank(field: string): number {
  const index = fieldOrder.indexOf(field);
  return index < 0 ? fieldOrder.length : index;
}

/** Changes to linked rows (companies, contacts, tags) come as text already: "+ Acme". */
export function isLinkField(field: string): boolean {
  return field === 'companies' || field === 'contacts' || field === 'tags' || field.includes('.');
}

/** "first_name" → "firstName"; camelCase names pass through. */
export function fieldName(raw: string): string {
  return raw.replace(/_([a-z0-9])/g, (_whole, letter: string) => letter.toUpperCase());
}

function truthy(value: unknown): boolean {
  return value === true || value === 1 || value === '1';
}

/** Values arrive as stored: JSON columns (emails, phones, addresses) are still text. */
export function decodeValue(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const trimmed = value.trim();
  if (!(trimmed.startsWith('[') || trimmed.startsWith('{'))) return value;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return value;
  }
}

export function isEmptyValue(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

function kindOf(entries: readonly HistoryEntry[]): HistoryKind {
  const byField = new Map(entries.map((entry) => [fieldName(entry.field), entry]));
  if (byField.has('createdAt')) return 'created';
  const deleted = byField.get('deleted');
  if (deleted) return truthy(deleted.after) ? 'deleted' : 'restored';
  return 'updated';
}

/**
 * Groups history entries by transaction, newest first. A creation lists the fields it set, an
 * update each field's before → after; bookkeeping columns are left out.
 */
export function groupHistory(entries: readonly HistoryEntry[]): HistoryGroup[] {
  const byTxn = new Map<string, HistoryEntry[]>();
  for (const entry of entries) {
    const list = byTxn.get(entry.txnId);
    if (list) list.push(entry);
    else byTxn.set(entry.txnId, [entry]);
  }
  const groups: HistoryGroup[] = [];
  for (const [txnId, list] of byTxn) {
    const first = list[0];
    if (!first) continue;
    const kind = kindOf(list);
    const changes: HistoryChange[] = [];
    const seen = new Set<string>();
    for (const entry of list) {
      const field = fieldName(entry.field);
      const before = decodeValue(entry.before);
      const after = decodeValue(entry.after);
      const key = isLinkField(field) ? `${field}:${JSON.stringify(after)}` : field;
      if (hiddenFields.has(field) || seen.has(key)) continue;
      if (kind === 'created' && isEmptyValue(after)) continue;
      if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) continue;
      seen.add(key);
      changes.push({ field, before, after });
    }
    const at = list.reduce((latest, entry) => (entry.at > latest ? entry.at : latest), first.at);
    if (changes.length === 0 && kind === 'updated') continue;
    changes.sort((a, b) => rank(a.field) - rank(b.field));
    groups.push({ txnId, at, user: first.user, deviceId: first.deviceId, kind, changes });
  }
  return groups.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}
