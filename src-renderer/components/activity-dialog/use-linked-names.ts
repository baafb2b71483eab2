import { useEffect } from 'react';
import { invoke } from '../../api/client';
import type { PickedRecord } from '../RecordPicker';
import type { ActivityDialogRequest } from '../../stores/activity-dialog-store';

type Links = { contact: PickedRecord | null; company: PickedRecord | null; deal: PickedRecord | null };

/**
 * A new activity opened for records known by id (a contact's page, Today): their names are
 * read once for the pickers; a record that no longer exists is left out.
 */
export function useLinkedNames(request: ActivityDialogRequest, apply: (links: Partial<Links>) => void): void {
  const { activityId, contactId, companyId, dealId } = request;
  useEffect(() => {
    if (activityId) return;
    let live = true;
    const found = (patch: Partial<Links>) => {
      if (live) apply(patch);
    };
    const ignore = () => undefined;
    if (contactId) invoke('contacts.get', { id: contactId }).then((contact) => found({ contact: { id: contact.id, name: contact.displayName } }), ignore);
    if (companyId) invoke('companies.get', { id: companyId }).then((company) => found({ company: { id: company.id, name: company.name } }), ignore);
    if (dealId) invoke('deals.get', { id: dealId }).then((deal) => found({ deal: { id: deal.id, name: deal.title } }), ignore);
    return () => {
      live = false;
    };
  }, [activityId, contactId, companyId, dealId, apply]);
}
