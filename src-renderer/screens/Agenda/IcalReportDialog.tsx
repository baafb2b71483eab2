import { useTranslation } from 'react-i18next';
import { describeSkipped, describeWarning, describeWhere, type ImportWarning, type SkippedItem } from '../../../src-shared/ical';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { useLanguage } from '../../i18n/use-language';
import type { ImportOutcome } from './ical-transfer';

type NoteListProps<Note extends SkippedItem | ImportWarning> = { title: string; notes: readonly Note[]; describe: (note: Note) => string; testId: string };

/** Skipped events or warnings, each with what it is, why, and where in the file. */
function NoteList<Note extends SkippedItem | ImportWarning>({ title, notes, describe, testId }: NoteListProps<Note>) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (notes.length === 0) return null;
  return (
    <section className="ical-notes" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {notes.map((note, index) => (
          <li key={`${index}-${note.line}-${note.reason}`}>
            <strong>{note.summary || t('agenda.calendar.ical.report.untitled')}</strong> — {describe(note)} <span className="muted">{describeWhere(note, language)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What an .ics import did: meetings created, updated or left alone, and what was skipped or kept with a reservation. */
export function IcalReportDialog({ outcome, onClose }: { outcome: ImportOutcome; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const footer = (
    <Button variant="primary" onClick={onClose} data-testid="ical-report-close">
      {t('common.close')}
    </Button>
  );
  if (!outcome.ok) {
    return (
      <Dialog title={t('agenda.calendar.ical.report.refused')} onClose={onClose} footer={footer} size="sm" role="alertdialog">
        <div data-testid="ical-report">
          <p className="muted">{t('agenda.calendar.ical.report.file', { name: outcome.fileName })}</p>
          <p className="form-error" role="alert" data-testid="ical-refusal">
            {outcome.message}
          </p>
        </div>
      </Dialog>
    );
  }
  const { report } = outcome;
  const nothing = report.created + report.updated + report.unchanged + report.skipped.length === 0;
  return (
    <Dialog title={t('agenda.calendar.ical.report.title')} onClose={onClose} footer={footer}>
      <div className="ical-report" data-testid="ical-report">
        <p className="muted">
          {t('agenda.calendar.ical.report.file', { name: outcome.fileName })}
          {report.calendarName && (
            <>
              <br />
              <span data-testid="ical-calendar-name">{t('agenda.calendar.ical.report.calendar', { name: report.calendarName })}</span>
            </>
          )}
        </p>
        {nothing ? (
          <p data-testid="ical-empty">{t('agenda.calendar.ical.report.empty')}</p>
        ) : (
          <ul className="ical-counts">
            <li data-testid="ical-created">{t('agenda.calendar.ical.report.created', { count: report.created })}</li>
            <li data-testid="ical-updated">{t('agenda.calendar.ical.report.updated', { count: report.updated })}</li>
            <li data-testid="ical-unchanged">
              {t('agenda.calendar.ical.report.unchanged', { count: report.unchanged })}
              {report.unchanged > 0 && <span className="muted"> — {t('agenda.calendar.ical.report.unchangedHint')}</span>}
            </li>
            {report.keptChanges > 0 && <li data-testid="ical-kept">{t('agenda.calendar.ical.report.keptChanges', { count: report.keptChanges })}</li>}
          </ul>
        )}
        <NoteList
          title={t('agenda.calendar.ical.report.skipped', { count: report.skipped.length })}
          notes={report.skipped}
          describe={(note) => describeSkipped(note, language)}
          testId="ical-skipped"
        />
        <NoteList
          title={t('agenda.calendar.ical.report.warnings', { count: report.warnings.length })}
          notes={report.warnings}
          describe={(note) => describeWarning(note, language)}
          testId="ical-warnings"
        />
      </div>
    </Dialog>
  );
}
