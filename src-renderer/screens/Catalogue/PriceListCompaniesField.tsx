import { Building2, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { IconButton } from '../../components/Button';
import { FieldMessage } from '../../components/Field';
import { RecordPicker, type PickedRecord } from '../../components/RecordPicker';
import { searchCompanies } from '../../components/record-search';
import { quickCreateCompany } from '../../stores/company-actions';

type PriceListCompaniesFieldProps = {
  companies: PickedRecord[];
  onChange: (companies: PickedRecord[]) => void;
  /** Why a company could not be given the list (an overlap), by company id. */
  refused: Readonly<Record<string, string>>;
  disabled: boolean;
};

/** The companies a customer price list applies to: pick one to add it, × to take it off. */
export function PriceListCompaniesField({ companies, onChange, refused, disabled }: PriceListCompaniesFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="price-list-companies" data-field="companies" data-testid="price-list-companies">
      {companies.length === 0 ? (
        <p className="faint">{t('catalogue.priceLists.noCompanies')}</p>
      ) : (
        <ul className="price-list-company-list">
          {companies.map((company) => (
            <li key={company.id} className={refused[company.id] ? 'price-list-company price-list-company-refused' : 'price-list-company'} data-testid="price-list-company">
              <div className="price-list-company-line">
                <Building2 size={14} aria-hidden="true" />
                <span className="truncate">{company.name}</span>
                {!disabled && (
                  <IconButton
                    size="sm"
                    label={t('catalogue.priceLists.unassignNamed', { name: company.name })}
                    icon={<X size={14} />}
                    onClick={() => onChange(companies.filter((other) => other.id !== company.id))}
                  />
                )}
              </div>
              <FieldMessage id={`company-${company.id}`} error={refused[company.id] ?? null} />
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <RecordPicker
          label={t('catalogue.priceLists.assign')}
          placeholder={t('form.chooseCompany')}
          value={null}
          onChange={(company) => company && !companies.some((other) => other.id === company.id) && onChange([...companies, company])}
          search={searchCompanies}
          onCreate={quickCreateCompany}
          createLabel={(name) => t('companies.createNamed', { name })}
          excludeIds={companies.map((company) => company.id)}
        />
      )}
    </div>
  );
}
