import i18next from 'i18next';
import type { ApiInput } from '../../src-shared/contract/api';
import type { CompanyLink, ContactDetail } from '../../src-shared/domain/records';
import { invoke } from '../api/client';
import { scheduleRefresh } from './live-updates';
import { attempt, deletionActions, notifyWithUndo } from './record-actions';
import { saveTags, type TagChanges } from './tag-actions';
import { notify } from './toast-store';

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
  await saveTags('contact', contact.id, tags);
  scheduleRefresh('contact');
  notify(i18next.t('contacts.updated', { name: contact.displayName }));
  return contact;
}

const deletion = deletionActions({
  messages: 'contacts',
  deleteRecords: (ids) => invoke('contacts.delete', { ids }),
  restoreRecords: (ids) => invoke('contacts.restore', { ids }),
  refresh: () => scheduleRefresh('contact', 'company'),
});

export const restoreContacts = deletion.restore;
/** Deletes contacts at once, with an Undo in the toast (no confirmation needed). */
export const deleteContacts = deletion.remove;

function linkSaved(): void {
  scheduleRefresh('contact', 'company');
  notify(i18next.t('detail.linkSaved'));
}

export async function addCompanyLink(input: ApiInput<'links.add'>): Promise<boolean> {
  const done = await attempt(() => invoke('links.add', input));
  if (done) linkSaved();
  return done;
}

export async function updateCompanyLink(input: ApiInput<'links.update'>): Promise<boolean> {
  const done = await attempt(() => invoke('links.update', input));
  if (done) linkSaved();
  return done;
}

/** Removes a contact ↔ company link; Undo links them again with the same role and dates. */
export async function removeCompanyLink(link: CompanyLink): Promise<void> {
  if (!(await attempt(() => invoke('links.remove', { id: link.id })))) return;
  scheduleRefresh('contact', 'company');
  notifyWithUndo(i18next.t('detail.linkRemoved'), 'info', () =>
    addCompanyLink({
      contactId: link.contactId,
      companyId: link.companyId,
      role: link.role,
      startDate: link.startDate,
      endDate: link.endDate,
      isPrimary: link.isPrimary,
    }),
  );
}

export async function addRelation(input: ApiInput<'relations.add'>): Promise<boolean> {
  const done = await attempt(() => invoke('relations.add', input));
  if (done) {
    scheduleRefresh('contact');
    notify(i18next.t('detail.relationAdded'));
  }
  return done;
}

/** Removes a relation; Undo adds it back in the same direction. */
export async function removeRelation(relationId: string, again: ApiInput<'relations.add'>): Promise<void> {
  if (!(await attempt(() => invoke('relations.remove', { id: relationId })))) return;
  scheduleRefresh('contact');
  notifyWithUndo(i18next.t('detail.relationRemoved'), 'info', () => addRelation(again));
}
