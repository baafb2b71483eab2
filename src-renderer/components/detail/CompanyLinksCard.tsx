import { Building2, Pencil, Star, Unlink, UserRound } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyLink } from '../../../src-shared/domain/records';
import { useLanguage } from '../../i18n/use-language';
import { formatCalendarDate } from '../../lib/format';
import { quickCreateCompany } from '../../stores/company-actions';
import { addCompanyLink, removeCompanyLink, updateCompanyLink } from '../../stores/contact-actions';
import { IconButton } from '../Button';
import { searchCompanies, searchContacts } from '../record-search';
import { Card, CardList } from './Card';
import { LinkDialog, type LinkValues } from './LinkDialog';

/** "since 3 March 2021 until …", when the link has dates. */
export function LinkPeriod({ link }: { link: CompanyLink }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const parts = [
    link.startDate ? t('detail.since', { date: formatCalendarDate(lang, link.startDate) }) : '',
    link.endDate ? t('detail.until', { date: formatCalendarDate(lang, link.endDate) }) : '',
  ].filter(Boolean);
  return parts.length > 0 ? <span className="link-period faint">{parts.join(' ')}</span> : null;
}

/** The side of a contact ↔ company link a card lists: companies on a contact's page, people on a company's. */
const sides = {
  company: {
    Icon: Building2,
    id: (link: CompanyLink) => link.companyId,
    name: (link: CompanyLink) => link.companyName,
    href: (link: CompanyLink) => `#/companies/${link.companyId}`,
    title: 'detail.companies',
    testId: 'companies-card',
    empty: 'detail.noCompanies',
    search: searchCompanies,
    create: quickCreateCompany,
  },
  contact: {
    Icon: UserRound,
    id: (link: CompanyLink) => link.contactId,
    name: (link: CompanyLink) => link.contactName,
    href: (link: CompanyLink) => `#/contacts/${link.contactId}`,
    title: 'detail.contacts',
    testId: 'contacts-card',
    empty: 'detail.noContacts',
    search: searchContacts,
    create: undefined,
  },
} as const;

type CompanyLinksCardProps = {
  /** Which side each link shows. */
  show: 'company' | 'contact';
  links: readonly CompanyLink[];
  /** The record the page is about: the other side of every link. */
  recordId: string;
  /** The card's buttons; `addLink` opens the dialog that links one more. */
  actions: (addLink: () => void) => ReactNode;
};

/** Contact ↔ company links with role, period and the primary one; link, edit and unlink from here. */
export function CompanyLinksCard({ show, links, recordId, actions }: CompanyLinksCardProps) {
  const { t } = useTranslation();
  const side = sides[show];
  const [editing, setEditing] = useState<CompanyLink | 'new' | null>(null);

  const submit = async (values: LinkValues) => {
    const fields = { role: values.role, startDate: values.startDate || null, endDate: values.endDate || null, isPrimary: values.isPrimary };
    if (editing && editing !== 'new') return updateCompanyLink({ id: editing.id, patch: fields });
    const ends = show === 'company' ? { contactId: recordId, companyId: values.other.id } : { contactId: values.other.id, companyId: recordId };
    return addCompanyLink({ ...ends, ...fields });
  };

  return (
    <Card title={t(side.title)} count={links.length} testId={side.testId} actions={actions(() => setEditing('new'))}>
      <CardList items={links} empty={t(side.empty)}>
        {(link) => (
          <li key={link.id} className="link-item" data-testid={`${show}-link`}>
            <side.Icon size={15} className="faint" aria-hidden="true" />
            <div className="link-main">
              <a href={side.href(link)} className="link-name">
                {side.name(link)}
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
        )}
      </CardList>
      {editing && (
        <LinkDialog
          pick={show}
          search={side.search}
          excludeIds={links.map(side.id)}
          existing={editing === 'new' ? undefined : editing}
          onCreate={side.create}
          onSubmit={submit}
          onClose={() => setEditing(null)}
        />
      )}
    </Card>
  );
}
