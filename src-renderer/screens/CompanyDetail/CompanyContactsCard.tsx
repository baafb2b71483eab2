import { Link2, Pencil, Plus, Star, Unlink, UserRound } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyDetail, CompanyLink } from '../../../src-shared/domain/records';
import { Button, IconButton } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { LinkDialog, type LinkValues } from '../../components/detail/LinkDialog';
import { searchContacts } from '../../components/record-search';
import { addCompanyLink, removeCompanyLink, updateCompanyLink } from '../../stores/contact-actions';
import { openEditor } from '../../stores/editor-store';
import { LinkPeriod } from '../ContactDetail/ContactCompaniesCard';

/** The people of a company, with their roles; link another contact from here. */
export function CompanyContactsCard({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CompanyLink | 'new' | null>(null);

  const submit = async (values: LinkValues) => {
    const fields = { role: values.role, startDate: values.startDate || null, endDate: values.endDate || null, isPrimary: values.isPrimary };
    if (editing && editing !== 'new') return updateCompanyLink({ id: editing.id, patch: fields });
    return addCompanyLink({ contactId: values.other.id, companyId: company.id, ...fields });
  };

  return (
    <Card
      title={t('detail.contacts')}
      count={company.contacts.length}
      testId="contacts-card"
      actions={
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
          <Button size="sm" variant="ghost" icon={<Link2 size={14} />} onClick={() => setEditing('new')} data-testid="add-contact-link">
            {t('detail.addContactLink')}
          </Button>
        </>
      }
    >
      {company.contacts.length === 0 ? (
        <p className="faint">{t('detail.noContacts')}</p>
      ) : (
        <ul className="link-list">
          {company.contacts.map((link) => (
            <li key={link.id} className="link-item" data-testid="contact-link">
              <UserRound size={15} className="faint" aria-hidden="true" />
              <div className="link-main">
                <a href={`#/contacts/${link.contactId}`} className="link-name">
                  {link.contactName}
                </a>
                {link.isPrimary && (
                  <span className="badge badge-accent" title={t('fields.link.isPrimary')}>
                    <Star size={11} aria-hidden="true" /> {t('detail.primary')}
                  </span>
                )}
                <div className="link-sub">
                  {link.role && <span className="link-role">{link.role}</span>}
                  <LinkPeriod link={link} />
                </div>
              </div>
              <div className="row-actions">
                <IconButton size="sm" label={t('detail.editLink')} icon={<Pencil size={13} />} onClick={() => setEditing(link)} />
                <IconButton size="sm" label={t('detail.removeLink')} icon={<Unlink size={13} />} onClick={() => void removeCompanyLink(link)} />
              </div>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <LinkDialog
          pick="contact"
          search={searchContacts}
          excludeIds={company.contacts.map((link) => link.contactId)}
          existing={editing === 'new' ? undefined : editing}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
