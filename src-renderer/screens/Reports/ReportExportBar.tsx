import { FileSpreadsheet, FileText, Printer } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportFilters, ReportFormat, ReportName } from '../../../src-shared/domain/reports/types';
import { invoke, isClientError, saveFile } from '../../api/client';
import { Button } from '../../components/Button';
import { TaskProgressBar } from '../../components/TaskProgressBar';
import { useLanguage } from '../../i18n/use-language';
import { useTask } from '../../lib/use-task';
import { notifyError } from '../../stores/notify-error';
import { notify } from '../../stores/toast-store';

const timeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** Excel, Word, PDF (made in the core as a task: progress and Cancel, then saved like other exports) and Print. */
export function ReportExportBar({ name, filters, disabled }: { name: ReportName; filters: ReportFilters; disabled: boolean }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const task = useTask();
  const exportAs = async (format: ReportFormat) => {
    try {
      const file = await task.run((taskId) => invoke('reports.export', { name, filters, format, language, taskId, timeZone: timeZone() }));
      if (await saveFile(file)) notify(t('reports.ui.actions.saved', { name: file.fileName }));
    } catch (error) {
      if (isClientError(error) && error.body.code === 'cancelled') notify(t('tasks.cancelled'), 'info');
      else notifyError(error);
    }
  };
  const button = (format: ReportFormat, icon: ReactNode) => (
    <Button size="sm" icon={icon} disabled={disabled || task.running} onClick={() => void exportAs(format)} data-testid={`report-export-${format}`}>
      {t(`reports.ui.actions.${format}`)}
    </Button>
  );
  return (
    <div className="report-export no-print" role="group" aria-label={t('reports.ui.actions.exportHint')}>
      {button('xlsx', <FileSpreadsheet size={14} />)}
      {button('docx', <FileText size={14} />)}
      {button('pdf', <FileText size={14} />)}
      <Button size="sm" icon={<Printer size={14} />} disabled={disabled} onClick={() => window.print()} data-testid="report-print">
        {t('reports.ui.actions.print')}
      </Button>
      {task.running && (
        <div className="report-export-progress" data-testid="report-export-progress">
          <TaskProgressBar task={task} />
        </div>
      )}
    </div>
  );
}
