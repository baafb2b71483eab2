import { ChevronDown } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldType } from '../../../src-shared/domain/segments/types';
import { matchesWords } from '../../lib/text-match';
import { Popover } from '../Popover';
import { useChoices } from './choice-sources';

type IdsPickerProps = { type: FieldType; value: string[]; onChange: (value: string[]) => void; label: string; invalid: boolean };

/** Several users, tags, stages or pipelines, picked in a searchable list of checkboxes. */
export function IdsPicker({ type, value, onChange, label, invalid }: IdsPickerProps) {
  const { t } = useTranslation();
  const choices = useChoices(type);
  const [query, setQuery] = useState('');
  const chosen = choices.filter((choice) => value.includes(choice.id));
  const summary = chosen.length === 0 ? t('segmentBuilder.pick.none') : chosen.map((choice) => choice.label).join(', ');
  const shown = choices.filter((choice) => matchesWords(choice.label, query));
  return (
    <Popover
      label={`${label} – ${summary}`}
      buttonClassName={`btn btn-secondary btn-sm segment-ids ${invalid ? 'segment-invalid' : ''}`}
      button={
        <>
          <span className="btn-label truncate">{summary}</span>
          <ChevronDown size={14} />
        </>
      }
    >
      {() => (
        <div className="segment-ids-panel">
          <input className="input input-sm" value={query} placeholder={t('segmentBuilder.pick.search')} aria-label={t('segmentBuilder.pick.search')} onChange={(event) => setQuery(event.target.value)} />
          <div className="segment-ids-list" role="group" aria-label={label}>
            {shown.map((choice) => (
              <label key={choice.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={value.includes(choice.id)}
                  onChange={(event) => onChange(event.target.checked ? [...value, choice.id] : value.filter((id) => id !== choice.id))}
                />
                <span>{choice.label}</span>
              </label>
            ))}
            {shown.length === 0 && <p className="menu-empty">{t('segmentBuilder.pick.noMatch')}</p>}
          </div>
        </div>
      )}
    </Popover>
  );
}
