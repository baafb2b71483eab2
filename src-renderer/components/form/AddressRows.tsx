import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { addressKinds } from '../../../src-shared/contract/inputs/companies';
import { newAddress, type AddressDraft } from '../../lib/company-draft';
import { Button, IconButton } from '../Button';
import { SelectField, TextField } from '../Field';

type AddressRowsProps = {
  rows: AddressDraft[];
  onChange: (rows: AddressDraft[]) => void;
  errorFor: (path: string) => string | null;
  max?: number;
};

/** A company's addresses (head office, billing, delivery…), up to five. */
export function AddressRows({ rows, onChange, errorFor, max = 5 }: AddressRowsProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AddressDraft>) =>
    onChange(rows.map((row, position) => (position === index ? { ...row, ...patch } : row)));
  return (
    <div className="entry-rows">
      {rows.map((row, index) => (
        <fieldset key={row.key} className="address-row">
          <legend className="visually-hidden">{`${t('fields.company.addresses')} ${index + 1}`}</legend>
          <div className="address-row-head">
            <SelectField
              label={t('fields.address.kind')}
              fieldClassName="entry-label"
              value={row.kind}
              options={addressKinds.map((value) => ({ value, label: t(`enums.addressKind.${value}`) }))}
              onChange={(kind) => kind && update(index, { kind })}
            />
            <IconButton
              className="entry-remove"
              label={t('form.removeEntry')}
              icon={<X size={14} />}
              onClick={() => onChange(rows.length > 1 ? rows.filter((_, position) => position !== index) : [newAddress()])}
            />
          </div>
          <TextField
            label={t('fields.address.street')}
            value={row.street}
            path={`addresses.${index}.street`}
            error={errorFor(`addresses.${index}.street`)}
            onChange={(street) => update(index, { street })}
            maxLength={300}
          />
          <div className="form-grid form-grid-address">
            <TextField
              label={t('fields.address.postcode')}
              value={row.postcode}
              path={`addresses.${index}.postcode`}
              error={errorFor(`addresses.${index}.postcode`)}
              onChange={(postcode) => update(index, { postcode })}
              maxLength={20}
            />
            <TextField
              label={t('fields.address.city')}
              value={row.city}
              path={`addresses.${index}.city`}
              error={errorFor(`addresses.${index}.city`)}
              onChange={(city) => update(index, { city })}
              maxLength={100}
            />
            <TextField
              label={t('fields.address.country')}
              value={row.country}
              path={`addresses.${index}.country`}
              error={errorFor(`addresses.${index}.country`)}
              hint={t('form.countryHint')}
              onChange={(country) => update(index, { country: country.toUpperCase() })}
              maxLength={2}
            />
          </div>
        </fieldset>
      ))}
      {rows.length < max && (
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => onChange([...rows, newAddress(rows.length === 0 ? 'head_office' : 'billing')])}>
          {t('form.addAddress')}
        </Button>
      )}
    </div>
  );
}
