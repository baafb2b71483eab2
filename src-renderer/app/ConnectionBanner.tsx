import { WifiOff } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { useConnectionStore } from '../stores/connection-store';

/** Browser mode only: says when the local host stops answering, instead of failing silently. */
export function ConnectionBanner() {
  const { t } = useTranslation();
  const status = useConnectionStore((state) => state.status);
  if (status === 'connected') return null;
  const lost = status === 'lost';
  return (
    <div className="connection-banner" role="alert" data-testid="connection-banner">
      <WifiOff size={15} aria-hidden="true" />
      <strong>{lost ? t('connection.lost') : t('connection.unauthorized')}</strong>
      <span>{lost ? t('connection.lostHint') : t('connection.unauthorizedHint')}</span>
    </div>
  );
}
