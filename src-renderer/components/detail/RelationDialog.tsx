import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelationKind } from '../../../src-shared/contract/inputs/relations';
import { SelectField, TextField } from '../Field';
import { FormDialog, useDialogSubmit } from '../FormDialog';
import { RecordPicker, type PickedRecord } from '../RecordPicker';
import { searchContacts } from '../record-search';

/** A relation as the user reads it from this contact: kind plus which way it points. */
export const relationChoices = [
  { value: 'reports_to:out', kind: 'reports_to', outgoing: true, key: 'reportsTo' },
  { value: 'reports_to:in', kind: 'reports_to', outgoing: false, key: 'manages' },
  { value: 'referral:out', kind: 'referral', outgoing: true, key: 'referral' },
  { value: 'referral:in', kind: 'referral', outgoing: false, key: 'referredBy' },
  { value: 'colleague:out', kind: 'colleague', outgoing: true, key: 'colleague' },
  { value: 'family:out', kind: 'family', outgoing: true, key: 'family' },
] as const satisfies readonly { value: string; kind: RelationKind; outgoing: boolean; key: string }[];

type ChoiceValue = (typeof relationChoices)[number]['value'];

export type RelationValues = { other: PickedRecord; kind: RelationKind; outgoing: boolean; note: string };

type RelationDialogProps = {
  contactName: string;
  excludeIds: readonly string[];
  onSubmit: (values: RelationValues) => Promise<boolean>;
  onClose: () => void;
};

/** "<this contact> reports to… / was referred by… <other contact>". */
export function RelationDialog({ contactName, excludeIds, onSubmit, onClose }: RelationDialogProps) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<ChoiceValue>('reports_to:out');
  const [other, setOther] = useState<PickedRecord | null>(null);
  const [note, setNote] = useState('');
  const { busy, tried, submit } = useDialogSubmit(onClose);
  const selected = relationChoices.find((candidate) => candidate.value === choice) ?? relationChoices[0];

  const send = () => void submit(other ? () => onSubmit({ other, kind: selected.kind, outgoing: selected.outgoing, note }) : null);

  return (
    <FormDialog
      title={t('detail.addRelation')}
      onClose={onClose}
      submitLabel={t('common.add')}
      onSubmit={send}
      busy={busy}
      disabled={!other}
      formClassName="dialog-form"
    >
      <p className="dialog-subject">{contactName}</p>
      <SelectField
        label={t('fields.relation.kind')}
        value={choice}
        options={relationChoices.map((option) => ({ value: option.value, label: t(`relations.choose.${option.key}`) }))}
        onChange={(value) => value && setChoice(value)}
      />
      <RecordPicker
        label={t('fields.relation.contact')}
        placeholder={t('form.chooseContact')}
        value={other}
        onChange={setOther}
        search={searchContacts}
        excludeIds={excludeIds}
        error={tried && !other ? t('errors.field.required') : null}
      />
      <TextField label={t('fields.relation.note')} value={note} onChange={setNote} maxLength={500} />
    </FormDialog>
  );
}
