import { Lock, Trash2 } from 'lucide-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product } from '../../../src-shared/domain/catalogue';
import { invoke, isClientError } from '../../api/client';
import { Button } from '../../components/Button';
import { focusFirstIssue, useDraft } from '../../components/form/use-draft';
import { SidePanel } from '../../components/SidePanel';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { issueMap } from '../../lib/field-issues';
import { createProduct, deleteProducts, updateProduct } from '../../stores/catalogue-actions';
import { useCatalogueStore } from '../../stores/catalogue-store';
import { emptyProductDraft, productCreateInput, productDraftFrom, productServerIssues, productUpdateInput, validateProductDraft, type ProductDraft } from './product-draft';
import { ProductFormFields } from './ProductFormFields';

type ProductFormProps = { id?: string | undefined; editable: boolean; onClose: () => void };

/** Creates or edits a product in the side panel; salespeople see it read-only. */
export function ProductForm({ id, editable, onClose }: ProductFormProps) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const [start, setStart] = useState<{ draft: ProductDraft; product: Product | null } | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    // The draft is read once, in the language of the moment.
    const loading = id
      ? invoke('products.get', { id }).then((product) => ({ draft: productDraftFrom(product, lang), product }))
      : invoke('currency.get', {}).then((settings) => ({ draft: emptyProductDraft(settings.baseCurrency), product: null }));
    loading.then(setStart, (error: unknown) => setLoadError(error));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);

  if (loadError !== null) {
    return (
      <SidePanel title={t('catalogue.products.edit')} onCancel={onClose} onSave={onClose} footer={<Button onClick={onClose}>{t('common.close')}</Button>} testId="product-form">
        <div className="form-error" role="alert">
          {errorMessage(t, loadError)}
        </div>
      </SidePanel>
    );
  }
  if (!start) return null;
  return <ProductEditor product={start.product} initial={start.draft} editable={editable} onClose={onClose} />;
}

type ProductEditorProps = { product: Product | null; initial: ProductDraft; editable: boolean; onClose: () => void };

function ProductEditor({ product, initial, editable, onClose }: ProductEditorProps) {
  const { t } = useTranslation();
  const categories = useCatalogueStore((state) => state.categories);
  const form = useDraft<ProductDraft>(() => initial, validateProductDraft);
  const [saving, setSaving] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);

  // A few fields have a message of their own, clearer than the generic one.
  const { issues, errorFor: genericError } = form;
  const errorFor = useCallback(
    (path: string): string | null => {
      const code = issues[path];
      if (!code) return null;
      if (path === 'reference' && code === 'duplicate') return t('catalogue.errors.referenceTaken');
      if (path === 'defaultPriceMinor') return t('catalogue.errors.price');
      if (path === 'vatRateBp') return t('catalogue.errors.vatRate');
      return genericError(path);
    },
    [issues, genericError, t],
  );

  const save = async () => {
    if (saving || !editable) return;
    setFormError(null);
    if (!form.check()) {
      window.setTimeout(() => focusFirstIssue(body.current, issueMap(validateProductDraft(form.draft))), 0);
      return;
    }
    setSaving(true);
    try {
      if (product) await updateProduct(productUpdateInput(product.id, form.draft));
      else await createProduct(productCreateInput(form.draft));
      onClose();
    } catch (error) {
      if (isClientError(error) && error.body.code === 'validation' && error.body.issues?.length) {
        const found = productServerIssues(error.body.issues);
        form.showServerIssues(found);
        window.setTimeout(() => focusFirstIssue(body.current, issueMap(found)), 0);
      }
      setFormError(errorMessage(t, error));
    } finally {
      setSaving(false);
    }
  };

  const remove = async () => {
    if (product && (await deleteProducts([product.id]))) onClose();
  };

  const issueCount = Object.keys(form.issues).length;
  return (
    <SidePanel
      title={product ? (editable ? t('catalogue.products.edit') : product.name) : t('catalogue.products.new')}
      onCancel={onClose}
      onSave={() => void save()}
      testId="product-form"
      footer={
        editable ? (
          <>
            {product && (
              <Button variant="ghost" className="btn-danger-text" icon={<Trash2 size={14} />} onClick={() => void remove()} data-testid="delete-product">
                {t('common.delete')}
              </Button>
            )}
            <span className="form-footer-hint">
              {issueCount > 0 ? <span className="form-issue-count">{t('form.fixErrors', { count: issueCount })}</span> : t('form.shortcutsHint')}
            </span>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button variant="primary" onClick={() => void save()} busy={saving} data-testid="save-product">
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
            <ProductFormFields draft={form.draft} change={form.change} errorFor={errorFor} knownCategories={categories.map((category) => category.name)} />
          </fieldset>
        </form>
      </div>
    </SidePanel>
  );
}
