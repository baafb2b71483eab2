import { X } from 'lucide-react';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldFrame } from '../../components/Field';
import { withCategory } from './product-draft';

type CategoriesFieldProps = {
  value: string[];
  onChange: (categories: string[]) => void;
  /** Categories other products use, offered as you type. */
  known: readonly string[];
  error: string | null;
};

/** A product's categories as chips: type one and press Enter (or a comma), × takes one off. */
export function CategoriesField({ value, onChange, known, error }: CategoriesFieldProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const hint = t('catalogue.products.categoriesHint');
  const add = () => {
    if (!text.trim()) return;
    onChange(withCategory(value, text));
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' && !event.ctrlKey && !event.metaKey) || event.key === ',') {
      event.preventDefault();
      add();
    } else if (event.key === 'Backspace' && text === '' && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };
  const offered = known.filter((name) => !value.includes(name));
  return (
    <FieldFrame id={id} label={t('catalogue.fields.categories')} error={error} hint={hint} path="categories">
      <div className="category-field">
        {value.map((category) => (
          <span key={category} className="product-category" data-testid="product-category">
            {category}
            <button type="button" className="category-remove" aria-label={t('catalogue.products.removeCategory', { name: category })} onClick={() => onChange(value.filter((other) => other !== category))}>
              <X size={12} />
            </button>
          </span>
        ))}
        <input
          id={id}
          className="category-input"
          list={`${id}-known`}
          value={text}
          placeholder={value.length === 0 ? t('catalogue.products.addCategory') : undefined}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          onBlur={add}
          maxLength={60}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          data-testid="product-category-input"
        />
        <datalist id={`${id}-known`}>
          {offered.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
    </FieldFrame>
  );
}
