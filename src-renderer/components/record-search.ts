import { invoke } from '../api/client';
import type { PickerOption } from './RecordPicker';

/** Companies whose name matches, for pickers (companies.list with `q`, no count). */
export async function searchCompanies(query: string): Promise<PickerOption[]> {
  const page = await invoke('companies.list', {
    limit: 8,
    withTotal: false,
    filters: query ? { q: query, deleted: false } : { deleted: false },
    sort: { field: query ? 'name' : 'updatedAt', dir: query ? 'asc' : 'desc' },
  });
  return page.rows.map((row) => ({ id: row.id, name: row.name, detail: [row.city, row.industry].filter(Boolean).join(' · ') || null }));
}

/** Contacts whose name matches, for pickers (contacts.list with `q`, no count). */
export async function searchContacts(query: string): Promise<PickerOption[]> {
  const page = await invoke('contacts.list', {
    limit: 8,
    withTotal: false,
    filters: query ? { q: query, deleted: false } : { deleted: false },
    sort: { field: query ? 'name' : 'updatedAt', dir: query ? 'asc' : 'desc' },
  });
  return page.rows.map((row) => ({
    id: row.id,
    name: row.displayName,
    detail: [row.companyName, row.city].filter(Boolean).join(' · ') || null,
  }));
}
