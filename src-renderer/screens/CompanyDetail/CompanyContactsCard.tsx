import { Link2, Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { CompanyDetail } from '../../../src-shared/domain/records';
import { Button } from '../../components/Button';
import { CompanyLinksCard } from '../../components/detail/CompanyLinksCard';
import { openEditor } from '../../stores/editor-store';

/** The people of a company, with their roles; create or link another contact from here. */
export function CompanyContactsCard({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  return (
    <CompanyLinksCard
      show="contact"
      links={company.contacts}
      recordId={company.id}
      actions={(addLink) => (
        <>
          <Button
            size="sm"
            variant="ghost"
            icon={<Plus size={14} />}
            onClick={() => openEditor({ kind: 'contact', company: { id: company.id, name: company.name } })}
            data-testid="new-contact-here"
          >
            {t('contacts.new')}
          </Button>
          <Button size="sm" variant="ghost" icon={<Link2 size={14} />} onClick={addLink} data-testid="add-contact-link">
            {t('detail.addContactLink')}
          </Button>
        </>
      )}
    />
  );
}
