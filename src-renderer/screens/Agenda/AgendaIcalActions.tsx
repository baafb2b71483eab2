import { Download, FileUp } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { exportShownAgenda, importCalendarFile, type ImportOutcome } from './ical-transfer';
import { IcalReportDialog } from './IcalReportDialog';

const ICS_TYPES = '.ics,text/calendar';

/** Import an .ics file into the agenda (with its report), and export the period shown. */
export function AgendaIcalActions() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<'import' | 'export' | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy('import');
    setOutcome(await importCalendarFile(file));
    setBusy(null);
  };
  const exportShown = async () => {
    setBusy('export');
    await exportShownAgenda();
    setBusy(null);
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept={ICS_TYPES}
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('agenda.calendar.ical.fileLabel')}
        data-testid="ical-import-input"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          void importFile(file);
        }}
      />
      <Button icon={<FileUp size={15} />} busy={busy === 'import'} disabled={busy !== null} title={t('agenda.calendar.ical.importHint')} onClick={() => input.current?.click()} data-testid="ical-import">
        {t('agenda.calendar.ical.import')}
      </Button>
      <Button icon={<Download size={15} />} busy={busy === 'export'} disabled={busy !== null} title={t('agenda.calendar.ical.exportHint')} onClick={() => void exportShown()} data-testid="ical-export">
        {t('agenda.calendar.ical.export')}
      </Button>
      {outcome && <IcalReportDialog outcome={outcome} onClose={() => setOutcome(null)} />}
    </>
  );
}
