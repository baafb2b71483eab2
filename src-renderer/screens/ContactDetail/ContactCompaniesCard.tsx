import { Building2, Pencil, Plus, Star, Unlink } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyLink, ContactDetail } from '../../../src-shared/domain/records';
import { Button, IconButton } from '../../components/Button';
import { Card } from '../../components/detail/Card';
import { LinkDialog, type LinkValues } from '../../components/detail/LinkDialog';
import { searchCompanies } from '../../components/record-search';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate } from '../../lib/format';
import { createCompany } from '../../stores/company-actions';
import { addCompanyLink, removeCompanyLink, updateCompanyLink } from '../../stores/contact-actions';
import { notifyError } from '../../stores/notify-error';

export function LinkPeriod({ link }: { link: CompanyLink }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const parts = [
    link.startDate ? t('detail.since', { date: formatCalendarDate(lang, link.startDate) }) : '',
    link.endDate ? t('detail.until', { date: formatCalendarDate(lang, link.endDate) }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? <span className="link-period faint">{parts.join(' ')}</span> : null;
}

/** The companies a contact works (or worked) for, with role, period and the primary one. */
export function ContactCompaniesCard({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<CompanyLink | 'new' | null>(null);

  const submit = async (values: LinkValues) => {
    const fields = { role: values.role, startDate: values.startDate || null, endDate: values.endDate || null, isPrimary: values.isPrimary };
    if (editing && editing !== 'new') return updateCompanyLink({ id: editing.id, patch: fields });
    return addCompanyLink({ contactId: contact.id, companyId: values.other.id, ...fields });
  };

  const quickCreate = async (name: string) => {
    try {
      const company = await createCompany({ name }, { quiet: true });
      return { id: company.id, name: company.name };
    } catch (error) {
      notifyError(error);
      return null;
    }
  };

  return (
    <Card
      title={t('detail.companies')}
      count={contact.companies.length}
      testId="companies-card"
      actions={
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => setEditing('new')} data-testid="add-link">
          {t('detail.addLink')}
        </Button>
      }
    >
      {contact.companies.length === 0 ? (
        <p className="faint">{t('detail.noCompanies')}</p>
      ) : (
        <ul className="link-list">
          {contact.companies.map((link) => (
            <li key={link.id} className="link-item" data-testid="company-link">
              <Building2 size={15} className="faint" aria-hidden="true" />
              <div className="link-main">
                <a href={`#/companies/${link.companyId}`} className="link-name">
                  {link.companyName}
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
          pick="company"
          search={searchCompanies}
          excludeIds={contact.companies.map((link) => link.companyId)}
          existing={editing === 'new' ? undefined : editing}
          onCreate={quickCreate}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
