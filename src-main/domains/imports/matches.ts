import { isRoleMailbox, normalizeEmail } from '../../../src-shared/domain/duplicate-keys';
import { foldText } from '../../../src-shared/domain/text';
import { prepared, type ReadDb } from '../../db/handles';

/**
 * Finding the records a file's rows already are: by record id (an exported file), by e-mail
 * (contacts), by SIREN/SIRET or by name (companies). Built once per check of a file; the lookups
 * that have an index (ids, company names) go to the database row by row, the others are read
 * once into maps.
 */

/** "552 100 554 00013" and "55210055400013" are the same number. */
export const compactLegalId = (value: string): string => value.replace(/[\s.\-/]/g, '').toUpperCase();

/** Users by lower-case e-mail, and by folded display name. */
export function usersIndex(db: ReadDb): Map<string, string> {
  const rows = prepared(db, 'SELECT id, display_name, email FROM users WHERE deleted = 0 ORDER BY id').all() as { id: string; display_name: string; email: string | null }[];
  const index = new Map<string, string>();
  for (const row of rows) {
    if (row.email && !index.has(row.email.toLowerCase())) index.set(row.email.toLowerCase(), row.id);
    const name = foldText(row.display_name);
    if (name && !index.has(name)) index.set(name, row.id);
  }
  return index;
}

/**
 * Live contacts by e-mail address, looked up in the duplicate keys the write path keeps (an
 * index: no scan of every contact), the oldest contact when several share one. Shared mailboxes
 * ("contact@", "info@"…) do not identify a person — the duplicate keys leave them out — so a
 * row is never matched by one of them.
 */
export class ContactEmails {
  private readonly cache = new Map<string, string | null>();
  /** Every e-mail key with its oldest contact, read at once for a large file (one query instead of one per row). */
  private readonly all: Map<string, string> | null;

  /** `rows`: the rows to check; from `ALL_AT_ONCE_ROWS` on, the keys are read at once. */
  constructor(
    private readonly db: ReadDb,
    rows = 0,
  ) {
    this.all = rows >= ALL_AT_ONCE_ROWS ? new Map(prepared(db, "SELECT key, min(record_id) FROM duplicate_keys WHERE entity = 'contact' AND kind = 'email' GROUP BY key").raw().all() as [string, string][]) : null;
  }

  find(address: string): string | null {
    let found = this.cache.get(address);
    if (found === undefined) {
      const email = normalizeEmail(address);
      found = email && !isRoleMailbox(email) ? this.lookUp(email) : null;
      // A large file's addresses are mostly new and seen once: the map of all keys answers them.
      if (!this.all) this.cache.set(address, found);
    }
    return found;
  }

  private lookUp(email: string): string | null {
    if (this.all) return this.all.get(email) ?? null;
    return (
      (prepared(this.db, "SELECT record_id FROM duplicate_keys WHERE entity = 'contact' AND kind = 'email' AND key = ? ORDER BY record_id LIMIT 1").pluck().get(email) as string | undefined) ?? null
    );
  }
}

/** Rows from which a check reads every contact e-mail at once rather than one query per row. */
export const ALL_AT_ONCE_ROWS = 5_000;

/** Live companies by SIREN/SIRET (compact form). */
export function companiesByLegalId(db: ReadDb): Map<string, string> {
  const rows = prepared(db, "SELECT id, legal_id FROM companies WHERE deleted = 0 AND legal_id IS NOT NULL AND legal_id <> '' ORDER BY id").raw().all() as [string, string][];
  const index = new Map<string, string>();
  for (const [id, legalId] of rows) {
    const key = compactLegalId(legalId);
    if (!index.has(key)) index.set(key, id);
  }
  return index;
}

/** Companies found by name (folded as lists sort them: accents and case aside), cached per name. */
export class CompanyNames {
  private readonly cache = new Map<string, { id: string; name: string } | null>();
  /** The same answers by the name as written (most files repeat a few thousand names exactly). */
  private readonly asWritten = new Map<string, { id: string; name: string } | null>();

  constructor(private readonly db: ReadDb) {}

  find(name: string): { id: string; name: string } | null {
    const known = this.asWritten.get(name);
    if (known !== undefined) return known;
    const key = foldText(name);
    let found = key === '' ? null : this.cache.get(key);
    if (found === undefined) {
      found = (prepared(this.db, 'SELECT id, name FROM companies WHERE deleted = 0 AND sort_key = ? ORDER BY id LIMIT 1').get(key) as { id: string; name: string } | undefined) ?? null;
      this.cache.set(key, found);
    }
    this.asWritten.set(name, found);
    return found;
  }
}
