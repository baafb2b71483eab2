import { Plus, Tag as TagIcon } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TagRef } from '../../src-shared/domain/records';
import { matchesWords } from '../lib/text-match';
import { useReferenceStore } from '../stores/reference-store';
import { Popover } from './Popover';

type TagMenuProps = {
  /** Tags already on the record(s): not offered again. */
  excludeIds?: readonly string[];
  onPick: (tag: TagRef) => void;
  label?: string;
  buttonText?: string;
  allowCreate?: boolean;
  testId?: string;
};

function TagMenuPanel({ excludeIds, onPick, allowCreate, close }: TagMenuProps & { close: () => void }) {
  const { t } = useTranslation();
  const tags = useReferenceStore((state) => state.tags);
  const createTag = useReferenceStore((state) => state.createTag);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const trimmed = query.trim();
  const offered = tags.filter((tag) => !excludeIds?.includes(tag.id) && matchesWords(tag.name, query));
  const exists = tags.some((tag) => tag.name.toLowerCase() === trimmed.toLowerCase());
  const canCreate = Boolean(allowCreate && trimmed && !exists);
  const count = offered.length + (canCreate ? 1 : 0);

  const pick = async (index: number) => {
    const tag = offered[index];
    if (tag) {
      onPick(tag);
      close();
      return;
    }
    if (canCreate) {
      const created = await createTag(trimmed);
      if (created) {
        onPick(created);
        close();
      }
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(count - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void pick(active);
    }
  };

  return (
    <div className="tag-menu">
      <input
        className="input"
        autoFocus
        placeholder={allowCreate ? t('tags.search') : t('tags.choose')}
        aria-label={allowCreate ? t('tags.search') : t('tags.choose')}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="menu-list" role="listbox" aria-label={t('fields.contact.tags')}>
        {offered.map((tag, index) => (
          <li
            key={tag.id}
            role="option"
            aria-selected={index === active}
            className={`menu-item ${index === active ? 'menu-item-active' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              void pick(index);
            }}
            onMouseEnter={() => setActive(index)}
          >
            <span className={`tag-swatch tag-${tag.color}`} aria-hidden="true" />
            <span className="truncate">{tag.name}</span>
            <span className="menu-item-meta">{tag.usage}</span>
          </li>
        ))}
        {canCreate && (
          <li
            role="option"
            aria-selected={active === offered.length}
            className={`menu-item ${active === offered.length ? 'menu-item-active' : ''}`}
            onMouseDown={(event) => {
              event.preventDefault();
              void pick(offered.length);
            }}
          >
            <Plus size={14} />
            <span className="truncate">{t('tags.create', { name: trimmed })}</span>
          </li>
        )}
        {count === 0 && <li className="menu-empty">{t('tags.none')}</li>}
      </ul>
    </div>
  );
}

/** "Add a tag": a menu to find a tag, or create one from what was typed. */
export function TagMenu(props: TagMenuProps) {
  const { t } = useTranslation();
  const label = props.label ?? t('tags.add');
  return (
    <Popover
      label={label}
      testId={props.testId}
      buttonClassName="btn btn-ghost btn-sm"
      button={
        <>
          {props.buttonText ? <TagIcon size={14} /> : <Plus size={14} />}
          <span className="btn-label">{props.buttonText ?? label}</span>
        </>
      }
    >
      {(close) => <TagMenuPanel {...props} close={close} />}
    </Popover>
  );
}
