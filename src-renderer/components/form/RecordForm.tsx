import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-shared/contract/errors';
import { isClientError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import { issueMap } from '../../lib/field-issues';
import type { TagChanges } from '../../stores/tag-actions';
import { useProfileStore } from '../../stores/profile-store';
import { navigate } from '../../stores/router-store';
import { Button } from '../Button';
import { SidePanel } from '../SidePanel';
import { focusFirstIssue, useDraft } from './use-draft';

export type FormMode = 'create' | 'edit';

/** How a kind of record (contact, company) is loaded, checked and saved by its form. */
export type RecordFormKind<D extends { tagIds: string[] }, R extends { id: string; tags: readonly { id: string }[] }> = {
  kind: 'contact' | 'company' | 'deal';
  load: (id: string) => Promise<R>;
  draftFrom: (record: R) => D;
  validate: (draft: D, mode: FormMode) => FieldIssue[];
  /** The core's field issues (paths in what was sent) on the form's fields. */
  serverIssues: (draft: D, issues: readonly FieldIssue[]) => FieldIssue[];
  create: (draft: D) => Promise<{ id: string }>;
  update: (id: string, draft: D, tags: TagChanges) => Promise<unknown>;
};

export type FormFieldsProps<D> = {
  draft: D;
  change: (patch: Partial<D>) => void;
  errorFor: (path: string) => string | null;
};

type RecordFormProps<D extends { tagIds: string[] }, R extends { id: string; tags: readonly { id: string }[] }> = {
  form: RecordFormKind<D, R>;
  /** The record to edit; none to create one. */
  id?: string;
  /** The draft a new record starts from, owned by the current user. */
  emptyDraft: (ownerId: string) => D;
  fields: (props: FormFieldsProps<D>, mode: FormMode) => ReactNode;
  onClose: () => void;
};

const titles = {
  contact: { create: 'form.createContact', edit: 'form.editContact' },
  company: { create: 'form.createCompany', edit: 'form.editCompany' },
  deal: { create: 'sales.form.create', edit: 'sales.form.edit' },
} as const;

/** Creates or edits a record in the side panel, validated with the contract's schema. */
export function RecordForm<D extends { tagIds: string[] }, R extends { id: string; tags: readonly { id: string }[] }>(
  props: RecordFormProps<D, R>,
) {
  const { form: kind, id, emptyDraft, fields, onClose } = props;
  const { t } = useTranslation();
  const mode: FormMode = id ? 'edit' : 'create';
  const userId = useProfileStore((state) => state.profile?.user.id ?? '');
  const validate = useCallback((draft: D) => kind.validate(draft, mode), [kind, mode]);
  const form = useDraft<D>(() => emptyDraft(userId), validate);
  const [original, setOriginal] = useState<R | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const { setDraft } = form;

  useEffect(() => {
    if (!id) return;
    kind.load(id).then(
      (record) => {
        setOriginal(record);
        setDraft(kind.draftFrom(record));
      },
      (error: unknown) => setLoadError(error),
    );
  }, [kind, id, setDraft]);

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
        const created = await kind.create(form.draft);
        onClose();
        navigate({ name: kind.kind, id: created.id });
      } else if (original) {
        const before = original.tags.map((tag) => tag.id);
        await kind.update(original.id, form.draft, {
          add: form.draft.tagIds.filter((tagId) => !before.includes(tagId)),
          remove: before.filter((tagId) => !form.draft.tagIds.includes(tagId)),
        });
        onClose();
      }
    } catch (error) {
      if (isClientError(error) && error.body.code === 'validation' && error.body.issues?.length) {
        const issues = kind.serverIssues(form.draft, error.body.issues);
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
      title={t(titles[kind.kind][mode])}
      onCancel={onClose}
      onSave={() => void save()}
      testId={`${kind.kind}-form`}
      footer={
        <>
          <span className="form-footer-hint">
            {issueCount > 0 ? <span className="form-issue-count">{t('form.fixErrors', { count: issueCount })}</span> : t('form.shortcutsHint')}
          </span>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()} busy={saving} data-testid={`save-${kind.kind}`}>
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
            {fields({ draft: form.draft, change: form.change, errorFor: form.errorFor }, mode)}
          </form>
        )}
      </div>
    </SidePanel>
  );
}
