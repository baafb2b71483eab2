import { Lock, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PriceList } from '../../../src-shared/domain/catalogue';
import { invoke } from '../../api/client';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { focusFirstIssue, useDraft } from '../../components/form/use-draft';
import { SidePanel } from '../../components/SidePanel';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { issueMap } from '../../lib/field-issues';
import { deletePriceList } from '../../stores/catalogue-actions';
import { notify } from '../../stores/toast-store';
import { emptyPriceListDraft, priceListDraftFrom, validatePriceListDraft, type PriceListDraft } from './price-list-draft';
import { PriceListFormFields } from './PriceListFormFields';
import { savePriceListDraft } from './save-price-list';

type PriceListEditorProps = { id?: string | undefined; editable: boolean; onClose: () => void };

/** Creates or edits a price list (its prices and the companies it applies to) in the side panel. */
export function PriceListEditor({ id, editable, onClose }: PriceListEditorProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [start, setStart] = useState<{ draft: PriceListDraft; list: PriceList | null } | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    // The draft is read once, in the language of the moment.
    const loading = id
      ? invoke('priceLists.get', { id }).then((list) => ({ draft: priceListDraftFrom(list, lang), list }))
      : invoke('currency.get', {}).then((settings) => ({ draft: emptyPriceListDraft(settings.baseCurrency), list: null }));
    loading.then(setStart, (error: unknown) => setLoadError(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError !== null) {
    return (
      <SidePanel title={t('catalogue.priceLists.edit')} onCancel={onClose} onSave={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} testId="price-list-form">
        <div className="form-error" role="alert">
          {errorMessage(t, loadError)}
        </div>
      </SidePanel>
    );
  }
  if (!start) return null;
  return <PriceListPanel list={start.list} initial={start.draft} editable={editable} onClose={onClose} />;
}

type PriceListPanelProps = { list: PriceList | null; initial: PriceListDraft; editable: boolean; onClose: () => void };

function PriceListPanel({ list, initial, editable, onClose }: PriceListPanelProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const form = useDraft<PriceListDraft>(() => initial, validatePriceListDraft);
  // What the core holds: the list as loaded, then as saved (a new list has an id once saved).
  const [saved, setSaved] = useState<PriceList | null>(list);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [overlap, setOverlap] = useState<string | null>(null);
  const [refused, setRefused] = useState<Record<string, string>>({});
  const [confirmDelete, setConfirmDelete] = useState(false);
  const body = useRef<HTMLDivElement>(null);

  const { issues, errorFor: genericError } = form;
  const errorFor = useCallback(
    (path: string): string | null => (path === 'validFrom' && issues[path] === 'overlap' && overlap ? overlap : genericError(path)),
    [issues, genericError, overlap],
  );

  const save = async () => {
    if (saving || !editable) return;
    setFormError(null);
    setOverlap(null);
    setRefused({});
    if (!form.check()) {
      window.setTimeout(() => focusFirstIssue(body.current, issueMap(validatePriceListDraft(form.draft))), 0);
      return;
    }
    setSaving(true);
    try {
      const outcome = await savePriceListDraft(t, lang, form.draft, saved);
      if (outcome.kind === 'saved') {
        notify(t('catalogue.priceLists.saved', { name: outcome.list.name }));
        onClose();
        return;
      }
      if (outcome.kind === 'refused') {
        form.showServerIssues(outcome.issues);
        setOverlap(outcome.overlap);
        setFormError(outcome.overlap ?? errorMessage(t, outcome.error));
        window.setTimeout(() => focusFirstIssue(body.current, issueMap(outcome.issues)), 0);
        return;
      }
      // The list is saved; some companies could not be given it.
      setSaved(outcome.list);
      setRefused(outcome.refused);
      setFormError(t('catalogue.priceLists.assignFailed', { count: Object.keys(outcome.refused).length }));
    } catch (error) {
      setFormError(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (saved && (await deletePriceList(saved))) onClose();
    else setConfirmDelete(false);
  };

  const issueCount = Object.keys(form.issues).length;
  const title = saved ? (editable ? t('catalogue.priceLists.edit') : saved.name) : t('catalogue.priceLists.new');
  return (
    <>
      <SidePanel
        title={title}
        onCancel={onClose}
        onSave={() => void save()}
        testId="price-list-form"
        footer={
          editable ? (
            <>
              {saved && (
                <Button variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={() => setConfirmDelete(true)} data-testid="delete-price-list">
                  {t('common.delete')}
                </Button>
              )}
              <span className="form-footer-hint">
                {issueCount > 0 ? <span className="form-issue-count">{t('form.fixErrors', { count: issueCount })}</span> : t('form.shortcutsHint')}
              </span>
              <Button onClick={onClose}>{t('common.cancel')}</Button>
              <Button variant="primary" onClick={() => void save()} busy={saving} data-testid="save-price-list">
                {saving ? t('common.saving') : t('common.save')}
              </Button>
            </>
          ) : (
            <Button onClick={onClose}>{t('common.close')}</Button>
          )
        }
      >
        <div ref={body}>
          {!editable && (
            <p className="catalogue-read-only" role="note">
              <Lock size={14} aria-hidden="true" />
              <span>{t('catalogue.readOnly')}</span>
            </p>
          )}
          {formError && (
            <div className="form-error" role="alert" data-testid="form-error">
              {formError}
            </div>
          )}
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <fieldset className="form-fieldset" disabled={!editable}>
              <PriceListFormFields
                draft={form.draft}
                change={form.change}
                errorFor={errorFor}
                assignedBefore={saved?.companies.length ?? 0}
                refusedCompanies={refused}
                editable={editable}
              />
            </fieldset>
          </form>
        </div>
      </SidePanel>
      {confirmDelete && saved && (
        <ConfirmDialog
          title={t('catalogue.priceLists.deleteTitle', { name: saved.name })}
          body={t('catalogue.priceLists.deleteBody')}
          confirmLabel={t('common.delete')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirmDelete(false)}
        />
      )}
    </>
  );
}
