import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { emailLabels } from '../../../src-shared/contract/inputs/common';
import { phoneLabels } from '../../../src-shared/domain/phone';
import { newEmail, newPhone, type EmailDraft, type PhoneDraft } from '../../lib/contact-draft';
import { Button, IconButton } from '../Button';
import { SelectField, TextField } from '../Field';

type RowsProps<R> = {
  rows: R[];
  onChange: (rows: R[]) => void;
  errorFor: (path: string) => string | null;
  max?: number;
};

function replace<R>(rows: R[], index: number, patch: Partial<R>): R[] {
  return rows.map((row, position) => (position === index ? { ...row, ...patch } : row));
}

/** Several emails, each with a label (work, personal, other). */
export function EmailRows({ rows, onChange, errorFor, max = 10 }: RowsProps<EmailDraft>) {
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
            options={emailLabels.map((value) => ({ value, label: t(`enums.emailLabel.${value}`) }))}
            onChange={(label) => label && onChange(replace(rows, index, { label }))}
          />
          <TextField
            label={index === 0 ? t('fields.contact.email') : `${t('fields.contact.email')} ${index + 1}`}
            fieldClassName="entry-value"
            labelHidden={index > 0}
            type="email"
            value={row.address}
            path={`emails.${index}.address`}
            error={errorFor(`emails.${index}.address`) ?? errorFor(`emails.${index}`)}
            onChange={(address) => onChange(replace(rows, index, { address }))}
            autoComplete="off"
            data-testid="email-input"
          />
          <IconButton
            className="entry-remove"
            label={t('form.removeEntry')}
            icon={<X size={14} />}
            onClick={() => onChange(rows.length > 1 ? rows.filter((_, position) => position !== index) : [newEmail()])}
          />
        </div>
      ))}
      {rows.length < max && (
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => onChange([...rows, newEmail()])}>
          {t('form.addEmail')}
        </Button>
      )}
    </div>
  );
}

/** Several phones, each with a label (mobile, work, home, fax, other). */
export function PhoneRows({ rows, onChange, errorFor, max = 10 }: RowsProps<PhoneDraft>) {
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
            options={phoneLabels.map((value) => ({ value, label: t(`enums.phoneLabel.${value}`) }))}
            onChange={(label) => label && onChange(replace(rows, index, { label }))}
          />
          <TextField
            label={index === 0 ? t('fields.contact.phone') : `${t('fields.contact.phone')} ${index + 1}`}
            fieldClassName="entry-value"
            labelHidden={index > 0}
            type="tel"
            value={row.number}
            path={`phones.${index}.number`}
            error={errorFor(`phones.${index}.number`) ?? errorFor(`phones.${index}`)}
            hint={index === rows.length - 1 ? t('form.phoneHint') : null}
            onChange={(number) => onChange(replace(rows, index, { number }))}
            autoComplete="off"
            data-testid="phone-input"
          />
          <IconButton
            className="entry-remove"
            label={t('form.removeEntry')}
            icon={<X size={14} />}
            onClick={() => onChange(rows.length > 1 ? rows.filter((_, position) => position !== index) : [newPhone()])}
          />
        </div>
      ))}
      {rows.length < max && (
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => onChange([...rows, newPhone()])}>
          {t('form.addPhone')}
        </Button>
      )}
    </div>
  );
}
