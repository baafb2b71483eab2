import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CompanyDetail } from '../../../src-shared/domain/records';
import { invoke, isClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { focusFirstIssue, useDraft } from '../../components/form/use-draft';
import { SidePanel } from '../../components/SidePanel';
import { errorMessage } from '../../i18n/error-message';
import {
  companyCreateInput,
  companyDraftFrom,
  companyServerIssues,
  companyUpdateInput,
  emptyCompanyDraft,
  validateCompanyDraft,
  type CompanyDraft,
} from '../../lib/company-draft';
import { issueMap } from '../../lib/field-issues';
import { createCompany, updateCompany } from '../../stores/company-actions';
import { useProfileStore } from '../../stores/profile-store';
import { navigate } from '../../stores/router-store';
import { CompanyFormFields } from './CompanyFormFields';

type CompanyFormProps = { id?: string; name?: string; onClose: () => void };

/** Creates or edits a company in the side panel, validated with the contract's schema. */
export function CompanyForm({ id, name, onClose }: CompanyFormProps) {
  const { t } = useTranslation();
  const mode = id ? 'edit' : 'create';
  const userId = useProfileStore((state) => state.profile?.user.id ?? '');
  const validate = useCallback((draft: CompanyDraft) => validateCompanyDraft(draft, mode), [mode]);
  const form = useDraft<CompanyDraft>(() => emptyCompanyDraft(userId, name ?? ''), validate);
  const [original, setOriginal] = useState<CompanyDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const { setDraft } = form;

  useEffect(() => {
    if (!id) return;
    invoke('companies.get', { id }).then(
      (company) => {
        setOriginal(company);
        setDraft(companyDraftFrom(company));
      },
      (error: unknown) => setLoadError(error),
    );
  }, [id, setDraft]);

  const save = async () => {
    if (saving || (mode === 'edit' && !original)) return;
    setFormError(null);
    if (!form.check()) {
      window.setTimeout(() => focusFirstIssue(body.current, issueMap(validate(form.draft))), 0);
      return;
    }
    setSaving(true);
    try {
      if (mode === 'create') {
        const created = await createCompany(companyCreateInput(form.draft));
        onClose();
        navigate({ name: 'company', id: created.id });
      } else if (original) {
        const before = original.tags.map((tag) => tag.id);
        await updateCompany(companyUpdateInput(original.id, form.draft), {
          add: form.draft.tagIds.filter((tagId) => !before.includes(tagId)),
          remove: before.filter((tagId) => !form.draft.tagIds.includes(tagId)),
        });
        onClose();
      }
    } catch (error) {
      if (isClientError(error) && error.body.code === 'validation' && error.body.issues?.length) {
        const issues = companyServerIssues(form.draft, error.body.issues);
        form.showServerIssues(issues);
        window.setTimeout(() => focusFirstIssue(body.current, issueMap(issues)), 0);
      }
      setFormError(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  const issueCount = Object.keys(form.issues).length;
  return (
    <SidePanel
      title={mode === 'create' ? t('form.createCompany') : t('form.editCompany')}
      onCancel={onClose}
      onSave={() => void save()}
      testId="company-form"
      footer={
        <>
          <span className="form-footer-hint">
            {issueCount > 0 ? <span className="form-issue-count">{t('form.fixErrors', { count: issueCount })}</span> : t('form.shortcutsHint')}
          </span>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()} busy={saving} data-testid="save-company">
            {saving ? t('common.saving') : t('common.save')}
          </Button>
        </>
      }
    >
      <div ref={body}>
        {formError && (
          <div className="form-error" role="alert" data-testid="form-error">
            {formError}
          </div>
        )}
        {loadError !== null ? (
          <div className="form-error" role="alert">
            {errorMessage(t, loadError)}
          </div>
        ) : mode === 'edit' && !original ? (
          <p className="muted">{t('common.loading')}</p>
        ) : (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <CompanyFormFields draft={form.draft} change={form.change} errorFor={form.errorFor} selfId={id} />
          </form>
        )}
      </div>
    </SidePanel>
  );
}
