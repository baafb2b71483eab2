import { Globe, Lock, Users } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useReferenceStore } from '../../stores/reference-store';
import { scopeText } from '../history/history-values';

/** Who sees a record, on its page: the whole office, only its owner, or a team or territory. */
export function SharedWith({ scope, groupName }: { scope: string | null; groupName: string | null }) {
  const { t } = useTranslation();
  const groups = useReferenceStore((state) => state.groups);
  const icon = !scope ? <Globe size={13} aria-hidden="true" /> : scope === 'private' ? <Lock size={13} aria-hidden="true" /> : <Users size={13} aria-hidden="true" />;
  return (
    <span className="shared-with" data-testid="shared-with">
      {icon} {scopeText(t, scope, groups, groupName)}
    </span>
  );
}
