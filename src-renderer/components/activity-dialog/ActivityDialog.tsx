import { Trash2 } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../src-shared/domain/activities';
import { invoke, isClientError } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import {
  activityCreateInputOf,
  activityDraftFrom,
  activityUpdateInputOf,
  emptyActivityDraft,
  validateActivityDraft,
  type ActivityDraft,
} from '../../lib/activity-draft';
import { activityIssueKey, mapActivityIssues } from '../../lib/activity-issues';
import { userTimeZone } from '../../lib/agenda-dates';
import { issueMap } from '../../lib/field-issues';
import { createActivity, deleteActivity, updateActivity, type ActivityDialogRequest } from '../../stores/activity-dialog-store';
import { useProfileStore } from '../../stores/profile-store';
import { Button } from '../Button';
import { focusFirstIssue, useDraft } from '../form/use-draft';
import { SidePanel } from '../SidePanel';
import { ActivityFormFields } from './ActivityFormFields';
import { useLinkedNames } from './use-linked-names';

type ActivityDialogProps = { request: ActivityDialogRequest; onClose: () => void };

/** Creates or edits an activity of any kind in the side panel. */
export function ActivityDialog({ request, onClose }: ActivityDialogProps) {
  const { t } = useTranslation();
  const mode = request.activityId ? 'edit' : 'create';
  const userId = useProfileStore((state) => state.profile?.user.id ?? '');
  const validate = useCallback((draft: ActivityDraft) => validateActivityDraft(draft, mode), [mode]);
  const form = useDraft<ActivityDraft>(
    () => emptyActivityDraft({ kind: request.kind, timing: request.timing, subject: request.subject }, { ownerId: userId, timeZone: userTimeZone(), now: new Date() }),
    validate,
  );
  const [original, setOriginal] = useState<Activity | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const { setDraft } = form;

  useEffect(() => {
    if (!request.activityId) return;
    invoke('activities.get', { id: request.activityId }).then(
      (activity) => {
        setOriginal(activity);
        setDraft(activityDraftFrom(activity, userTimeZone()));
      },
      (error: unknown) => setLoadError(error),
    );
  }, [request.activityId, setDraft]);

  useLinkedNames(request, useCallback((links) => setDraft((draft) => ({ ...draft, ...links })), [setDraft]));

  const errorFor = (path: string): string | null => {
    const code = form.issues[path];
    if (!code) return null;
    return t(activityIssueKey(path, code) ?? `errors.field.${code}`);
  };

  const save = async () => {
    if (saving || (mode === 'edit' && !original)) return;
    setFormError(null);
    if (!form.check()) {
      window.setTimeout(() => focusFirstIssue(body.current, issueMap(validate(form.draft))), 0);
      return;
    }
    setSaving(true);
    try {
      if (original) await updateActivity(activityUpdateInputOf(original.id, form.draft), original.kind === 'task' ? form.draft.done : undefined);
      else await createActivity(activityCreateInputOf(form.draft));
      onClose();
    } catch (error) {
      if (isClientError(error) && error.body.code === 'validation' && error.body.issues?.length) {
        const issues = mapActivityIssues(error.body.issues);
        form.showServerIssues(issues);
        window.setTimeout(() => focusFirstIssue(body.current, issueMap(issues)), 0);
      }
      setFormError(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (original && (await deleteActivity(original))) onClose();
  };

  const issueCount = Object.keys(form.issues).length;
  return (
    <SidePanel
      title={t(mode === 'edit' ? 'agenda.activity.edit' : 'agenda.activity.create')}
      onCancel={onClose}
      onSave={() => void save()}
      testId="activity-dialog"
      footer={
        <>
          {original && (
            <Button variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={() => void remove()} data-testid="delete-activity">
              {t('common.delete')}
            </Button>
          )}
          <span className="form-footer-hint">
            {issueCount > 0 ? <span className="form-issue-count">{t('form.fixErrors', { count: issueCount })}</span> : t('form.shortcutsHint')}
          </span>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button variant="primary" onClick={() => void save()} busy={saving} data-testid="save-activity">
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
            <ActivityFormFields draft={form.draft} change={form.change} errorFor={errorFor} mode={mode} />
          </form>
        )}
      </div>
    </SidePanel>
  );
}
