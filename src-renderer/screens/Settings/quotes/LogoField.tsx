import { ImagePlus, Trash2 } from 'lucide-react';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LOGO_BYTES } from '../../../../src-shared/domain/quotes';
import { Button } from '../../../components/Button';
import { FieldMessage, describedBy } from '../../../components/Field';
import { useLanguage } from '../../../i18n/use-language';
import { formatKilobytes, isRefusal, logoSource, readLogoFile, type Logo } from './logo-file';

type LogoFieldProps = {
  logo: Logo | null;
  /** The logo differs from the saved one (a new image, or removed). */
  changed: boolean;
  onChange: (logo: Logo | null) => void;
};

/** The letterhead logo: a preview, an image to pick (checked at once), and Remove. */
export function LogoField({ logo, changed, onChange }: LogoFieldProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const max = formatKilobytes(lang, MAX_LOGO_BYTES);

  const picked = async (file: File | undefined) => {
    if (!file) return;
    const read = await readLogoFile(file);
    if (isRefusal(read)) {
      setRefusal(t(`quoteSettings.logo.${read.problem}`, { size: formatKilobytes(lang, read.size), max }));
      return;
    }
    setRefusal(null);
    onChange(read);
  };

  const pending = changed && !refusal ? t(logo ? 'quoteSettings.logo.pending' : 'quoteSettings.logo.removing') : null;
  return (
    <div className={['field', 'logo-field', refusal ? 'field-invalid' : ''].filter(Boolean).join(' ')} data-field="logo">
      <span className="field-label" id={`${id}-label`}>
        {t('quoteSettings.logo.label')}
      </span>
      <div className="logo-field-row">
        <div className="logo-frame">
          {logo ? <img src={logoSource(logo)} alt={t('quoteSettings.logo.preview')} data-testid="logo-preview" /> : <span className="faint">{t('quoteSettings.logo.none')}</span>}
        </div>
        <div className="logo-field-actions">
          <input
            ref={input}
            id={id}
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden"
            tabIndex={-1}
            aria-labelledby={`${id}-label`}
            aria-describedby={describedBy(id, refusal, t('quoteSettings.logo.hint', { max }))}
            data-testid="logo-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              void picked(file);
            }}
          />
          <Button size="sm" icon={<ImagePlus size={14} />} onClick={() => input.current?.click()} data-testid="choose-logo">
            {t(logo ? 'quoteSettings.logo.replace' : 'quoteSettings.logo.choose')}
          </Button>
          {logo && (
            <Button
              size="sm"
              variant="ghost"
              icon={<Trash2 size={14} />}
              onClick={() => {
                setRefusal(null);
                onChange(null);
              }}
              data-testid="remove-logo"
            >
              {t('quoteSettings.logo.remove')}
            </Button>
          )}
        </div>
      </div>
      {pending && <div className="field-hint logo-pending">{pending}</div>}
      <FieldMessage id={id} error={refusal} hint={t('quoteSettings.logo.hint', { max })} />
    </div>
  );
}
