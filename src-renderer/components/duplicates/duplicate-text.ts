import type { TFunction } from 'i18next';
import type {
  DuplicateEntity,
  DuplicateEvidence,
  DuplicateReason,
  DuplicateRecordSummary,
  LinkedCounts,
} from '../../../src-shared/domain/duplicates';
import { localeOf, type Language } from '../../../src-shared/i18n';
import { formatPhone } from '../../lib/format';

/** "même e-mail" / "same e-mail". */
export function reasonLabel(t: TFunction, reason: DuplicateReason): string {
  return t(`duplicates.ui.reason.${reason}`);
}

/** "même e-mail, même ville". */
export function reasonsText(t: TFunction, reasons: readonly DuplicateReason[]): string {
  return reasons.map((reason) => reasonLabel(t, reason)).join(', ');
}

/** "même téléphone : 06 12 34 56 78". */
export function evidenceText(t: TFunction, evidence: DuplicateEvidence): string {
  const value = evidence.reason === 'same_phone' ? formatPhone(evidence.value) : evidence.value;
  return t('duplicates.ui.evidence', { reason: reasonLabel(t, evidence.reason), value });
}

/** Where a record is, to tell it from a namesake: "ACME, Lyon". */
export function recordContext(record: Pick<DuplicateRecordSummary, 'companyName' | 'city'>): string {
  return [record.companyName, record.city].filter((part): part is string => !!part && part.trim() !== '').join(', ');
}

/** 0.923 → "92 %" / "92%". */
export function scorePercent(lang: Language, score: number): string {
  return new Intl.NumberFormat(localeOf[lang], { style: 'percent', maximumFractionDigits: 0 }).format(score);
}

export type ScoreLevel = 'high' | 'medium' | 'low';

/** How sure a match is, for its colour: almost certain, likely, worth a look. */
export function scoreLevel(score: number): ScoreLevel {
  if (score >= 0.85) return 'high';
  if (score >= 0.7) return 'medium';
  return 'low';
}

const countKinds = ['activities', 'deals', 'quotes', 'tags', 'relations', 'links', 'subsidiaries', 'priceLists'] as const;

/**
 * What hangs off a record, the kinds it has only: "3 activités, 1 affaire, 2 étiquettes". Empty
 * when nothing does.
 */
export function linkedCountsText(t: TFunction, entity: DuplicateEntity, counts: LinkedCounts): string {
  return countKinds
    .filter((kind) => counts[kind] > 0)
    .map((kind) => {
      const count = counts[kind];
      if (kind === 'links') return entity === 'contact' ? t('duplicates.ui.linked.companies', { count }) : t('duplicates.ui.linked.people', { count });
      return t(`duplicates.ui.linked.${kind}`, { count });
    })
    .join(', ');
}
