import { Lock, Plus } from 'lucide-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../../api/client';
import { Button } from '../../components/Button';
import { Tabs } from '../../components/Tabs';
import { scheduleCatalogueRefresh, useCatalogueStore, type CatalogueTab } from '../../stores/catalogue-store';
import { useSyncStore } from '../../stores/sync-store';
import { canEditCatalogue } from './catalogue-access';
import { PriceListEditor } from './PriceListEditor';
import { PriceListsTab } from './PriceListsTab';
import { ProductForm } from './ProductForm';
import { ProductsTab } from './ProductsTab';

/** The catalogue: products and services, and the price lists quotes take their prices from. */
export function CatalogueScreen() {
  const { t } = useTranslation();
  const tab = useCatalogueStore((state) => state.tab);
  const editor = useCatalogueStore((state) => state.editor);
  const editable = canEditCatalogue(useSyncStore((state) => state.status?.server));
  const { setTab, open, close } = useCatalogueStore.getState();

  useEffect(() => {
    // Fresh rows on every visit: changes that came by sync while another screen was shown are not missed.
    scheduleCatalogueRefresh('product', 'priceList');
    // Changes made on another PC arrive by sync while the screen is open.
    const stop = on('data.changed', ({ entity }) => {
      if (entity === 'product' || entity === 'priceList' || entity === 'company') scheduleCatalogueRefresh(entity);
    });
    return () => {
      stop();
      useCatalogueStore.getState().close();
    };
  }, []);

  const tabs: { key: CatalogueTab; label: string }[] = [
    { key: 'products', label: t('catalogue.products.title') },
    { key: 'priceLists', label: t('catalogue.priceLists.title') },
  ];
  const create = () => open(tab === 'products' ? { kind: 'product' } : { kind: 'priceList' });
  return (
    <section className="screen catalogue-screen" aria-label={t('catalogue.nav')} data-testid="catalogue-screen">
      <header className="screen-header">
        <div className="screen-title">
          <h1>{t('catalogue.nav')}</h1>
        </div>
        <div className="screen-actions">
          {editable && (
            <Button variant="primary" icon={<Plus size={15} />} onClick={create} data-testid={tab === 'products' ? 'new-product' : 'new-price-list'}>
              {tab === 'products' ? t('catalogue.products.new') : t('catalogue.priceLists.new')}
            </Button>
          )}
        </div>
      </header>
      {!editable && (
        <p className="catalogue-read-only" role="note" data-testid="catalogue-read-only">
          <Lock size={14} aria-hidden="true" />
          <span>{t('catalogue.readOnly')}</span>
        </p>
      )}
      <Tabs idBase="catalogue" label={t('catalogue.nav')} tabs={tabs} active={tab} onChange={setTab} />
      <div className="catalogue-panel" role="tabpanel" id={`catalogue-panel-${tab}`} aria-labelledby={`catalogue-tab-${tab}`}>
        {tab === 'products' ? <ProductsTab editable={editable} /> : <PriceListsTab editable={editable} />}
      </div>
      {editor?.kind === 'product' && <ProductForm key={editor.id ?? 'new'} id={editor.id} editable={editable} onClose={close} />}
      {editor?.kind === 'priceList' && <PriceListEditor key={editor.id ?? 'new'} id={editor.id} editable={editable} onClose={close} />}
    </section>
  );
}
