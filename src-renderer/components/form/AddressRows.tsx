import { useTranslation } from 'react-i18next';
import { addressKinds } from '../../../src-shared/contract/inputs/companies';
import { newAddress, type AddressDraft } from '../../lib/company-draft';
import { SelectField, TextField } from '../Field';
import { AddRowButton, RemoveRowButton, replaceRow } from './EntryRows';

type AddressRowsProps = {
  rows: AddressDraft[];
  onChange: (rows: AddressDraft[]) => void;
  errorFor: (path: string) => string | null;
  max?: number;
};

type AddressLine = 'street' | 'postcode' | 'city' | 'country';

/** A company's addresses (head office, billing, delivery…), up to five. */
export function AddressRows({ rows, onChange, errorFor, max = 5 }: AddressRowsProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<AddressDraft>) => onChange(replaceRow(rows, index, patch));
  /** One typed part of an address; the country code is kept in capitals. */
  const line = (row: AddressDraft, index: number, name: AddressLine, maxLength: number, hint?: string) => (
    <TextField
      label={t(`fields.address.${name}`)}
      value={row[name]}
      path={`addresses.${index}.${name}`}
      error={errorFor(`addresses.${index}.${name}`)}
      hint={hint}
      onChange={(value) => update(index, { [name]: name === 'country' ? value.toUpperCase() : value })}
      maxLength={maxLength}
    />
  );
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
            <RemoveRowButton rows={rows} index={index} onChange={onChange} newRow={newAddress} />
          </div>
          {line(row, index, 'street', 300)}
          <div className="form-grid form-grid-address">
            {line(row, index, 'postcode', 20)}
            {line(row, index, 'city', 100)}
            {line(row, index, 'country', 2, t('form.countryHint'))}
          </div>
        </fieldset>
      ))}
      {rows.length < max && (
        <AddRowButton label={t('form.addAddress')} onClick={() => onChange([...rows, newAddress(rows.length === 0 ? 'head_office' : 'billing')])} />
      )}
    </div>
  );
}
