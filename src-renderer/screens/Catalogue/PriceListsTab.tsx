import { Plus, Tags } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { errorMessage } from '../../i18n/error-message';
import { useLanguage } from '../../i18n/use-language';
import { useCatalogueStore } from '../../stores/catalogue-store';
import { validityText } from './validity-text';

/** The price lists: currency, validity, who they apply to, how many prices; a row opens its editor. */
export function PriceListsTab({ editable }: { editable: boolean }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const lists = useCatalogueStore((state) => state.priceLists);
  const loadError = useCatalogueStore((state) => state.priceListsError);
  const open = (id?: string) => useCatalogueStore.getState().open(id ? { kind: 'priceList', id } : { kind: 'priceList' });

  if (lists === null) {
    return loadError !== null ? (
      <EmptyState title={t('errors.title')} body={errorMessage(t, loadError)} actions={<Button onClick={() => void useCatalogueStore.getState().loadPriceLists()}>{t('common.retry')}</Button>} />
    ) : (
      <p className="muted catalogue-loading">{t('common.loading')}</p>
    );
  }
  if (lists.length === 0) {
    return (
      <div className="list-content">
        <EmptyState
          testId="price-lists-empty"
          icon={<Tags size={36} />}
          title={t('catalogue.priceLists.emptyTitle')}
          body={t('catalogue.priceLists.empty')}
          actions={
            editable ? (
              <Button variant="primary" icon={<Plus size={15} />} onClick={() => open()}>
                {t('catalogue.priceLists.new')}
              </Button>
            ) : undefined
          }
        />
      </div>
    );
  }
  return (
    <div className="price-lists">
      <p className="muted price-lists-intro">{t('catalogue.priceLists.intro')}</p>
      <table className="plain-table price-lists-table" aria-label={t('catalogue.priceLists.title')} data-testid="price-lists-table">
        <thead>
          <tr>
            <th scope="col">{t('catalogue.priceLists.name')}</th>
            <th scope="col">{t('catalogue.fields.currency')}</th>
            <th scope="col">{t('catalogue.priceLists.validity')}</th>
            <th scope="col">{t('catalogue.priceLists.appliesTo')}</th>
            <th scope="col" className="num">
              {t('catalogue.priceLists.items')}
            </th>
          </tr>
        </thead>
        <tbody>
          {lists.map((list) => (
            <tr key={list.id} className="price-list-row" data-testid="price-list-row" onClick={() => open(list.id)}>
              <td>
                {/* The row opens on a click anywhere; the button makes it reachable with the keyboard (its click reaches the row). */}
                <button type="button" className="link-button price-list-name">
                  {list.name}
                </button>
              </td>
              <td>{list.currency}</td>
              <td className="price-list-validity">{validityText(t, lang, list)}</td>
              <td>
                {list.general ? (
                  <span className="badge badge-accent">{t('catalogue.priceLists.everyCompany')}</span>
                ) : (
                  t('catalogue.priceLists.companyCount', { count: list.companyCount })
                )}
              </td>
              <td className="num">{t('catalogue.priceLists.itemCount', { count: list.itemCount })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
