import { X } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findField, segmentFields, type FieldSpec } from '../../../src-shared/domain/segments/catalogue';
import { operatorsFor, valueKindOf } from '../../../src-shared/domain/segments/operators';
import type { SegmentIssue } from '../../../src-shared/domain/segments/check';
import type { ConditionValue, RecordKind, SegmentCondition, SegmentOperator } from '../../../src-shared/domain/segments/types';
import { IconButton } from '../Button';
import { fieldLabel } from './catalogue-text';
import { withField, withOperator } from './definition-edit';
import { issueText } from './issue-text';
import { ValueEditor } from './ValueEditor';

type ConditionRowProps = {
  kind: RecordKind;
  condition: SegmentCondition;
  issues: readonly SegmentIssue[];
  currency: string;
  /** Show the problems even before the user left the condition (they tried to save). */
  reveal: boolean;
  onChange: (condition: SegmentCondition) => void;
  onRemove: () => void;
};

/** One comparison: field, operator fitting its type, value fitting the operator; its problems under it. */
export function ConditionRow({ kind, condition, issues, currency, reveal, onChange, onRemove }: ConditionRowProps) {
  const { t } = useTranslation();
  // A new condition is incomplete: say so once the user has left it, not while they type.
  const [left, setLeft] = useState(false);
  const field = findField(kind, condition.field);
  const fieldName = field ? fieldLabel(t, kind, field.key) : condition.field;
  const operatorLabel = (operator: SegmentOperator) =>
    field?.type === 'tag' && (operator === 'in' || operator === 'notIn' || operator === 'isEmpty' || operator === 'isNotEmpty') ? t(`segments.tagOperators.${operator}`) : t(`segments.operators.${operator}`);
  const valueKind = field ? valueKindOf(field.type, condition.operator) : null;
  const messages = (reveal || left ? issues : []).map((issue) => issueText(t, issue, issue.path.endsWith('.value') ? valueKind : null));
  const invalid = messages.length > 0 && issues.some((issue) => issue.path.endsWith('.value'));
  return (
    <div
      className={`segment-condition ${messages.length > 0 ? 'segment-condition-invalid' : ''}`}
      data-testid="segment-condition"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null) && !event.currentTarget.querySelector('[aria-expanded="true"]')) setLeft(true);
      }}
    >
      <div className="segment-condition-line">
        <select
          className="input select input-sm segment-field"
          value={condition.field}
          aria-label={t('segmentBuilder.condition.field')}
          onChange={(event) => onChange(withField(condition, kind, event.target.value, currency))}
        >
          {!field && <option value={condition.field}>{condition.field}</option>}
          {(segmentFields[kind] as readonly FieldSpec[]).map((candidate) => (
            <option key={candidate.key} value={candidate.key}>
              {fieldLabel(t, kind, candidate.key)}
            </option>
          ))}
        </select>
        {field && (
          <select
            className="input select input-sm segment-operator"
            value={condition.operator}
            aria-label={t('segmentBuilder.condition.operator', { field: fieldName })}
            onChange={(event) => onChange(withOperator(condition, kind, event.target.value as SegmentOperator, currency))}
          >
            {operatorsFor(field.type).map((operator) => (
              <option key={operator} value={operator}>
                {operatorLabel(operator)}
              </option>
            ))}
          </select>
        )}
        {field && valueKind && (
          <ValueEditor
            field={field}
            kind={valueKind}
            value={condition.value}
            label={fieldName}
            invalid={invalid}
            onChange={(value: ConditionValue) => onChange({ ...condition, value })}
          />
        )}
        <IconButton size="sm" label={t('segmentBuilder.condition.remove', { field: fieldName })} icon={<X size={14} />} onClick={onRemove} />
      </div>
      {messages.length > 0 && (
        <div className="field-error" role="alert" data-testid="segment-condition-error">
          {messages.join(' ')}
        </div>
      )}
    </div>
  );
}
