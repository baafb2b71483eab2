import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { CompanyLink, ContactDetail } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import { scheduleRefresh } from './live-updates';
import { notifyError } from './notify-error';
import { notify } from './toast-store';

export type TagChanges = { add: string[]; remove: string[] };

/** Creates a contact. Throws the client error, so the form can show field issues. */
export async function createContact(input: ApiInput<'contacts.create'>): Promise<ContactDetail> {
  const contact = await invoke('contacts.create', input);
  scheduleRefresh('contact', 'company');
  notify(i18next.t('contacts.created', { name: contact.displayName }));
  return contact;
}

/** Saves a contact's fields, then its tags. Throws the client error for the form. */
export async function updateContact(input: ApiInput<'contacts.update'>, tags: TagChanges): Promise<ContactDetail> {
  const contact = await invoke('contacts.update', input);
  for (const tagId of tags.add) await invoke('tags.assign', { entity: 'contact', recordIds: [contact.id], tagId });
  for (const tagId of tags.remove) await invoke('tags.unassign', { entity: 'contact', recordIds: [contact.id], tagId });
  scheduleRefresh('contact');
  notify(i18next.t('contacts.updated', { name: contact.displayName }));
  return contact;
}

export async function restoreContacts(ids: string[]): Promise<void> {
  try {
    await invoke('contacts.restore', { ids });
    scheduleRefresh('contact', 'company');
    notify(i18next.t('contacts.restored', { count: ids.length }), 'info');
  } catch (error) {
    notifyError(error);
  }
}

/** Deletes contacts at once, with an Undo in the toast (no confirmation needed). */
export async function deleteContacts(ids: string[], options: { afterUndo?: () => void } = {}): Promise<boolean> {
  if (ids.length === 0) return false;
  try {
    await invoke('contacts.delete', { ids });
  } catch (error) {
    notifyError(error);
    return false;
  }
  scheduleRefresh('contact', 'company');
  notify(i18next.t('contacts.deleted', { count: ids.length }), 'info', {
    label: i18next.t('common.undo'),
    run: async () => {
      await restoreContacts(ids);
      options.afterUndo?.();
    },
  });
  return true;
}

export async function addCompanyLink(input: ApiInput<'links.add'>): Promise<boolean> {
  try {
    await invoke('links.add', input);
    scheduleRefresh('contact', 'company');
    notify(i18next.t('detail.linkSaved'));
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

export async function updateCompanyLink(input: ApiInput<'links.update'>): Promise<boolean> {
  try {
    await invoke('links.update', input);
    scheduleRefresh('contact', 'company');
    notify(i18next.t('detail.linkSaved'));
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** Removes a contact ↔ company link; Undo links them again with the same role and dates. */
export async function removeCompanyLink(link: CompanyLink): Promise<void> {
  try {
    await invoke('links.remove', { id: link.id });
  } catch (error) {
    notifyError(error);
    return;
  }
  scheduleRefresh('contact', 'company');
  notify(i18next.t('detail.linkRemoved'), 'info', {
    label: i18next.t('common.undo'),
    run: async () => {
      await addCompanyLink({
        contactId: link.contactId,
        companyId: link.companyId,
        role: link.role,
        startDate: link.startDate,
        endDate: link.endDate,
        isPrimary: link.isPrimary,
      });
    },
  });
}

export async function addRelation(input: ApiInput<'relations.add'>): Promise<boolean> {
  try {
    await invoke('relations.add', input);
    scheduleRefresh('contact');
    notify(i18next.t('detail.relationAdded'));
    return true;
  } catch (error) {
    notifyError(error);
    return false;
  }
}

/** Removes a relation; Undo adds it back in the same direction. */
export async function removeRelation(
  relationId: string,
  again: ApiInput<'relations.add'>,
): Promise<void> {
  try {
    await invoke('relations.remove', { id: relationId });
  } catch (error) {
    notifyError(error);
    return;
  }
  scheduleRefresh('contact');
  notify(i18next.t('detail.relationRemoved'), 'info', {
    label: i18next.t('common.undo'),
    run: async () => {
      await addRelation(again);
    },
  });
}
