import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { CompanyDetail } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import type { TagChanges } from './contact-actions';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

/** Creates a company. Throws the client error, so the form can show field issues. */
export async function createCompany(input: ApiInput<'companies.create'>, options: { quiet?: boolean } = {}): Promise<CompanyDetail> {
  const company = await invoke('companies.create', input);
  scheduleRefresh('company');
  if (!options.quiet) notify(i18next.t('companies.created', { name: company.name }));
  return company;
}

export async function updateCompany(input: ApiInput<'companies.update'>, tags: TagChanges): Promise<CompanyDetail> {
  const company = await invoke('companies.update', input);
  for (const tagId of tags.add) await invoke('tags.assign', { entity: 'company', recordIds: [company.id], tagId });
  for (const tagId of tags.remove) await invoke('tags.unassign', { entity: 'company', recordIds: [company.id], tagId });
  scheduleRefresh('company', 'contact');
  notify(i18next.t('companies.updated', { name: company.name }));
  return company;
}

export async function restoreCompanies(ids: string[]): Promise<void> {
  try {
    await invoke('companies.restore', { ids });
    scheduleRefresh('company', 'contact');
    notify(i18next.t('companies.restored', { count: ids.length }), 'info');
  } catch (error) {
    notifyError(error);
  }
}

/** Deletes companies at once, with an Undo in the toast. */
export async function deleteCompanies(ids: string[], options: { afterUndo?: () => void } = {}): Promise<boolean> {
  if (ids.length === 0) return false;
  try {
    await invoke('companies.delete', { ids });
  } catch (error) {
    notifyError(error);
    return false;
  }
  scheduleRefresh('company', 'contact');
  notify(i18next.t('companies.deleted', { count: ids.length }), 'info', {
    label: i18next.t('common.undo'),
    run: async () => {
      await restoreCompanies(ids);
      options.afterUndo?.();
    },
  });
  return true;
}
