import { Building2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { companySizes } from '../../../src-shared/contract/inputs/companies';
import type { CompanyDetail } from '../../../src-shared/domain/records';
import { RecordDetailScreen } from '../../components/detail/RecordDetailScreen';
import { WordSheetButton } from '../../components/mail-merge/WordSheetButton';
import { deleteCompanies } from '../../stores/company-actions';
import { useCompanyDetailStore } from '../../stores/detail-stores';
import { CompanyOverview } from './CompanyOverview';

function Subtitle({ company }: { company: CompanyDetail }) {
  const { t } = useTranslation();
  const size = companySizes.find((value) => value === company.size);
  const city = company.addresses[0]?.city ?? null;
  const parts = [company.industry, size ? t(`enums.companySize.${size}`) : null, city].filter(Boolean);
  return <span>{parts.join(' · ')}</span>;
}

/** One company: its fields, contacts, group and tags, and its history. */
export function CompanyDetailScreen({ id }: { id: string }) {
  return (
    <RecordDetailScreen
      kind="company"
      id={id}
      store={useCompanyDetailStore}
      missingIcon={<Building2 size={36} />}
      title={(company) => company.name}
      subtitle={(company) => <Subtitle company={company} />}
      square
      actions={(company) => <WordSheetButton kind="company" id={company.id} />}
      overview={(company) => <CompanyOverview company={company} />}
      deleteRecords={deleteCompanies}
    />
  );
}
