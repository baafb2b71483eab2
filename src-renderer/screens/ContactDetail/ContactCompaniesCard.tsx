import { Plus } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/domain/records';
import { Button } from '../../components/Button';
import { CompanyLinksCard } from '../../components/detail/CompanyLinksCard';

/** The companies a contact works (or worked) for, with role, period and the primary one. */
export function ContactCompaniesCard({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  return (
    <CompanyLinksCard
      show="company"
      links={contact.companies}
      recordId={contact.id}
      actions={(addLink) => (
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={addLink} data-testid="add-link">
          {t('detail.addLink')}
        </Button>
      )}
    />
  );
}
