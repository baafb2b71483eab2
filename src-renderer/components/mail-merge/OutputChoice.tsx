import { useTranslation } from 'react-i18next';
import { labelSizeIds, labelSizes, labelsPerSheet, type LabelSizeId } from '../../../src-shared/domain/mail-merge';
import { useLanguage } from '../../i18n/use-language';
import { formatNumber } from '../../lib/format';
import { SelectField } from '../Field';

export type MergeOutputKind = 'document' | 'files' | 'labels';

type OutputChoiceProps = {
  output: MergeOutputKind;
  onOutput: (output: MergeOutputKind) => void;
  labelSize: LabelSizeId;
  onLabelSize: (size: LabelSizeId) => void;
  disabled: boolean;
};

const outputs = [
  { kind: 'document', label: 'mailMerge.dialog.outputDocument' },
  { kind: 'files', label: 'mailMerge.dialog.outputFiles' },
  { kind: 'labels', label: 'mailMerge.dialog.outputLabels' },
] as const satisfies readonly { kind: MergeOutputKind; label: string }[];

/** One document, one file per recipient, or address labels on sheets of a chosen size. */
export function OutputChoice({ output, onOutput, labelSize, onLabelSize, disabled }: OutputChoiceProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const sizeOptions = labelSizeIds.map((id) => {
    const size = labelSizes[id];
    return { value: id, label: t('mailMerge.dialog.labelSizeOption', { id, count: labelsPerSheet(size), width: formatNumber(lang, size.widthMm), height: formatNumber(lang, size.heightMm) }) };
  });
  return (
    <fieldset className="merge-section" disabled={disabled}>
      <legend className="merge-section-title">{t('mailMerge.dialog.output')}</legend>
      {outputs.map((choice) => (
        <label key={choice.kind} className="merge-choice">
          <input type="radio" name="merge-output" checked={output === choice.kind} onChange={() => onOutput(choice.kind)} data-testid={`merge-output-${choice.kind}`} />
          <span>{t(choice.label)}</span>
        </label>
      ))}
      {output === 'labels' && (
        <div className="merge-choice-body">
          <SelectField label={t('mailMerge.dialog.labelSize')} value={labelSize} options={sizeOptions} onChange={(value) => value && onLabelSize(value)} />
        </div>
      )}
    </fieldset>
  );
}
