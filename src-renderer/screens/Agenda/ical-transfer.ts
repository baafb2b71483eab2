import i18next from 'i18next';
import type { IcalImportReport } from '../../../src-shared/domain/activities';
import { invoke, isClientError, saveFile, uploadFile } from '../../api/client';
import { errorMessage } from '../../i18n/error-message';
import { civilOfLocal, userTimeZone } from '../../lib/agenda-dates';
import { useAgendaStore } from '../../stores/agenda-store';
import { scheduleRefresh } from '../../stores/live-updates';
import { notifyError } from '../../stores/notify-error';
import { notify } from '../../stores/toast-store';

/** What importing a file gave: the core's report, or why the file was not taken (in the user's words). */
export type ImportOutcome = { fileName: string } & ({ ok: true; report: IcalImportReport } | { ok: false; message: string });

/** The days shown, as the export takes them: first and last day, both included. */
function shownDays(shown: { from: string; to: string }): { from: string; to: string } {
  // `to` is the local midnight after the last day shown.
  return { from: civilOfLocal(new Date(shown.from)), to: civilOfLocal(new Date(new Date(shown.to).getTime() - 1)) };
}

/** The period on screen, with its agendas and kinds, saved as an .ics file. */
export async function exportShownAgenda(): Promise<void> {
  const { window: shown, userIds, kinds } = useAgendaStore.getState();
  if (!shown) return;
  try {
    const file = await invoke('ical.export', {
      ...shownDays(shown),
      timeZone: userTimeZone(),
      ...(userIds && userIds.length > 0 ? { userIds } : {}),
      ...(kinds ? { kinds } : {}),
    });
    if (await saveFile(file)) notify(i18next.t('agenda.calendar.ical.exported', { name: file.fileName }));
  } catch (error) {
    notifyError(error);
  }
}

/** Why the core refused the file: its own sentence (already in the user's language), else by error code. */
function refusal(error: unknown): string {
  if (isClientError(error) && error.body.code === 'validation' && error.body.field === 'fileId' && error.body.message) return error.body.message;
  return errorMessage(i18next.t, error);
}

/** An .ics file into the user's agenda; the agenda reloads on the core's change event. */
export async function importCalendarFile(file: File): Promise<ImportOutcome> {
  try {
    const { fileId } = await uploadFile(file);
    const report = await invoke('ical.import', { fileId, timeZone: userTimeZone() });
    if (report.created + report.updated > 0) scheduleRefresh('activity');
    return { fileName: file.name, ok: true, report };
  } catch (error) {
    return { fileName: file.name, ok: false, message: refusal(error) };
  }
}
