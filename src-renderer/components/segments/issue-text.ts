import type { TFunction } from 'i18next';
import type { SegmentIssue } from '../../../src-shared/domain/segments/check';
import { segmentLimits } from '../../../src-shared/domain/segments/limits';
import type { ValueKind } from '../../../src-shared/domain/segments/operators';

/**
 * A problem of the definition in the user's language: a value says what it expects for its
 * operator ("Saisissez un montant, par exemple 10 000"), a bound says the limit.
 */
export function issueText(t: TFunction, issue: SegmentIssue, valueKind: ValueKind | null): string {
  switch (issue.code) {
    case 'invalid_value':
      return valueKind ? t(`segmentBuilder.errors.value.${valueKind}`, { max: segmentLimits.maxListItems, maxLength: segmentLimits.maxTextLength }) : t('segments.errors.invalid_value');
    case 'too_deep':
      return t('segments.errors.too_deep', { max: segmentLimits.maxDepth });
    case 'too_many_conditions':
      return t('segments.errors.too_many_conditions', { max: segmentLimits.maxConditions });
    case 'too_many_children':
      return t('segments.errors.too_many_children', { max: segmentLimits.maxChildren });
    default:
      return t(`segments.errors.${issue.code}`);
  }
}
