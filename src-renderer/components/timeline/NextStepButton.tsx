import { PenLine } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { LinkedRecord } from '../../../src-shared/domain/activities';
import { openQuickLog } from '../../stores/quick-log-store';
import { IconButton } from '../Button';

type Links = { contact: LinkedRecord | null; company: LinkedRecord | null; deal: LinkedRecord | null };

/** One click from an item to logging what comes next about the same records. */
export function NextStepButton({ links, name }: { links: Links; name?: string | null }) {
  const { t } = useTranslation();
  const label = name ? t('activities.logNextStepFor', { name }) : t('activities.logNextStep');
  return (
    <IconButton
      size="sm"
      className="next-step"
      label={label}
      icon={<PenLine size={14} />}
      onClick={() => openQuickLog({ contact: links.contact, company: links.company, deal: links.deal })}
      data-testid="log-next-step"
    />
  );
}
