import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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

/** A card's list of linked records, or a line saying there are none. */
export function CardList<T>({ items, empty, children }: { items: readonly T[]; empty: string; children: (item: T) => ReactNode }) {
  return items.length === 0 ? <p className="faint">{empty}</p> : <ul className="link-list">{items.map(children)}</ul>;
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

/** A record's notes, kept as typed (line breaks too). */
export function NotesCard({ notes, testId }: { notes: string | null; testId?: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('detail.notes')}>
      {notes ? (
        <p className="pre-wrap notes" data-testid={testId}>
          {notes}
        </p>
      ) : (
        <p className="faint">—</p>
      )}
    </Card>
  );
}

/** A detail page's overview: the record's own fields, and beside them what is linked to it. */
export function DetailColumns({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <div className="detail-columns">
      <div className="detail-main">{main}</div>
      <aside className="detail-side">{side}</aside>
    </div>
  );
}
