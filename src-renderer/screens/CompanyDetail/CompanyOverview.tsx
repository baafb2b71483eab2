import { Building2, CornerDownRight } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import type { CompanyDetail } from '../../../src-shared/domain/records';
import { SharedWith } from '../../components/detail/SharedWith';
import { Card, DetailColumns, Fact, Facts, NotesCard } from '../../components/detail/Card';
import { ContactPoints } from '../../components/detail/ContactPoints';
import { DealsCard } from '../../components/detail/DealsCard';
import { TagsCard } from '../../components/detail/TagsCard';
import { TimelineCard } from '../../components/timeline/TimelineCard';
import { CompanyContactsCard } from './CompanyContactsCard';

function GroupCard({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  return (
    <Card title={t('detail.structure')} testId="group-card">
      <Facts>
        <Fact label={t('detail.parent')} wide>
          {company.parent ? (
            <a href={`#/companies/${company.parent.id}`} className="inline-icon">
              <Building2 size={13} aria-hidden="true" /> {company.parent.name}
            </a>
          ) : (
            <span className="faint">{t('detail.noParent')}</span>
          )}
        </Fact>
        <Fact label={t('detail.subsidiaries')} wide>
          {company.subsidiaries.length > 0 ? (
            <ul className="plain-list">
              {company.subsidiaries.map((subsidiary) => (
                <li key={subsidiary.id}>
                  <a href={`#/companies/${subsidiary.id}`} className="inline-icon">
                    <CornerDownRight size={13} aria-hidden="true" /> {subsidiary.name}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <span className="faint">{t('detail.noSubsidiaries')}</span>
          )}
        </Fact>
      </Facts>
    </Card>
  );
}

/** A company's fields and timeline on the left; its contacts, group and tags on the right. */
export function CompanyOverview({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  const size = companySizes.find((value) => value === company.size);
  return (
    <DetailColumns
      main={
        <>
          <Card title={t('detail.coordinates')}>
            <ContactPoints emails={company.emails} phones={company.phones} website={company.website} />
          </Card>
          <Card title={t('fields.company.addresses')} count={company.addresses.length}>
            {company.addresses.length === 0 ? (
              <p className="faint">—</p>
            ) : (
              <div className="address-grid">
                {company.addresses.map((address, index) => (
                  <address key={index} className="address-block">
                    <div className="address-kind">{t(`enums.addressKind.${address.kind}`)}</div>
                    {address.street && <div className="pre-wrap">{address.street}</div>}
                    <div>{[address.postcode, address.city].filter(Boolean).join(' ')}</div>
                    {address.country && <div className="faint">{address.country}</div>}
                  </address>
                ))}
              </div>
            )}
          </Card>
          <Card title={t('detail.about')}>
            <Facts>
              <Fact label={t('fields.company.legalId')}>{company.legalId ? <span className="mono">{company.legalId}</span> : null}</Fact>
              <Fact label={t('fields.company.industry')}>{company.industry}</Fact>
              <Fact label={t('fields.company.size')}>{size ? t(`enums.companySize.${size}`) : null}</Fact>
              <Fact label={t('fields.company.owner')}>{company.owner?.displayName}</Fact>
              <Fact label={t('scope.label')}>
                <SharedWith scope={company.scope} groupName={company.sharedWith.groupName} />
              </Fact>
            </Facts>
          </Card>
          <NotesCard notes={company.notes} />
          <TimelineCard entity="company" record={{ id: company.id, name: company.name }} />
        </>
      }
      side={
        <>
          <CompanyContactsCard company={company} />
          <DealsCard of={{ companyId: company.id }} record={{ id: company.id, name: company.name }} />
          <GroupCard company={company} />
          <TagsCard entity="company" recordId={company.id} tags={company.tags} />
        </>
      }
    />
  );
}
