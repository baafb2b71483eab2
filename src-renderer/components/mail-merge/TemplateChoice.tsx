import { Download, FileUp } from 'lucide-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MergeTemplateFields } from '../../../src-shared/domain/mail-merge';
import type { Language } from '../../../src-shared/i18n';
import { invoke, uploadFile } from '../../api/client';
import { Button } from '../Button';
import { TextAreaField, TextField } from '../Field';
import { failureText, refusalOf, saveShippedLetter } from './mail-merge-actions';

const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The letter chosen: the shipped one, or the user's upload once checked. */
export type ChosenTemplate = { kind: 'letter' } | { kind: 'own'; fileId: string; fileName: string; fields: MergeTemplateFields } | { kind: 'none' };

type TemplateChoiceProps = {
  template: ChosenTemplate;
  onTemplate: (template: ChosenTemplate) => void;
  subject: string;
  onSubject: (subject: string) => void;
  body: string;
  onBody: (body: string) => void;
  language: Language;
  disabled: boolean;
};

/** The shipped letter (with its subject and text typed here) or the user's own Word template, its fields shown. */
export function TemplateChoice(props: TemplateChoiceProps) {
  const { template, onTemplate, subject, onSubject, body, onBody, language, disabled } = props;
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [fileName, setFileName] = useState<string | null>(null);

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setUploading(true);
    setRefusal(null);
    setFileName(file.name);
    try {
      const incoming = await uploadFile(file);
      const fields = await invoke('mailMerge.inspectTemplate', { fileId: incoming.fileId });
      onTemplate({ kind: 'own', fileId: incoming.fileId, fileName: incoming.fileName, fields });
    } catch (error) {
      setRefusal(refusalOf(error, 'template') ?? failureText(error));
      onTemplate({ kind: 'none' });
    } finally {
      setUploading(false);
    }
  };

  const own = template.kind !== 'letter';
  return (
    <fieldset className="merge-section" disabled={disabled}>
      <legend className="merge-section-title">{t('mailMerge.dialog.template')}</legend>
      <label className="merge-choice">
        <input type="radio" name="merge-template" checked={!own} onChange={() => onTemplate({ kind: 'letter' })} data-testid="merge-shipped-letter" />
        <span>{t('mailMerge.dialog.shippedLetter')}</span>
      </label>
      {!own && (
        <div className="merge-choice-body">
          <TextField label={t('mailMerge.dialog.subject')} value={subject} onChange={onSubject} maxLength={300} data-testid="merge-subject" />
          <TextAreaField label={t('mailMerge.dialog.body')} hint={t('mailMerge.dialog.bodyHint')} value={body} onChange={onBody} rows={4} maxLength={20_000} />
          <Button size="sm" variant="ghost" icon={<Download size={14} />} onClick={() => void saveShippedLetter(language)} data-testid="merge-download-letter">
            {t('mailMerge.dialog.downloadLetter')}
          </Button>
        </div>
      )}
      <label className="merge-choice">
        <input type="radio" name="merge-template" checked={own} onChange={() => onTemplate({ kind: 'none' })} data-testid="merge-own-template" />
        <span>{t('mailMerge.dialog.ownTemplate')}</span>
      </label>
      {own && (
        <div className="merge-choice-body">
          <input
            ref={input}
            type="file"
            accept={DOCX_TYPES}
            className="visually-hidden"
            tabIndex={-1}
            aria-label={t('mailMerge.dialog.chooseTemplate')}
            data-testid="merge-template-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              void upload(file);
            }}
          />
          <Button size="sm" icon={<FileUp size={14} />} busy={uploading} onClick={() => input.current?.click()} data-testid="merge-upload-template">
            {uploading ? t('mailMerge.dialog.uploading') : t(template.kind === 'own' ? 'mailMerge.dialog.replaceTemplate' : 'mailMerge.dialog.chooseTemplate')}
          </Button>
          {template.kind === 'own' && <TemplateFields fileName={template.fileName} fields={template.fields} />}
          {refusal && (
            <div className="form-error" role="alert" data-testid="merge-template-refusal">
              <strong>{fileName}</strong> — {t('mailMerge.dialog.refused')} {refusal}
            </div>
          )}
        </div>
      )}
    </fieldset>
  );
}

/** The merge fields an uploaded template holds, and a warning for those the CRM does not know. */
function TemplateFields({ fileName, fields }: { fileName: string; fields: MergeTemplateFields }) {
  const { t } = useTranslation();
  return (
    <div className="merge-fields" data-testid="merge-template-fields">
      <div>
        <strong>{fileName}</strong> — {t('mailMerge.dialog.fieldsFound', { count: fields.known.length })}
      </div>
      <ul className="merge-field-list">
        {fields.known.map((name) => (
          <li key={name}>
            <code>{`{{${name}}}`}</code>
          </li>
        ))}
      </ul>
      {fields.unknown.length > 0 && (
        <div className="merge-warning" role="status" data-testid="merge-template-unknown">
          {t('mailMerge.dialog.unknownFields')}{' '}
          {fields.unknown.map((name) => (
            <code key={name}>{`{{${name}}}`}</code>
          ))}
        </div>
      )}
    </div>
  );
}
