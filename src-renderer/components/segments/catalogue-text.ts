import type { TFunction } from 'i18next';
import { fieldLabelKey, optionLabelKey, relationLabelKey, type OptionSet } from '../../../src-shared/domain/segments/catalogue';
import type { RecordKind } from '../../../src-shared/domain/segments/types';

/**
 * Labels of the segment catalogue (fields, related records, options). Their keys are built from
 * the catalogue's names (`segments.fields.<kind>.<key>`), which the typed `t` cannot follow; the
 * catalogue's i18n test checks that every one exists in both languages.
 */
type LooseT = (key: string, options?: Record<string, unknown>) => string;
const loose = (t: TFunction): LooseT => t as unknown as LooseT;

export function fieldLabel(t: TFunction, kind: RecordKind, key: string): string {
  return loose(t)(fieldLabelKey(kind, key));
}

export function relationLabel(t: TFunction, kind: RecordKind, key: string): string {
  return loose(t)(relationLabelKey(kind, key));
}

export function optionLabel(t: TFunction, set: OptionSet, value: string): string {
  return loose(t)(optionLabelKey(set, value));
}
