import type { VcardVersion } from '../../../src-shared/domain/exports';
import type { ContactRow } from '../../../src-shared/domain/records';
import type { Language } from '../../../src-shared/i18n';
import { prepared, type ReadDb } from '../../db/handles';
import { placeholders } from '../common/sql';
import { contactFromRow, type ContactDbRow } from '../contacts/mapping';
import { vcardOf, type CardContact } from './vcard';

/** The records behind a page of the list (a card shows emails, phones, address, birthday, notes). */
function cardRows(db: ReadDb, ids: readonly string[]): Map<string, ContactDbRow> {
  if (ids.length === 0) return new Map();
  const rows = prepared(db, `SELECT * FROM contacts WHERE id IN (${placeholders(ids.length)})`).all(...ids) as ContactDbRow[];
  return new Map(rows.map((row) => [row.id, row]));
}

/** A card: the record as the app reads it, with the company and tags the list shows. */
function cardOf(row: ContactDbRow, listed: ContactRow): CardContact {
  return { ...contactFromRow(row), companyName: listed.companyName, tags: listed.tags.map((tag) => tag.name) };
}

export type VcardOptions = { version: VcardVersion; language: Language };

/** The contacts as one .vcf file (one card after another), a page at a time. */
export async function* vcardChunks(db: ReadDb, pages: AsyncIterable<ContactRow[]>, options: VcardOptions): AsyncGenerator<Buffer> {
  for await (const rows of pages) {
    const records = cardRows(db, rows.map((row) => row.id));
    const cards: string[] = [];
    for (const row of rows) {
      const record = records.get(row.id);
      if (record) cards.push(vcardOf(cardOf(record, row), options.version, options.language));
    }
    yield Buffer.from(cards.join(''), 'utf8');
  }
}
