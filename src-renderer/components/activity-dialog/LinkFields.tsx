import { useTranslation } from 'react-i18next';
import { useReferenceStore } from '../../stores/reference-store';
import { SelectField } from '../Field';
import { ScopeField } from '../form/ScopeField';
import { RecordPicker } from '../RecordPicker';
import { searchCompanies, searchContacts } from '../record-search';
import type { ActivityFieldsProps } from './ActivityFormFields';
import { searchDeals } from './search-deals';

/** What the activity is about: a contact, a company, a deal (any of them). */
export function LinkFields({ draft, change, errorFor }: ActivityFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <RecordPicker
        label={t('agenda.activity.fields.contact')}
        placeholder={t('agenda.activity.placeholders.contact')}
        value={draft.contact}
        onChange={(contact) => change({ contact })}
        search={searchContacts}
        path="contact"
        error={errorFor('contact')}
      />
      <RecordPicker
        label={t('agenda.activity.fields.company')}
        placeholder={t('agenda.activity.placeholders.company')}
        value={draft.company}
        onChange={(company) => change({ company })}
        search={searchCompanies}
        path="company"
        error={errorFor('company')}
      />
      <RecordPicker
        label={t('agenda.activity.fields.deal')}
        placeholder={t('agenda.activity.placeholders.deal')}
        value={draft.deal}
        onChange={(deal) => change({ deal })}
        search={searchDeals}
        path="deal"
        error={errorFor('deal')}
      />
    </>
  );
}

/** Whose activity it is, and who sees it (private: others see "busy" only). */
export function SharingFields({ draft, change, errorFor }: ActivityFieldsProps) {
  const { t } = useTranslation();
  const users = useReferenceStore((state) => state.users);
  return (
    <div className="form-grid">
      <SelectField
        label={t('agenda.activity.fields.owner')}
        value={draft.ownerId}
        options={users.map((user) => ({ value: user.id, label: user.displayName }))}
        onChange={(ownerId) => ownerId && change({ ownerId })}
        path="ownerId"
        error={errorFor('ownerId')}
      />
      <ScopeField value={draft.scope} onChange={(scope) => change({ scope })} error={errorFor('scope')} />
    </div>
  );
}
