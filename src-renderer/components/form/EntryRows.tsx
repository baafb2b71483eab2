import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { emailLabels } from '../../../src-shared/contract/inputs/common';
import { phoneLabels } from '../../../src-shared/domain/phone';
import { newEmail, newPhone, type EmailDraft, type PhoneDraft } from '../../lib/entry-drafts';
import { Button, IconButton } from '../Button';
import { SelectField, TextField, type Option } from '../Field';

type RowsProps<R> = {
  rows: R[];
  onChange: (rows: R[]) => void;
  errorFor: (path: string) => string | null;
  max?: number;
};

export function replaceRow<R>(rows: R[], index: number, patch: Partial<R>): R[] {
  return rows.map((row, position) => (position === index ? { ...row, ...patch } : row));
}

/** Removes a row; the last one is emptied instead, so there is always a row to type in. */
export function RemoveRowButton<R>({ rows, index, onChange, newRow }: { rows: R[]; index: number; onChange: (rows: R[]) => void; newRow: () => R }) {
  const { t } = useTranslation();
  return (
    <IconButton
      className="entry-remove"
      label={t('form.removeEntry')}
      icon={<X size={14} />}
      onClick={() => onChange(rows.length > 1 ? rows.filter((_, position) => position !== index) : [newRow()])}
    />
  );
}

export function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={onClick}>
      {label}
    </Button>
  );
}

type EntryRowsProps<L extends string, K extends string, R extends { key: string; label: L } & Record<K, string>> = RowsProps<R> & {
  /** The list's form path ("emails") and the field each row types in ("address"). */
  path: string;
  valueField: K;
  labels: readonly Option<L>[];
  valueLabel: string;
  type: 'email' | 'tel';
  testId: string;
  addLabel: string;
  /** Shown under the last row. */
  hint?: string;
  newRow: () => R;
};

/** Several values of one kind (emails, phones), each with a label. */
function EntryRows<L extends string, K extends string, R extends { key: string; label: L } & Record<K, string>>(props: EntryRowsProps<L, K, R>) {
  const { rows, onChange, errorFor, max = 10, path, valueField, labels, valueLabel, type, testId, addLabel, hint, newRow } = props;
  const { t } = useTranslation();
  return (
    <div className="entry-rows">
      {rows.map((row, index) => (
        <div key={row.key} className="entry-row">
          <SelectField
            label={t('fields.entry.label')}
            fieldClassName="entry-label"
            labelHidden={index > 0}
            value={row.label}
            options={labels}
            onChange={(label) => label && onChange(replaceRow(rows, index, { label } as Partial<R>))}
          />
          <TextField
            label={index === 0 ? valueLabel : `${valueLabel} ${index + 1}`}
            fieldClassName="entry-value"
            labelHidden={index > 0}
            type={type}
            value={row[valueField]}
            path={`${path}.${index}.${valueField}`}
            error={errorFor(`${path}.${index}.${valueField}`) ?? errorFor(`${path}.${index}`)}
            hint={index === rows.length - 1 ? hint : null}
            onChange={(value) => onChange(replaceRow(rows, index, { [valueField]: value } as Partial<R>))}
            autoComplete="off"
            data-testid={testId}
          />
          <RemoveRowButton rows={rows} index={index} onChange={onChange} newRow={newRow} />
        </div>
      ))}
      {rows.length < max && <AddRowButton label={addLabel} onClick={() => onChange([...rows, newRow()])} />}
    </div>
  );
}

/** Several emails, each with a label (work, personal, other). */
export function EmailRows(props: RowsProps<EmailDraft>) {
  const { t } = useTranslation();
  return (
    <EntryRows
      {...props}
      path="emails"
      valueField="address"
      labels={emailLabels.map((value) => ({ value, label: t(`enums.emailLabel.${value}`) }))}
      valueLabel={t('fields.contact.email')}
      type="email"
      testId="email-input"
      addLabel={t('form.addEmail')}
      newRow={newEmail}
    />
  );
}

/** Several phones, each with a label (mobile, work, home, fax, other). */
export function PhoneRows(props: RowsProps<PhoneDraft>) {
  const { t } = useTranslation();
  return (
    <EntryRows
      {...props}
      path="phones"
      valueField="number"
      labels={phoneLabels.map((value) => ({ value, label: t(`enums.phoneLabel.${value}`) }))}
      valueLabel={t('fields.contact.phone')}
      type="tel"
      testId="phone-input"
      addLabel={t('form.addPhone')}
      hint={t('form.phoneHint')}
      newRow={newPhone}
    />
  );
}
