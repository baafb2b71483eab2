import { Check, ChevronDown, Contact, Download, FileSpreadsheet, FileText } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../src-shared/contract/api';
import type { ExportFormat, VcardVersion } from '../../../src-shared/domain/exports';
import { useTask } from '../../lib/use-task';
import { Popover } from '../Popover';
import { TaskProgressBar } from '../TaskProgressBar';
import { runExport } from './run-export';
import './export.css';

/** What the user picked: which rows, and which kind of file. */
export type ExportChoice = { scope: 'shown' | 'selected'; format: ExportFormat; vcardVersion: VcardVersion };

type FileChoice = { key: string; format: ExportFormat; vcardVersion: VcardVersion; label: string; icon: ReactNode };

type ExportMenuProps = {
  /** The kinds of file this list offers (vCard for contacts only). */
  formats: readonly ExportFormat[];
  /** Rows the list shows (its count), null while it is being counted. */
  shownCount: number | null;
  selectedCount: number;
  /** The request for a choice: the list as on screen, or its selection, with the columns shown. */
  request: (choice: ExportChoice) => ApiInput<'exports.list'>;
  hint: string;
  /** Says which rows "shown" means when the count alone would not (the agenda's period). */
  shownLabel?: string;
  /** The button's text when "Export" alone would be ambiguous (the agenda also exports .ics). */
  buttonLabel?: string;
  testId: string;
};

/** "Export": Excel, CSV (and vCard for contacts) of the rows shown or selected, with a progress bar and Cancel. */
export function ExportMenu({ formats, shownCount, selectedCount, request, hint, shownLabel, buttonLabel, testId }: ExportMenuProps) {
  const { t } = useTranslation();
  const task = useTask();
  const [scopeChoice, setScopeChoice] = useState<ExportChoice['scope']>('selected');
  const scope = selectedCount > 0 ? scopeChoice : 'shown';
  const count = scope === 'selected' ? selectedCount : (shownCount ?? 0);
  const files: FileChoice[] = [
    { key: 'xlsx', format: 'xlsx' as const, vcardVersion: '4.0' as const, label: t('exports.menu.xlsx'), icon: <FileSpreadsheet size={14} /> },
    { key: 'csv', format: 'csv' as const, vcardVersion: '4.0' as const, label: t('exports.menu.csv'), icon: <FileText size={14} /> },
    { key: 'vcard', format: 'vcard' as const, vcardVersion: '4.0' as const, label: t('exports.menu.vcard'), icon: <Contact size={14} /> },
    { key: 'vcard3', format: 'vcard' as const, vcardVersion: '3.0' as const, label: t('exports.menu.vcard3'), icon: <Contact size={14} /> },
  ].filter((file) => formats.includes(file.format));

  const scopeItem = (value: ExportChoice['scope'], label: string) => (
    <button type="button" role="menuitemcheckbox" aria-checked={scope === value} className="menu-item" onClick={() => setScopeChoice(value)} data-testid={`${testId}-${value}`}>
      <span className="menu-check">{scope === value && <Check size={14} />}</span>
      <span>{label}</span>
    </button>
  );

  return (
    <div className="export-control">
      <Popover
        label={t('exports.menu.title')}
        testId={testId}
        align="end"
        buttonClassName="btn btn-secondary"
        button={
          task.running ? (
            <span className="spinner" aria-hidden="true" />
          ) : (
            <>
              <Download size={15} />
              <span className="btn-label">{buttonLabel ?? t('exports.menu.button')}</span>
              <ChevronDown size={14} />
            </>
          )
        }
      >
        {(close) => (
          <div className="export-menu" role="menu" aria-label={t('exports.menu.title')}>
            <div className="menu-heading">{t('exports.menu.what')}</div>
            {selectedCount > 0 ? (
              <>
                {scopeItem('shown', t('exports.menu.shown', { count: shownCount ?? 0 }))}
                {scopeItem('selected', t('exports.menu.selected', { count: selectedCount }))}
              </>
            ) : (
              <div className="menu-empty">{count > 0 ? (shownLabel ?? t('exports.menu.shown', { count })) : t('exports.empty')}</div>
            )}
            <div className="menu-separator" />
            <div className="menu-heading">{t('exports.menu.formats')}</div>
            {files.map((file) => (
              <button
                key={file.key}
                type="button"
                role="menuitem"
                className="menu-item"
                disabled={count === 0 || task.running}
                data-testid={`${testId}-${file.key}`}
                onClick={() => {
                  close();
                  void runExport(task, (taskId) => ({ ...request({ scope, format: file.format, vcardVersion: file.vcardVersion }), taskId }));
                }}
              >
                {file.icon}
                <span>{file.label}</span>
              </button>
            ))}
            <p className="export-hint">{hint}</p>
          </div>
        )}
      </Popover>
      {task.running && (
        <div className="export-progress" data-testid={`${testId}-progress`}>
          <TaskProgressBar task={task} />
        </div>
      )}
    </div>
  );
}
