import type { ReactNode } from 'react';

type CardProps = { title: string; actions?: ReactNode; children: ReactNode; testId?: string; count?: number };

/** A titled block of a detail page. */
export function Card({ title, actions, children, testId, count }: CardProps) {
  return (
    <section className="card" aria-label={title} data-testid={testId}>
      <header className="card-header">
        <h2>
          {title}
          {count !== undefined && count > 0 && <span className="card-count">{count}</span>}
        </h2>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

/** One labelled value; empty values show a dash so the layout stays regular. */
export function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  const empty = children === null || children === undefined || children === '' || children === false;
  return (
    <div className={`fact ${wide ? 'fact-wide' : ''}`}>
      <dt>{label}</dt>
      <dd className={empty ? 'faint' : undefined}>{empty ? '—' : children}</dd>
    </div>
  );
}

export function Facts({ children }: { children: ReactNode }) {
  return <dl className="facts">{children}</dl>;
}
