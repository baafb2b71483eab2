import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactDetail } from '../../../src-shared/domain/records';
import { invoke, isClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { focusFirstIssue, useDraft } from '../../components/form/use-draft';
import { SidePanel } from '../../components/SidePanel';
import { errorMessage } from '../../i18n/error-message';
import {
  contactCreateInput,
  contactDraftFrom,
  contactServerIssues,
  contactUpdateInput,
  emptyContactDraft,
  validateContactDraft,
  type ContactDraft,
} from '../../lib/contact-draft';
import { issueMap } from '../../lib/field-issues';
import { createContact, updateContact } from '../../stores/contact-actions';
import { useProfileStore } from '../../stores/profile-store';
import { navigate } from '../../stores/router-store';
import { ContactFormFields } from './ContactFormFields';

type ContactFormProps = { id?: string; company?: { id: string; name: string }; onClose: () => void };

/** Creates or edits a contact in the side panel, validated with the contract's schema. */
export function ContactForm({ id, company, onClose }: ContactFormProps) {
  const { t } = useTranslation();
  const mode = id ? 'edit' : 'create';
  const userId = useProfileStore((state) => state.profile?.user.id ?? '');
  const validate = useCallback((draft: ContactDraft) => validateContactDraft(draft, mode), [mode]);
  const form = useDraft<ContactDraft>(() => emptyContactDraft(userId, company ?? null), validate);
  const [original, setOriginal] = useState<ContactDetail | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const { setDraft } = form;

  useEffect(() => {
    if (!id) return;
    invoke('contacts.get', { id }).then(
      (contact) => {
        setOriginal(contact);
        setDraft(contactDraftFrom(contact));
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
        const created = await createContact(contactCreateInput(form.draft));
        onClose();
        navigate({ name: 'contact', id: created.id });
      } else if (original) {
        const before = original.tags.map((tag) => tag.id);
        await updateContact(contactUpdateInput(original.id, form.draft), {
          add: form.draft.tagIds.filter((tagId) => !before.includes(tagId)),
          remove: before.filter((tagId) => !form.draft.tagIds.includes(tagId)),
        });
        onClose();
      }
    } catch (error) {
      if (isClientError(error) && error.body.code === 'validation' && error.body.issues?.length) {
        const issues = contactServerIssues(form.draft, error.body.issues);
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
      title={mode === 'create' ? t('form.createContact') : t('form.editContact')}
      onCancel={onClose}
      onSave={() => void save()}
      testId="contact-form"
      footer={
        <>
          <span className="form-footer-hint">
            {issueCount > 0 ? <span className="form-issue-count">{t('form.fixErrors', { count: issueCount })}</span> : t('form.shortcutsHint')}
          </span>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()} busy={saving} data-testid="save-contact">
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
            <ContactFormFields draft={form.draft} change={form.change} errorFor={form.errorFor} mode={mode} />
          </form>
        )}
      </div>
    </SidePanel>
  );
}
