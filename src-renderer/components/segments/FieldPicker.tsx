import type { TFunction } from 'i18next';
import { Plus } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { segmentFields, segmentRelations, type FieldSpec, type RelationSpec } from '../../../src-shared/domain/segments/catalogue';
import type { RecordKind } from '../../../src-shared/domain/segments/types';
import { matchesWords } from '../../lib/text-match';
import { Popover } from '../Popover';
import { fieldLabel, relationLabel } from './catalogue-text';

/** What the user picked: a field of the group's record, or a related record ("has a deal where amount…", "has no activity"). */
export type FieldPick = { type: 'field'; field: string } | { type: 'related'; relation: string; quantifier: 'some' | 'none'; field: string | null };

type Item = { key: string; label: string; pick: FieldPick };
type Section = { key: string; title: string; items: Item[] };

function sectionsOf(kind: RecordKind, t: TFunction): Section[] {
  const own: Section = {
    key: kind,
    title: t(`segments.entities.${kind}`),
    items: (segmentFields[kind] as readonly FieldSpec[]).map((field) => ({ key: field.key, label: fieldLabel(t, kind, field.key), pick: { type: 'field', field: field.key } })),
  };
  const related = (segmentRelations[kind] as readonly RelationSpec[]).map((relation): Section => {
    const name = relationLabel(t, kind, relation.key);
    return {
      key: `related-${relation.key}`,
      title: name,
      items: [
        { key: 'some', label: t('segments.quantifiers.someEmpty', { relation: name }), pick: { type: 'related', relation: relation.key, quantifier: 'some', field: null } },
        { key: 'none', label: t('segments.quantifiers.noneEmpty', { relation: name }), pick: { type: 'related', relation: relation.key, quantifier: 'none', field: null } },
        ...(segmentFields[relation.target] as readonly FieldSpec[]).map(
          (field): Item => ({
            key: field.key,
            label: fieldLabel(t, relation.target, field.key),
            pick: { type: 'related', relation: relation.key, quantifier: 'some', field: field.key },
          }),
        ),
      ],
    };
  });
  return [own, ...related];
}

/**
 * "Add a condition": the fields of the group's record and of its related records, grouped by
 * record and searchable (accents and case aside). ↓ from the search goes to the list.
 */
export function FieldPicker({ kind, onPick, testId }: { kind: RecordKind; onPick: (pick: FieldPick) => void; testId?: string }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const sections = sectionsOf(kind, t)
    .map((section) => ({ ...section, items: section.items.filter((item) => matchesWords(`${section.title} ${item.label}`, query)) }))
    .filter((section) => section.items.length > 0);
  const toList = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    event.currentTarget.closest('.segment-field-picker')?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
  };
  return (
    <Popover
      label={t('segments.actions.addCondition')}
      testId={testId}
      buttonClassName="btn btn-ghost btn-sm"
      button={
        <>
          <Plus size={14} />
          <span className="btn-label">{t('segments.actions.addCondition')}</span>
        </>
      }
    >
      {(close) => (
        <div className="segment-field-picker">
          <input
            className="input input-sm"
            value={query}
            placeholder={t('segmentBuilder.fields.search')}
            aria-label={t('segmentBuilder.fields.search')}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={toList}
            data-testid="segment-field-search"
          />
          <div className="segment-field-list" role="menu" aria-label={t('segments.actions.addCondition')}>
            {sections.map((section) => (
              <div key={section.key} role="group" aria-label={section.title}>
                <div className="segment-field-heading" aria-hidden="true">
                  {section.title}
                </div>
                {section.items.map((item) => (
                  <button
                    key={item.key}
                    type="button"
                    role="menuitem"
                    className="menu-item"
                    aria-label={section.key === kind ? item.label : `${section.title} – ${item.label}`}
                    onClick={() => {
                      onPick(item.pick);
                      setQuery('');
                      close();
                    }}
                  >
                    <span className="truncate">{item.label}</span>
                  </button>
                ))}
              </div>
            ))}
            {sections.length === 0 && <p className="menu-empty">{t('segmentBuilder.fields.noMatch', { query })}</p>}
          </div>
        </div>
      )}
    </Popover>
  );
}
