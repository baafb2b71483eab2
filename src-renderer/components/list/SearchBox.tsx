import { Search, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';

type SearchBoxProps = {
  value: string;
  onSearch: (value: string) => void;
  placeholder: string;
  label: string;
  testId?: string;
  delayMs?: number;
};

/** Search as you type: the list query follows the text after a short pause. */
export function SearchBox({ value, onSearch, placeholder, label, testId, delayMs = 150 }: SearchBoxProps) {
  const [text, setText] = useState(value);
  const sent = useRef(value);

  useEffect(() => {
    // Filters cleared or a view applied elsewhere: show what the list really filters on.
    if (value !== sent.current) {
      sent.current = value;
      setText(value);
    }
  }, [value]);

  useEffect(() => {
    if (text === sent.current) return;
    const timer = window.setTimeout(() => {
      sent.current = text;
      onSearch(text);
    }, delayMs);
    return () => window.clearTimeout(timer);
  }, [text, onSearch, delayMs]);

  return (
    <div className="search-box">
      <Search size={14} className="search-box-icon" aria-hidden="true" />
      <input
        className="input search-box-input"
        type="search"
        value={text}
        placeholder={placeholder}
        aria-label={label}
        data-testid={testId}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && text) {
            event.stopPropagation();
            setText('');
          }
        }}
      />
      {text && (
        <button type="button" className="search-box-clear" aria-label={label} tabIndex={-1} onClick={() => setText('')}>
          <X size={13} />
        </button>
      )}
    </div>
  );
}
