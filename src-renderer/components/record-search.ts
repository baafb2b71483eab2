import { invoke } from '../api/client';
import type { PickerOption } from './RecordPicker';

/** A picker's search as a list query: the first few matches by name, or the latest changed when nothing is typed. */
function pickerQuery(query: string) {
  return {
    limit: 8,
    withTotal: false,
    filters: query ? { q: query, deleted: false } : { deleted: false },
    sort: { field: query ? 'name' : 'updatedAt', dir: query ? 'asc' : 'desc' },
  } as const;
}

/** Companies whose name matches, for pickers (companies.list with `q`, no count). */
export async function searchCompanies(query: string): Promise<PickerOption[]> {
  const page = await invoke('companies.list', pickerQuery(query));
  return page.rows.map((row) => ({ id: row.id, name: row.name, detail: [row.city, row.industry].filter(Boolean).join(' · ') || null }));
}

/** Contacts whose name matches, for pickers (contacts.list with `q`, no count). */
export async function searchContacts(query: string): Promise<PickerOption[]> {
  const page = await invoke('contacts.list', pickerQuery(query));
  return page.rows.map((row) => ({
    id: row.id,
    name: row.displayName,
    detail: [row.companyName, row.city].filter(Boolean).join(' · ') || null,
  }));
}
