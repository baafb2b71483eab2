import { useLanguage } from '../i18n/use-language';
import { formatDateTime, formatRelative } from '../lib/format';
import { useNow } from './use-now';

/** "il y a 2 jours", with the full date and time on hover. */
export function RelativeTime({ iso }: { iso: string }) {
  const lang = useLanguage();
  const now = useNow();
  return (
    <time dateTime={iso} title={formatDateTime(lang, iso)}>
      {formatRelative(lang, iso, new Date(now))}
    </time>
  );
}
