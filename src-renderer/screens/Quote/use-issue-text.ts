import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../../src-shared/contract/errors';
import { useQuoteEditorStore } from '../../stores/quote-editor-store';

/** The problem the core found with a field of the quote (by its contract path), in words; null when none. */
export function useIssueText(): (path: string) => string | null {
  const { t } = useTranslation();
  const issues = useQuoteEditorStore((state) => state.issues);
  return (path: string) => {
    const issue: FieldIssue | undefined = issues.find((candidate) => candidate.path === path);
    return issue ? t(`errors.field.${issue.code}`) : null;
  };
}
