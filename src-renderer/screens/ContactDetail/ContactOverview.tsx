import { useTranslation } from 'react-i18next';
import type { ConsentValue } from '../../../src-shared/contract/inputs/common';
import type { ContactDetail } from '../../../src-shared/domain/records';
import { Card, DetailColumns, Fact, Facts, NotesCard } from '../../components/detail/Card';
import { ContactPoints } from '../../components/detail/ContactPoints';
import { SharedWith } from '../../components/detail/SharedWith';
import { DealsCard } from '../../components/detail/DealsCard';
import { TagsCard } from '../../components/detail/TagsCard';
import { TimelineCard } from '../../components/timeline/TimelineCard';
import { useLanguage } from '../../i18n/use-language';
import { ageOn, formatCalendarDate } from '../../lib/format';
import { contactLanguages } from '../../lib/contact-draft';
import { ContactCompaniesCard } from './ContactCompaniesCard';
import { ContactRelationsCard } from './ContactRelationsCard';

function Consent({ value }: { value: ConsentValue }) {
  const { t } = useTranslation();
  return <span className={`badge consent-${value}`}>{t(`enums.consent.${value}`)}</span>;
}

/** A contact's fields and timeline on the left; companies, relations and tags on the right. */
export function ContactOverview({ contact }: { contact: ContactDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const language = contactLanguages.find((value) => value === contact.language);
  const age = contact.birthday ? ageOn(contact.birthday) : null;
  const cityLine = [contact.postcode, contact.city].filter(Boolean).join(' ');
  const hasAddress = Boolean(contact.address || cityLine || contact.country);
  return (
    <DetailColumns
      main={
        <>
          <Card title={t('detail.coordinates')}>
            <ContactPoints emails={contact.emails} phones={contact.phones} />
          </Card>
          <Card title={t('detail.address')}>
            {hasAddress ? (
              <address className="address-block">
                {contact.address && <div className="pre-wrap">{contact.address}</div>}
                {cityLine && <div>{cityLine}</div>}
                {contact.country && <div className="faint">{contact.country}</div>}
              </address>
            ) : (
              <p className="faint">—</p>
            )}
          </Card>
          <Card title={t('detail.about')}>
            <Facts>
              <Fact label={t('fields.contact.language')}>{language ? t(`enums.language.${language}`) : null}</Fact>
              <Fact label={t('fields.contact.birthday')}>
                {contact.birthday ? `${formatCalendarDate(lang, contact.birthday)}${age !== null ? ` (${t('detail.age', { age })})` : ''}` : null}
              </Fact>
              <Fact label={t('fields.contact.source')}>{contact.source}</Fact>
              <Fact label={t('fields.contact.owner')}>{contact.owner?.displayName}</Fact>
              <Fact label={t('scope.label')}>
                <SharedWith scope={contact.scope} groupName={contact.sharedWith.groupName} />
              </Fact>
            </Facts>
          </Card>
          <Card title={t('detail.consents')}>
            <Facts>
              <Fact label={t('fields.contact.consentEmail')}>
                <Consent value={contact.consentEmail} />
              </Fact>
              <Fact label={t('fields.contact.consentPhone')}>
                <Consent value={contact.consentPhone} />
              </Fact>
              <Fact label={t('fields.contact.consentMail')}>
                <Consent value={contact.consentMail} />
              </Fact>
            </Facts>
          </Card>
          <NotesCard notes={contact.notes} testId="notes" />
          <TimelineCard entity="contact" record={{ id: contact.id, name: contact.displayName }} />
        </>
      }
      side={
        <>
          <ContactCompaniesCard contact={contact} />
          <DealsCard of={{ contactId: contact.id }} record={{ id: contact.id, name: contact.displayName }} />
          <ContactRelationsCard contact={contact} />
          <TagsCard entity="contact" recordId={contact.id} tags={contact.tags} />
        </>
      }
    />
  );
}
