import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuoteSettings } from '../../../../src-shared/domain/quotes';
import { invoke } from '../../../api/client';
import { Button } from '../../../components/Button';
import { TextAreaField, TextField } from '../../../components/Field';
import { useContractForm } from '../../../components/form/use-contract-form';
import { scheduleRefresh } from '../../../stores/live-updates';
import { notify } from '../../../stores/toast-store';
import { letterheadChanges, letterheadDraftOf, type LetterheadDraft } from './letterhead-draft';
import { LogoField } from './LogoField';

type LetterheadFormProps = { settings: QuoteSettings; onSaved: (settings: QuoteSettings) => void };

/**
 * The letterhead printed on quotes and the quote defaults, saved together. Fields are checked
 * with the contract's own rules as the user types; only what changed is sent.
 */
export function LetterheadForm({ settings, onSaved }: LetterheadFormProps) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<LetterheadDraft>(() => letterheadDraftOf(settings));
  const changes = letterheadChanges(draft, settings);
  const form = useContractForm('quoteSettings.save', changes);
  const changed = Object.keys(changes).length > 0;
  const set = (patch: Partial<LetterheadDraft>) => setDraft((current) => ({ ...current, ...patch }));
  /** A field's error, in words that say what is expected where the generic one would not. */
  const errorFor = (path: keyof QuoteSettings, specific?: string): string | null => {
    const error = form.errorFor(path);
    return error && specific ? specific : error;
  };

  const save = () =>
    void form.submit(async () => {
      const saved = await invoke('quoteSettings.save', changes);
      setDraft(letterheadDraftOf(saved));
      onSaved(saved);
      // Quotes being written take their defaults and letterhead from these settings.
      scheduleRefresh('officeSetting');
      notify(t('quoteSettings.saved'));
    });

  const text = (field: 'sellerName' | 'phone' | 'email' | 'website' | 'siret' | 'vatNumber', maxLength: number, extra: { type?: string; hint?: string; specific?: string; autoComplete?: string } = {}) => (
    <TextField
      label={t(`quoteSettings.letterhead.${field}`)}
      value={draft[field]}
      onChange={(value) => set({ [field]: value })}
      error={errorFor(field, extra.specific)}
      hint={extra.hint}
      path={field}
      maxLength={maxLength}
      type={extra.type}
      autoComplete={extra.autoComplete ?? 'off'}
      data-testid={`letterhead-${field}`}
    />
  );

  return (
    <form
      className="letterhead-form"
      data-testid="letterhead-form"
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3 className="settings-subtitle">{t('quoteSettings.letterhead.title')}</h3>
      <div className="letterhead-grid">
        <div className="letterhead-identity">
          {text('sellerName', 200, { autoComplete: 'organization' })}
          <div data-testid="letterhead-address">
            <TextAreaField
              label={t('quoteSettings.letterhead.address')}
              value={draft.address}
              onChange={(address) => set({ address })}
              rows={3}
              hint={t('quoteSettings.letterhead.addressHint')}
              error={form.errorFor('addressLines') ? t('quoteSettings.letterhead.tooManyLines') : null}
              path="addressLines"
            />
          </div>
        </div>
        <LogoField logo={draft.logo} changed={(draft.logo?.base64 ?? null) !== (settings.logo?.base64 ?? null)} onChange={(logo) => set({ logo })} />
      </div>
      <div className="form-grid">
        {text('phone', 40, { type: 'tel' })}
        {text('email', 254, { type: 'email' })}
        {text('website', 300)}
        {text('siret', 20, { hint: t('quoteSettings.letterhead.siretHint') })}
        {text('vatNumber', 30, { specific: t('quoteSettings.letterhead.vatNumberInvalid') })}
        <TextField
          label={t('quoteSettings.letterhead.validity')}
          value={draft.defaultValidityDays}
          onChange={(defaultValidityDays) => set({ defaultValidityDays })}
          error={errorFor('defaultValidityDays', t('quoteSettings.letterhead.validityInvalid'))}
          hint={t('quoteSettings.letterhead.validityHint')}
          path="defaultValidityDays"
          inputMode="numeric"
          maxLength={3}
          data-testid="letterhead-validity"
        />
      </div>
      <div data-testid="letterhead-terms">
        <TextAreaField
          label={t('quoteSettings.letterhead.defaultTerms')}
          value={draft.defaultTerms}
          onChange={(defaultTerms) => set({ defaultTerms })}
          rows={4}
          maxLength={10_000}
          hint={t('quoteSettings.letterhead.defaultTermsHint')}
          error={form.errorFor('defaultTerms')}
          path="defaultTerms"
        />
      </div>
      {form.failure && (
        <div className="form-error" role="alert">
          {form.failure}
        </div>
      )}
      <div className="settings-actions">
        <Button variant="primary" type="submit" busy={form.busy} disabled={!changed} title={changed ? undefined : t('quoteSettings.letterhead.noChanges')} data-testid="save-letterhead">
          {t('common.save')}
        </Button>
      </div>
    </form>
  );
}
