import { Mail } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactListInput } from '../../../src-shared/domain/list-query/contact-query';
import { useContactsListStore } from '../../stores/contacts-list-store';
import { Button } from '../Button';
import type { MergeSource } from './mail-merge-actions';
import { MailMergeDialog } from './MailMergeDialog';

/** The contacts list as it stands on screen (its filters and sort), as a merge's source. */
function listSource(): MergeSource {
  const { filters, sort } = useContactsListStore.getState();
  const input = contactListInput(filters, sort, { offset: 0, limit: 1, withTotal: false });
  return { kind: 'list', filters: input.filters, sort: input.sort };
}

/**
 * "Mail merge" on the contacts list: over the selected contacts (in the bulk bar), or over the
 * list as filtered and sorted (in the toolbar). Opens the dialog on the source as it is now.
 */
export function MailMergeButton({ selection }: { selection?: readonly string[] }) {
  const { t } = useTranslation();
  const [request, setRequest] = useState<{ source: MergeSource; label: string } | null>(null);
  const open = () =>
    setRequest(
      selection
        ? { source: { kind: 'selection', ids: [...selection] }, label: t('mailMerge.dialog.fromSelection', { count: selection.length }) }
        : { source: listSource(), label: t('mailMerge.dialog.fromList') },
    );
  return (
    <>
      <Button
        size={selection ? 'sm' : 'md'}
        variant={selection ? 'ghost' : 'secondary'}
        icon={<Mail size={selection ? 14 : 15} />}
        onClick={open}
        data-testid={selection ? 'bulk-mail-merge' : 'mail-merge-contacts'}
      >
        {t(selection ? 'mailMerge.dialog.openSelection' : 'mailMerge.dialog.open')}
      </Button>
      {request && <MailMergeDialog source={request.source} sourceLabel={request.label} onClose={() => setRequest(null)} />}
    </>
  );
}
