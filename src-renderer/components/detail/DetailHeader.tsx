import { ArrowLeft, Pencil, Trash2 } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../Avatar';
import { Button } from '../Button';
import { RelativeTime } from '../RelativeTime';

type DetailHeaderProps = {
  backHref: string;
  backLabel: string;
  title: string;
  /** The name the avatar's initials come from (the title may carry a civility). */
  avatarName?: string;
  subtitle: ReactNode;
  square?: boolean;
  createdAt: string;
  updatedAt: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
  /** More actions of the record's kind, before Edit (a Word sheet). */
  actions?: ReactNode;
};

/** The top of a detail page: back to the list, who/what it is, edit and delete. */
export function DetailHeader(props: DetailHeaderProps) {
  const { backHref, backLabel, title, avatarName, subtitle, square, createdAt, updatedAt, deleteLabel, onEdit, onDelete, actions } = props;
  const { t } = useTranslation();
  return (
    <>
      <nav className="detail-topbar" aria-label={t('detail.backToList')}>
        <a href={backHref} className="back-link">
          <ArrowLeft size={14} aria-hidden="true" />
          {backLabel}
        </a>
      </nav>
      <header className="detail-header">
        <Avatar name={avatarName ?? title} size="lg" square={square} />
        <div className="detail-heading">
          <h1 data-testid="detail-title">{title}</h1>
          <div className="detail-subtitle">{subtitle}</div>
          <div className="detail-meta faint">
            <span>
              {t('detail.createdOn')}{' '}
              <RelativeTime iso={createdAt} />
            </span>
            <span aria-hidden="true">·</span>
            <span>
              {t('detail.updatedOn')}{' '}
              <RelativeTime iso={updatedAt} />
            </span>
          </div>
        </div>
        <div className="detail-actions">
          {actions}
          <Button icon={<Pencil size={14} />} onClick={onEdit} data-testid="edit-record">
            {t('common.edit')}
          </Button>
          <Button variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={onDelete} data-testid="delete-record">
            {deleteLabel}
          </Button>
        </div>
      </header>
    </>
  );
}
