import type { ContactRow } from '../../../../src-shared/domain/records';
import { internationalPhone } from '../phone-text';
import { tagNames, type ColumnSet } from './types';

/** The contacts table's columns (src-renderer/screens/Contacts/contact-columns.tsx), with its labels. */
export const contactColumnSet: ColumnSet<'contact', ContactRow> = {
  name: { kind: 'text', label: 'fields.contact.name', value: (row) => row.displayName || null },
  firstName: { kind: 'text', label: 'fields.contact.firstName', value: (row) => row.firstName },
  company: { kind: 'text', label: 'fields.contact.company', value: (row) => row.companyName },
  jobTitle: { kind: 'text', label: 'fields.contact.jobTitle', value: (row) => row.jobTitle },
  email: { kind: 'text', label: 'fields.contact.email', value: (row) => row.email },
  phone: { kind: 'text', label: 'fields.contact.phone', value: (row) => internationalPhone(row.phone) },
  city: { kind: 'text', label: 'fields.contact.city', value: (row) => row.city },
  postcode: { kind: 'text', label: 'fields.contact.postcode', value: (row) => row.postcode },
  country: { kind: 'text', label: 'fields.contact.country', value: (row) => row.country },
  owner: { kind: 'text', label: 'fields.contact.owner', value: (row) => row.owner?.displayName ?? null },
  tags: { kind: 'text', label: 'fields.contact.tags', value: (row) => tagNames(row.tags) },
  createdAt: { kind: 'datetime', label: 'fields.contact.createdAt', value: (row) => row.createdAt },
  updatedAt: { kind: 'datetime', label: 'fields.contact.updatedAt', value: (row) => row.updatedAt },
};
