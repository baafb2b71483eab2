import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-shared/contract/errors';
import { issueMap, type IssueMap } from '../../lib/field-issues';

/**
 * A form's draft and its issues. Issues show once the user tried to save, and are checked
 * again on every change from then on, so an error disappears as soon as it is fixed.
 */
export function useDraft<D>(initial: () => D, validate: (draft: D) => FieldIssue[]) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<D>(initial);
  const [issues, setIssues] = useState<IssueMap>({});
  const [checked, setChecked] = useState(false);
  const [dirty, setDirty] = useState(false);

  const change = useCallback(
    (patch: Partial<D>) => {
      setDirty(true);
      setDraft((current) => {
        const next = { ...current, ...patch };
        if (checked) setIssues(issueMap(validate(next)));
        return next;
      });
    },
    [checked, validate],
  );

  /** Validates now; returns true when the draft may be sent. */
  const check = useCallback((): boolean => {
    const found = issueMap(validate(draft));
    setChecked(true);
    setIssues(found);
    return Object.keys(found).length === 0;
  }, [draft, validate]);

  const showServerIssues = useCallback((found: readonly FieldIssue[]) => {
    setChecked(true);
    setIssues(issueMap(found));
  }, []);

  const errorFor = useCallback(
    (path: string): string | null => {
      const code = issues[path];
      return code ? t(`errors.field.${code}`) : null;
    },
    [issues, t],
  );

  return { draft, setDraft, change, issues, check, showServerIssues, errorFor, dirty };
}

/** Moves focus to the first field with an error (fields carry their path in data-field). */
export function focusFirstIssue(container: HTMLElement | null, issues: IssueMap): void {
  if (!container) return;
  const paths = Object.keys(issues);
  const fields = [...container.querySelectorAll<HTMLElement>('[data-field]')];
  const first = fields.find((field) => paths.includes(field.dataset.field ?? ''));
  first?.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
}
