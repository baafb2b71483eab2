import { HardDriveDownload, RotateCcw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BackupInfo } from '../../../src-shared/domain/records';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Card } from '../../components/detail/Card';
import { RelativeTime } from '../../components/RelativeTime';
import { useLanguage } from '../../i18n/use-language';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useSettingsStore } from '../../stores/settings-store';

const knownReasons = ['daily', 'manual', 'pre-migration', 'pre-restore'] as const;

function ReasonLabel({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const known = knownReasons.find((value) => value === reason);
  return <>{known ? t(`enums.backupReason.${known}`) : reason || t('enums.backupReason.other')}</>;
}

/** The backups: make one now, or restore one (after a confirmation: it replaces the data). */
export function BackupsSection() {
  const { t } = useTranslation();
  const lang = useLanguage();
  const { backups, busy, loadBackups, backUpNow, restore } = useSettingsStore();
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);

  useEffect(() => {
    void loadBackups();
  }, [loadBackups]);

  return (
    <Card
      title={t('settings.backups')}
      testId="settings-backups"
      actions={
        <Button size="sm" icon={<HardDriveDownload size={14} />} onClick={() => void backUpNow()} busy={busy === 'backup'} data-testid="backup-now">
          {busy === 'backup' ? t('settings.backingUp') : t('settings.backupNow')}
        </Button>
      }
    >
      <p className="muted card-intro">{t('settings.backupsHint')}</p>
      {backups === null ? (
        <p className="muted">{t('common.loading')}</p>
      ) : backups.length === 0 ? (
        <p className="faint">{t('settings.noBackups')}</p>
      ) : (
        <table className="simple-table">
          <thead>
            <tr>
              <th scope="col">{t('settings.backupDate')}</th>
              <th scope="col">{t('settings.backupReason')}</th>
              <th scope="col" className="num">
                {t('settings.backupSize')}
              </th>
              <th scope="col">{t('settings.backupFile')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {backups.map((backup) => (
              <tr key={backup.file} data-testid="backup-row">
                <td className="nowrap" title={formatDateTime(lang, backup.createdAt)}>
                  {formatDateTime(lang, backup.createdAt)}
                  <div className="faint small">
                    <RelativeTime iso={backup.createdAt} />
                  </div>
                </td>
                <td>
                  <ReasonLabel reason={backup.reason} />
                </td>
                <td className="num nowrap">{formatBytes(lang, backup.sizeBytes)}</td>
                <td className="mono truncate backup-file" title={backup.file}>
                  {backup.file}
                </td>
                <td className="num">
                  <Button size="sm" variant="ghost" icon={<RotateCcw size={13} />} onClick={() => setConfirming(backup)} disabled={busy !== null}>
                    {t('settings.restore')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('settings.restoreTitle')}
          body={t('settings.restoreBody', { date: formatDateTime(lang, confirming.createdAt) })}
          confirmLabel={busy === 'restore' ? t('settings.restoring') : t('settings.restoreConfirm')}
          busy={busy === 'restore'}
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            void restore(confirming.file).then(() => setConfirming(null));
          }}
        />
      )}
    </Card>
  );
}
