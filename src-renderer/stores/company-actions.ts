import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { CompanyDetail } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import type { PickedRecord } from '../components/RecordPicker';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { deletionActions } from './record-actions';
import { saveTags, type TagChanges } from './tag-actions';
import { notify } from './toast-store';

/** Creates a company. Throws the client error, so the form can show field issues. */
export async function createCompany(input: ApiInput<'companies.create'>, options: { quiet?: boolean } = {}): Promise<CompanyDetail> {
  const company = await invoke('companies.create', input);
  scheduleRefresh('company');
  if (!options.quiet) notify(i18next.t('companies.created', { name: company.name }));
  return company;
}

/** Creates a company from only its name, picked in a company picker ("Create “…”"). */
export async function quickCreateCompany(name: string): Promise<PickedRecord | null> {
  try {
    const company = await createCompany({ name }, { quiet: true });
    return { id: company.id, name: company.name };
  } catch (error) {
    notifyError(error);
    return null;
  }
}

export async function updateCompany(input: ApiInput<'companies.update'>, tags: TagChanges): Promise<CompanyDetail> {
  const company = await invoke('companies.update', input);
  await saveTags('company', company.id, tags);
  scheduleRefresh('company', 'contact');
  notify(i18next.t('companies.updated', { name: company.name }));
  return company;
}

const deletion = deletionActions({
  messages: 'companies',
  deleteRecords: (ids) => invoke('companies.delete', { ids }),
  restoreRecords: (ids) => invoke('companies.restore', { ids }),
  refresh: () => scheduleRefresh('company', 'contact'),
});

export const restoreCompanies = deletion.restore;
/** Deletes companies at once, with an Undo in the toast. */
export const deleteCompanies = deletion.remove;
