import { useRef, type KeyboardEvent } from 'react';

type Tab<K extends string> = { key: K; label: string; count?: number };

type TabsProps<K extends string> = { tabs: readonly Tab<K>[]; active: K; onChange: (key: K) => void; label: string; idBase: string };

/** WAI-ARIA tabs: ←/→ move between tabs, the panel is labelled by its tab. */
export function Tabs<K extends string>({ tabs, active, onChange, label, idBase }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const index = tabs.findIndex((tab) => tab.key === active);
    const next = tabs[(index + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (!next) return;
    onChange(next.key);
    list.current?.querySelector<HTMLElement>(`#${idBase}-tab-${next.key}`)?.focus();
  };
  return (
    <div className="tabs" role="tablist" aria-label={label} ref={list} onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button
          key={tab.key}
          id={`${idBase}-tab-${tab.key}`}
          type="button"
          role="tab"
          className={`tab ${tab.key === active ? 'tab-active' : ''}`}
          aria-selected={tab.key === active}
          aria-controls={`${idBase}-panel-${tab.key}`}
          tabIndex={tab.key === active ? 0 : -1}
          onClick={() => onChange(tab.key)}
        >
          {tab.label}
          {tab.count !== undefined && <span className="tab-count">{tab.count}</span>}
        </button>
      ))}
    </div>
  );
}
