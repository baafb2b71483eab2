import { Plus, X } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldMessage } from './Field';

export type PickedRecord = { id: string; name: string };
export type PickerOption = PickedRecord & { detail?: string | null };

type RecordPickerProps = {
  label: string;
  placeholder: string;
  value: PickedRecord | null;
  onChange: (value: PickedRecord | null) => void;
  search: (query: string) => Promise<PickerOption[]>;
  /** Offers "Create “…”" for what was typed (e.g. a company that does not exist yet). */
  onCreate?: (name: string) => Promise<PickedRecord | null>;
  createLabel?: (name: string) => string;
  excludeIds?: readonly string[];
  error?: string | null;
  hint?: string | null;
  path?: string;
  autoFocus?: boolean;
  hideLabel?: boolean;
};

const debounceMs = 120;

/** A combobox that finds a record as you type (companies.list / contacts.list with `q`). */
export function RecordPicker(props: RecordPickerProps) {
  const { label, placeholder, value, onChange, search, onCreate, createLabel, excludeIds, error, hint, path, autoFocus, hideLabel } = props;
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<PickerOption[]>([]);
  const options = excludeIds ? found.filter((option) => !excludeIds.includes(option.id)) : found;
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  useEffect(() => {
    if (!open) return;
    const mine = ++request.current;
    const timer = window.setTimeout(() => {
      search(query.trim()).then(
        (results) => {
          if (mine === request.current) setFound(results);
        },
        () => {
          if (mine === request.current) setFound([]);
        },
      );
    }, debounceMs);
    return () => window.clearTimeout(timer);
  }, [query, open, search]);

  const trimmed = query.trim();
  const canCreate = Boolean(onCreate && trimmed && !options.some((option) => option.name.toLowerCase() === trimmed.toLowerCase()));
  const count = options.length + (canCreate ? 1 : 0);

  const choose = async (index: number) => {
    const option = options[index];
    let picked: PickedRecord | null = option ? { id: option.id, name: option.name } : null;
    if (!option && canCreate && onCreate) picked = await onCreate(trimmed);
    if (!picked) return;
    onChange(picked);
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => Math.min(count - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter' && open && count > 0 && !event.ctrlKey && !event.metaKey) {
      event.preventDefault();
      void choose(active);
    } else if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  return (
    <div className={`field picker ${error ? 'field-invalid' : ''}`} data-field={path}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'field-label'}>
        {label}
      </label>
      {value ? (
        <div className="picker-value">
          <span className="truncate">{value.name}</span>
          <button
            type="button"
            className="btn btn-ghost btn-icon btn-sm"
            aria-label={`${t('common.remove')} ${value.name}`}
            onClick={() => {
              onChange(null);
              window.setTimeout(() => input.current?.focus(), 0);
            }}
          >
            <X size={14} />
          </button>
        </div>
      ) : (
        <div className="picker-box">
          <input
            ref={input}
            id={id}
            className="input"
            role="combobox"
            aria-expanded={open && count > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && count > 0 ? `${id}-opt-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(id, error, hint)}
            placeholder={placeholder}
            value={query}
            autoFocus={autoFocus}
            autoComplete="off"
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => window.setTimeout(() => setOpen(false), 150)}
            onKeyDown={onKeyDown}
          />
          {open && count > 0 && (
            <ul id={listId} role="listbox" className="picker-list" aria-label={label}>
              {options.map((option, index) => (
                <li
                  key={option.id}
                  id={`${id}-opt-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={`picker-option ${index === active ? 'picker-option-active' : ''}`}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    void choose(index);
                  }}
                  onMouseEnter={() => setActive(index)}
                >
                  <span className="truncate">{option.name}</span>
                  {option.detail && <span className="picker-detail truncate">{option.detail}</span>}
                </li>
              ))}
              {canCreate && (
                <li
                  id={`${id}-opt-${options.length}`}
                  role="option"
                  aria-selected={active === options.length}
                  className={`picker-option picker-create ${active === options.length ? 'picker-option-active' : ''}`}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    void choose(options.length);
                  }}
                  onMouseEnter={() => setActive(options.length)}
                >
                  <Plus size={14} />
                  <span className="truncate">{createLabel ? createLabel(trimmed) : trimmed}</span>
                </li>
              )}
            </ul>
          )}
        </div>
      )}
      <FieldMessage id={id} error={error} hint={hint} />
    </div>
  );
}
