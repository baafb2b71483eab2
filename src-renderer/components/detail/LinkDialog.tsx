import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyLink } from '../../../src-shared/domain/records';
import { api } from '../../../src-shared/contract/api';
import { issueMap, schemaIssues } from '../../lib/field-issues';
import { Checkbox, TextField } from '../Field';
import { FormDialog, useDialogSubmit } from '../FormDialog';
import { RecordPicker, type PickedRecord, type PickerOption } from '../RecordPicker';

export type LinkValues = { other: PickedRecord; role: string; startDate: string; endDate: string; isPrimary: boolean };

type LinkDialogProps = {
  /** Which side the user picks: a company (from a contact) or a contact (from a company). */
  pick: 'company' | 'contact';
  search: (query: string) => Promise<PickerOption[]>;
  excludeIds: readonly string[];
  existing?: CompanyLink;
  onCreate?: (name: string) => Promise<PickedRecord | null>;
  onSubmit: (values: LinkValues) => Promise<boolean>;
  onClose: () => void;
};

/** Adds or edits a contact ↔ company link: the other side, role, period, primary company. */
export function LinkDialog({ pick, search, excludeIds, existing, onCreate, onSubmit, onClose }: LinkDialogProps) {
  const { t } = useTranslation();
  const initialOther = existing ? (pick === 'company' ? { id: existing.companyId, name: existing.companyName } : { id: existing.contactId, name: existing.contactName }) : null;
  const [other, setOther] = useState<PickedRecord | null>(initialOther);
  const [role, setRole] = useState(existing?.role ?? '');
  const [startDate, setStartDate] = useState(existing?.startDate ?? '');
  const [endDate, setEndDate] = useState(existing?.endDate ?? '');
  const [isPrimary, setIsPrimary] = useState(existing?.isPrimary ?? false);
  const { busy, tried, submit } = useDialogSubmit(onClose);

  const issues = issueMap(
    schemaIssues(api['links.update'].input, {
      id: '00000000-0000-0000-0000-000000000000',
      patch: { role, startDate: startDate || null, endDate: endDate || null, isPrimary },
    }).map((issue) => ({ ...issue, path: issue.path.replace(/^patch\./, '') })),
  );
  const periodInverted = Boolean(startDate && endDate && endDate < startDate);
  const errorFor = (path: string) => (tried && issues[path] ? t(`errors.field.${issues[path]}`) : null);

  const send = () =>
    void submit(other && Object.keys(issues).length === 0 && !periodInverted ? () => onSubmit({ other, role, startDate, endDate, isPrimary }) : null);

  const title = existing ? t('detail.editLink') : pick === 'company' ? t('detail.addLink') : t('detail.addContactLink');
  return (
    <FormDialog
      title={title}
      onClose={onClose}
      submitLabel={t('common.save')}
      onSubmit={send}
      busy={busy}
      disabled={!other}
      submitTestId="save-link"
      formClassName="dialog-form"
    >
      {existing ? (
        <p className="dialog-subject">{other?.name}</p>
      ) : (
        <RecordPicker
          label={pick === 'company' ? t('fields.link.company') : t('fields.link.contact')}
          placeholder={pick === 'company' ? t('form.chooseCompany') : t('form.chooseContact')}
          value={other}
          onChange={setOther}
          search={search}
          excludeIds={excludeIds}
          onCreate={onCreate}
          createLabel={(name) => t('companies.createNamed', { name })}
          error={tried && !other ? t('errors.field.required') : null}
          autoFocus
        />
      )}
      <TextField label={t('fields.link.role')} value={role} onChange={setRole} error={errorFor('role')} maxLength={100} data-testid="link-role" data-autofocus={existing ? true : undefined} />
      <div className="form-grid">
        <TextField label={t('fields.link.startDate')} type="date" value={startDate} onChange={setStartDate} error={errorFor('startDate')} />
        <TextField
          label={t('fields.link.endDate')}
          type="date"
          value={endDate}
          onChange={setEndDate}
          error={errorFor('endDate') ?? (tried && periodInverted ? t('errors.field.invalid_date') : null)}
        />
      </div>
      <Checkbox label={t('fields.link.isPrimary')} checked={isPrimary} onChange={setIsPrimary} />
    </FormDialog>
  );
}
