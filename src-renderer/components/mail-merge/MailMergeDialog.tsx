import { Mail } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../src-shared/contract/api';
import type { LabelSizeId, MailMergeRecipients } from '../../../src-shared/domain/mail-merge';
import { languages, type Language } from '../../../src-shared/i18n';
import { invoke, saveFile } from '../../api/client';
import { useLanguage } from '../../i18n/use-language';
import { useTask } from '../../lib/use-task';
import { notify } from '../../stores/toast-store';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import { SelectField } from '../Field';
import { TaskProgressBar } from '../TaskProgressBar';
import { failureText, refusalOf, wasCancelled, type MergeSource } from './mail-merge-actions';
import { OutputChoice, type MergeOutputKind } from './OutputChoice';
import { RecipientsSummary } from './RecipientsSummary';
import { TemplateChoice, type ChosenTemplate } from './TemplateChoice';
import './mail-merge.css';

type MailMergeDialogProps = {
  source: MergeSource;
  /** Where the recipients come from, in words ("3 contacts sélectionnés"). */
  sourceLabel: string;
  onClose: () => void;
};

/** Who would get a letter or a label, asked again when the output switches between letters and labels. */
function useRecipients(source: MergeSource, labels: boolean): { recipients: MailMergeRecipients | null; refusal: string | null } {
  const key = JSON.stringify({ source, labels });
  const [answer, setAnswer] = useState<{ key: string; recipients: MailMergeRecipients | null; refusal: string | null } | null>(null);
  useEffect(() => {
    let current = true;
    const asked = JSON.parse(key) as { source: MergeSource; labels: boolean };
    invoke('mailMerge.recipients', asked).then(
      (recipients) => current && setAnswer({ key, recipients, refusal: null }),
      (error: unknown) => current && setAnswer({ key, recipients: null, refusal: failureText(error) }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  // An answer to an earlier question is not shown: still counting.
  return answer?.key === key ? answer : { recipients: null, refusal: null };
}

/**
 * A mail merge from the contacts list: the shipped letter or the user's Word template, one
 * document, one file per recipient or address labels; who is left out and why; the merge runs
 * with a progress bar and Cancel, then the file is saved where the user chooses.
 */
export function MailMergeDialog({ source, sourceLabel, onClose }: MailMergeDialogProps) {
  const { t } = useTranslation();
  const appLanguage = useLanguage();
  const task = useTask();
  const [template, setTemplate] = useState<ChosenTemplate>({ kind: 'letter' });
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [language, setLanguage] = useState<Language>(appLanguage);
  const [output, setOutput] = useState<MergeOutputKind>('document');
  const [labelSize, setLabelSize] = useState<LabelSizeId>('L7160');
  const [failure, setFailure] = useState<string | null>(null);
  const labels = output === 'labels';
  const { recipients, refusal } = useRecipients(source, labels);

  const missing = labels ? null : template.kind === 'none' ? t('mailMerge.dialog.needsTemplate') : template.kind === 'letter' && body.trim() === '' ? t('mailMerge.dialog.needsBody') : null;
  const ready = recipients !== null && recipients.letters > 0 && missing === null && !task.running;

  const run = async () => {
    setFailure(null);
    const input: ApiInput<'mailMerge.run'> = {
      template: template.kind === 'own' ? { fileId: template.fileId } : 'letter',
      source,
      output: labels ? { kind: 'labels', size: labelSize } : { kind: output === 'files' ? 'files' : 'document' },
      language,
      ...(template.kind === 'letter' && !labels ? { subject, body } : {}),
    };
    try {
      const result = await task.run((taskId) => invoke('mailMerge.run', { ...input, taskId }));
      if (await saveFile(result.file)) {
        notify(t(labels ? 'mailMerge.dialog.doneLabels' : 'mailMerge.dialog.done', { count: result.letters, name: result.file.fileName }));
        onClose();
      }
    } catch (error) {
      if (wasCancelled(error)) notify(t('tasks.cancelled'), 'info');
      else setFailure(refusalOf(error, 'template') ?? failureText(error));
    }
  };

  const close = () => {
    if (task.running) task.cancel();
    onClose();
  };

  return (
    <Dialog
      title={t('mailMerge.dialog.title')}
      onClose={close}
      footer={
        <>
          {missing && recipients !== null && <span className="merge-missing faint">{missing}</span>}
          <Button variant="ghost" onClick={close}>
            {t('mailMerge.dialog.close')}
          </Button>
          <Button variant="primary" icon={<Mail size={15} />} disabled={!ready} busy={task.running} onClick={() => void run()} data-testid="merge-run">
            {t(labels ? 'mailMerge.dialog.runLabels' : 'mailMerge.dialog.run')}
          </Button>
        </>
      }
    >
      <div className="merge-dialog" data-testid="mail-merge-dialog">
        <RecipientsSummary sourceLabel={sourceLabel} recipients={recipients} labels={labels} refusal={refusal} />
        <OutputChoice output={output} onOutput={setOutput} labelSize={labelSize} onLabelSize={setLabelSize} disabled={task.running} />
        {!labels && (
          <TemplateChoice
            template={template}
            onTemplate={setTemplate}
            subject={subject}
            onSubject={setSubject}
            body={body}
            onBody={setBody}
            language={language}
            disabled={task.running}
          />
        )}
        <SelectField
          label={t('mailMerge.dialog.language')}
          value={language}
          options={languages.map((value) => ({ value, label: t(`enums.language.${value}`) }))}
          onChange={(value) => value && setLanguage(value)}
        />
        {failure && (
          <div className="form-error" role="alert" data-testid="merge-failure">
            {failure}
          </div>
        )}
        <TaskProgressBar task={task} />
      </div>
    </Dialog>
  );
}
