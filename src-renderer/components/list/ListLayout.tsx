import type { ReactNode } from 'react';

type ListLayoutProps = {
  title: string;
  countLabel: string | null;
  countTestId: string;
  actions: ReactNode;
  toolbar: ReactNode;
  below?: ReactNode;
  /** A line under the table (keyboard hints). */
  footer?: ReactNode;
  children: ReactNode;
};

/** A list screen: title and count, primary actions, toolbar, then the table (or empty state). */
export function ListLayout({ title, countLabel, countTestId, actions, toolbar, below, footer, children }: ListLayoutProps) {
  return (
    <section className="screen list-screen" aria-label={title}>
      <header className="screen-header">
        <div className="screen-title">
          <h1>{title}</h1>
          <span className="screen-count" data-testid={countTestId} aria-live="polite">
            {countLabel ?? '…'}
          </span>
        </div>
        <div className="screen-actions">{actions}</div>
      </header>
      <div className="toolbar" role="toolbar" aria-label={title}>
        {toolbar}
      </div>
      {below}
      <div className="list-content">{children}</div>
      {footer && <div className="list-footer faint">{footer}</div>}
    </section>
  );
}
