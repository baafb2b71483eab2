import { RotateCcw, Trash2 } from 'lucide-react';
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
import { timingSummary } from '../../lib/agenda-format';
import { issueMap } from '../../lib/field-issues';
import { occurrenceChangeOf, occurrenceChanges, occurrenceDraftOf, overrideOf, seriesUpdateOf, type OccurrenceChanges } from '../../lib/occurrence-edit';
import { useLanguage } from '../../i18n/use-language';
import {
  cancelOccurrence,
  createActivity,
  deleteActivity,
  editOccurrence,
  updateActivity,
  type ActivityDialogRequest,
} from '../../stores/activity-dialog-store';
import { useProfileStore } from '../../stores/profile-store';
import { Button } from '../Button';
import { focusFirstIssue, useDraft } from '../form/use-draft';
import { SidePanel } from '../SidePanel';
import { ActivityFormFields } from './ActivityFormFields';
import { SeriesScopeDialog, type SeriesScope } from './SeriesScopeDialog';
import { useLinkedNames } from './use-linked-names';

type ActivityDialogProps = { request: ActivityDialogRequest; onClose: () => void };

/** The question asked when an occurrence of a series is saved or deleted: this one, or the series? */
type Asking = { action: 'save'; changes: OccurrenceChanges } | { action: 'delete' };

/**
 * Creates or edits an activity of any kind in the side panel. Opened on one occurrence of a
 * series (from the agenda), it shows that occurrence, and asks whether a save or a delete is
 * for this occurrence only or for the whole series.
 */
export function ActivityDialog({ request, onClose }: ActivityDialogProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const mode = request.activityId ? 'edit' : 'create';
  const userId = useProfileStore((state) => state.profile?.user.id ?? '');
  const validate = useCallback((draft: ActivityDraft) => validateActivityDraft(draft, mode), [mode]);
  const form = useDraft<ActivityDraft>(
    () => emptyActivityDraft({ kind: request.kind, timing: request.timing, subject: request.subject }, { ownerId: userId, timeZone: userTimeZone(), now: new Date() }),
    validate,
  );
  const [original, setOriginal] = useState<Activity | null>(null);
  /** The occurrence's draft as it opened, when the dialog is on one occurrence of a series. */
  const [openedOccurrence, setOpenedOccurrence] = useState<ActivityDraft | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
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
        if (request.occurrence && activity.recurrence) {
          const opened = occurrenceDraftOf(activity, request.occurrence, userTimeZone());
          setOpenedOccurrence(opened);
          setDraft(opened);
        } else setDraft(activityDraftFrom(activity, userTimeZone()));
      },
      (error: unknown) => setLoadError(error),
    );
  }, [request.activityId, request.occurrence, setDraft]);

  useLinkedNames(request, useCallback((links) => setDraft((draft) => ({ ...draft, ...links })), [setDraft]));

  const errorFor = (path: string): string | null => {
    const code = form.issues[path];
    if (!code) return null;
    return t(activityIssueKey(path, code) ?? `errors.field.${code}`);
  };

  const occurrence = openedOccurrence && request.occurrence ? request.occurrence : null;

  /** Sends a save, then closes; the core's field issues go back onto the fields. */
  const run = async (send: () => Promise<unknown>) => {
    setSaving(true);
    try {
      await send();
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

  const save = async () => {
    if (saving || (mode === 'edit' && !original)) return;
    setFormError(null);
    if (!form.check()) {
      window.setTimeout(() => focusFirstIssue(body.current, issueMap(validate(form.draft))), 0);
      return;
    }
    if (original && occurrence && openedOccurrence) {
      const changes = occurrenceChanges(openedOccurrence, form.draft);
      if (changes.any) setAsking({ action: 'save', changes });
      else onClose();
      return;
    }
    await run(() =>
      original
        ? updateActivity(activityUpdateInputOf(original.id, form.draft), original.kind === 'task' ? form.draft.done : undefined)
        : createActivity(activityCreateInputOf(form.draft)),
    );
  };

  const remove = async () => {
    if (original && occurrence) setAsking({ action: 'delete' });
    else if (original && (await deleteActivity(original))) onClose();
  };

  const subjectShown = openedOccurrence?.subject ?? original?.subject ?? '';
  const seriesUpdate = original && occurrence && asking?.action === 'save' ? seriesUpdateOf(original, occurrence, form.draft, asking.changes) : null;

  const choose = async (scope: SeriesScope) => {
    if (!original || !occurrence || !asking) return;
    setAsking(null);
    if (asking.action === 'delete') {
      if (scope === 'series' ? await deleteActivity(original) : await cancelOccurrence(original, occurrence.key, subjectShown)) onClose();
      return;
    }
    if (scope === 'series' && seriesUpdate) await run(() => updateActivity(seriesUpdate));
    else if (scope === 'occurrence') await run(() => editOccurrence(original.id, occurrence.key, occurrenceChangeOf(asking.changes), form.draft.subject));
  };

  const edited = original && occurrence ? overrideOf(original, occurrence.key) : null;
  const restore = () => {
    if (original && occurrence) void run(() => editOccurrence(original.id, occurrence.key, { restore: true }, original.subject));
  };

  const issueCount = Object.keys(form.issues).length;
  return (
    <>
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
            {edited && (
              <Button variant="ghost" icon={<RotateCcw size={14} />} onClick={restore} disabled={saving} data-testid="restore-occurrence">
                {t('agenda.activity.occurrence.restore')}
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
          {occurrence && (
            <p className="muted small" data-testid="occurrence-banner">
              {t('agenda.activity.occurrence.banner', { date: timingSummary(language, occurrence.timing) })}
              {edited && ` ${t('agenda.activity.occurrence.edited')}`}
            </p>
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
        {asking && (
          <SeriesScopeDialog
            action={asking.action}
            subject={subjectShown}
            occurrenceUnavailable={asking.action === 'save' && !asking.changes.occurrenceCan ? t('agenda.activity.occurrence.seriesOnly') : null}
            seriesUnavailable={asking.action === 'save' && !seriesUpdate ? t('agenda.activity.occurrence.seriesUnavailable') : null}
            onChoose={(scope) => void choose(scope)}
            onCancel={() => setAsking(null)}
          />
        )}
    </>
  );
}
