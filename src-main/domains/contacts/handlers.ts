import type { ApiHandlers } from '../../core/dispatch';
import { getContactDetail, listContacts } from './queries';
import { createContact, setContactsDeleted, updateContact } from './service';

export const contactHandlers = {
  'contacts.create': (input, { core }) => createContact(core, input),
  'contacts.update': (input, { core }) => updateContact(core, input),
  'contacts.delete': (input, { core }) => setContactsDeleted(core, input.ids, true),
  'contacts.restore': (input, { core }) => setContactsDeleted(core, input.ids, false),
  'contacts.get': (input, { core }) => getContactDetail(core.read, input.id),
  'contacts.list': (input, { core }) => listContacts(core.read, input),
} satisfies Partial<ApiHandlers>;
