import { Download, FileUp, RotateCcw } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiName } from '../../../../src-shared/contract/api';
import type { QuoteTemplateState } from '../../../../src-shared/domain/quote-templates';
import { invoke, saveFile, uploadFile } from '../../../api/client';
import { Button } from '../../../components/Button';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { useLanguage } from '../../../i18n/use-language';
import { formatBytes, formatDateTime } from '../../../lib/format';
import { notifyError } from '../../../stores/notify-error';
import { attempt } from '../../../stores/record-actions';
import { notify } from '../../../stores/toast-store';
import { PlaceholderList } from './PlaceholderList';
import { templateRefusal } from './template-refusal';

const DOCX_TYPES = '.docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Busy = 'upload' | 'sample' | 'download' | 'remove' | null;

/** Which layout quotes use on this PC, the sample to start from, and the office's own template. */
export function WordTemplateBlock({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const input = useRef<HTMLInputElement>(null);
  const [template, setTemplate] = useState<QuoteTemplateState | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);

  useEffect(() => {
    invoke('quoteTemplate.get', {}).then(setTemplate, notifyError);
  }, []);
  if (!template) return null;

  const download = async (name: Extract<ApiName, 'quoteTemplate.sample' | 'quoteTemplate.download'>, kind: Busy) => {
    setBusy(kind);
    await attempt(async () => saveFile(await invoke(name, {})));
    setBusy(null);
  };

  const upload = async (file: File | undefined) => {
    if (!file) return;
    setBusy('upload');
    setRefusal(null);
    try {
      const incoming = await uploadFile(file);
      setTemplate(await invoke('quoteTemplate.save', { fileId: incoming.fileId }));
      notify(t('quoteSettings.template.saved'));
    } catch (error) {
      setRefusal(templateRefusal(t, error));
    } finally {
      setBusy(null);
    }
  };

  const goBackToBuiltIn = async () => {
    setBusy('remove');
    const done = await attempt(async () => setTemplate(await invoke('quoteTemplate.remove', {})));
    setBusy(null);
    setConfirming(false);
    if (done) {
      setRefusal(null);
      notify(t('quoteSettings.template.removed'));
    }
  };

  const { custom, fileName, size, savedAt, placeholders } = template;
  return (
    <div className="word-template" data-testid="word-template">
      <h3 className="settings-subtitle">{t('quoteSettings.template.title')}</h3>
      <p className="muted">{t('quoteSettings.template.intro', { example: '{{quote.number}}' })}</p>

      <div className={`template-status ${custom ? 'template-status-custom' : ''}`} data-testid="template-status" aria-live="polite">
        {custom ? (
          <>
            <div>{t('quoteSettings.template.custom')}</div>
            <div>
              <strong data-testid="template-file-name">{fileName}</strong>
            </div>
            <div className="faint">
              {t('quoteSettings.template.details', { size: formatBytes(lang, size ?? 0), date: formatDateTime(lang, savedAt) })}
              {' · '}
              {t('quoteSettings.template.found', { count: placeholders.found.length })}
            </div>
          </>
        ) : (
          <div data-testid="template-built-in">{t('quoteSettings.template.builtIn')}</div>
        )}
      </div>

      {custom && placeholders.unknown.length > 0 && (
        <div className="template-warning" role="status" data-testid="template-unknown">
          <div>{t('quoteSettings.template.unknownTitle')}</div>
          <ul>
            {placeholders.unknown.map((name) => (
              <li key={name}>
                <code>{`{{${name}}}`}</code>
              </li>
            ))}
          </ul>
          <div>{t('quoteSettings.template.unknownHint')}</div>
        </div>
      )}

      {refusal && (
        <div className="form-error" role="alert" data-testid="template-refusal">
          <strong>{t('quoteSettings.template.refusedTitle')}</strong> {refusal}{' '}
          {custom ? t('quoteSettings.template.keptCustom', { fileName: fileName ?? '' }) : t('quoteSettings.template.keptBuiltIn')}
        </div>
      )}

      {!custom && canEdit && <p className="muted">{t('quoteSettings.template.start')}</p>}
      <div className="template-actions">
        <Button size="sm" icon={<Download size={14} />} busy={busy === 'sample'} onClick={() => void download('quoteTemplate.sample', 'sample')} data-testid="download-sample-template">
          {t('quoteSettings.template.downloadSample')}
        </Button>
        {canEdit && (
          <>
            <input
              ref={input}
              type="file"
              accept={DOCX_TYPES}
              className="visually-hidden"
              tabIndex={-1}
              aria-label={t(custom ? 'quoteSettings.template.replace' : 'quoteSettings.template.upload')}
              data-testid="template-input"
              onChange={(event) => {
                const file = event.target.files?.[0];
                event.target.value = '';
                void upload(file);
              }}
            />
            <Button size="sm" variant="primary" icon={<FileUp size={14} />} busy={busy === 'upload'} onClick={() => input.current?.click()} data-testid="upload-template">
              {busy === 'upload' ? t('quoteSettings.template.uploading') : t(custom ? 'quoteSettings.template.replace' : 'quoteSettings.template.upload')}
            </Button>
          </>
        )}
        {custom && (
          <Button size="sm" icon={<Download size={14} />} busy={busy === 'download'} onClick={() => void download('quoteTemplate.download', 'download')} data-testid="download-current-template">
            {t('quoteSettings.template.downloadCurrent')}
          </Button>
        )}
        {custom && canEdit && (
          <Button size="sm" variant="ghost" icon={<RotateCcw size={14} />} onClick={() => setConfirming(true)} data-testid="use-built-in-layout">
            {t('quoteSettings.template.useBuiltIn')}
          </Button>
        )}
      </div>
      <p className="faint template-note">{t('quoteSettings.template.thisPc')}</p>
      <PlaceholderList />

      {confirming && (
        <ConfirmDialog
          title={t('quoteSettings.template.confirmTitle')}
          body={t('quoteSettings.template.confirmBody', { fileName: fileName ?? '' })}
          confirmLabel={t('quoteSettings.template.useBuiltIn')}
          busy={busy === 'remove'}
          onConfirm={() => void goBackToBuiltIn()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
