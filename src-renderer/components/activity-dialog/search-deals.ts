import { invoke } from '../../api/client';
import type { PickerOption } from '../RecordPicker';

/** Deals whose title matches, for the dialog's deal picker (the latest changed when nothing is typed). */
export async function searchDeals(query: string): Promise<PickerOption[]> {
  const page = await invoke('deals.list', {
    limit: 8,
    withTotal: false,
    filters: query ? { q: query, deleted: false } : { deleted: false },
    sort: { field: query ? 'title' : 'updatedAt', dir: query ? 'asc' : 'desc' },
  });
  return page.rows.map((row) => ({ id: row.id, name: row.title, detail: [row.companyName, row.stageName].filter(Boolean).join(' · ') || null }));
}
