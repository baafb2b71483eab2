import type { ReactNode } from 'react';

type EmptyStateProps = { icon?: ReactNode; title: string; body?: string; actions?: ReactNode; testId?: string };

/** What an empty screen says: what is missing and what to do next. */
export function EmptyState({ icon, title, body, actions, testId }: EmptyStateProps) {
  return (
    <div className="empty-state" data-testid={testId}>
      {icon && <div className="empty-icon">{icon}</div>}
      <h2>{title}</h2>
      {body && <p className="muted">{body}</p>}
      {actions && <div className="empty-actions">{actions}</div>}
    </div>
  );
}
