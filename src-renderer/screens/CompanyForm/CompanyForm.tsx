import type { CompanyDetail } from '../../../src-shared/domain/records';
import { invoke } from '../../api/client';
import { CompanyFormDuplicates } from '../../components/duplicates/FormDuplicates';
import { RecordForm, type RecordFormKind } from '../../components/form/RecordForm';
import {
  companyCreateInput,
  companyDraftFrom,
  companyServerIssues,
  companyUpdateInput,
  emptyCompanyDraft,
  validateCompanyDraft,
  type CompanyDraft,
} from '../../lib/company-draft';
import { createCompany, updateCompany } from '../../stores/company-actions';
import { CompanyFormFields } from './CompanyFormFields';

const companyForm: RecordFormKind<CompanyDraft, CompanyDetail> = {
  kind: 'company',
  load: (id) => invoke('companies.get', { id }),
  draftFrom: companyDraftFrom,
  validate: validateCompanyDraft,
  serverIssues: companyServerIssues,
  create: (draft) => createCompany(companyCreateInput(draft)),
  update: (id, draft, tags) => updateCompany(companyUpdateInput(id, draft), tags),
};

type CompanyFormProps = { id?: string; name?: string; onClose: () => void };

/** Creates or edits a company in the side panel; a new one may start with a name. */
export function CompanyForm({ id, name, onClose }: CompanyFormProps) {
  return (
    <RecordForm
      form={companyForm}
      id={id}
      emptyDraft={(ownerId) => emptyCompanyDraft(ownerId, name ?? '')}
      fields={(props) => (
        <>
          <CompanyFormDuplicates draft={props.draft} excludeId={id} onOpen={onClose} />
          <CompanyFormFields {...props} selfId={id} />
        </>
      )}
      onClose={onClose}
    />
  );
}
