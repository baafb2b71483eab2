import { Plus, X } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { Button, IconButton } from '../../components/Button';
import { TextField } from '../../components/Field';
import { RecordPicker } from '../../components/RecordPicker';
import { replaceRow } from '../../components/form/EntryRows';
import { searchProducts } from '../../stores/catalogue-actions';
import { newPriceItem, type PriceItemDraft } from './price-list-draft';

type PriceItemsFieldProps = {
  items: PriceItemDraft[];
  currency: string;
  onChange: (items: PriceItemDraft[]) => void;
  errorFor: (path: string) => string | null;
};

/**
 * The list's prices: a product, the quantity from which the price applies (quantity breaks:
 * the same product again with a higher quantity), the unit price in the list's currency.
 */
export function PriceItemsField({ items, currency, onChange, errorFor }: PriceItemsFieldProps) {
  const { t } = useTranslation();
  const remove = (index: number) => onChange(items.length > 1 ? items.filter((_, position) => position !== index) : [newPriceItem()]);
  return (
    <div className="price-items" role="group" aria-label={t('catalogue.priceLists.items')} data-testid="price-items">
      <div className="price-item price-item-head" aria-hidden="true">
        <span>{t('catalogue.priceLists.product')}</span>
        <span>{t('catalogue.priceLists.minQuantity')}</span>
        <span>{t('catalogue.priceLists.unitPriceIn', { currency })}</span>
        <span />
      </div>
      {items.map((item, index) => (
        <div key={item.key} className="price-item" data-testid="price-item">
          <RecordPicker
            label={t('catalogue.priceLists.product')}
            hideLabel
            placeholder={t('catalogue.priceLists.chooseProduct')}
            value={item.product}
            onChange={(product) => onChange(replaceRow(items, index, { product }))}
            search={searchProducts}
            path={`items.${index}.productId`}
            error={errorFor(`items.${index}.productId`)}
          />
          <TextField
            label={t('catalogue.priceLists.minQuantity')}
            labelHidden
            value={item.minQuantity}
            onChange={(minQuantity) => onChange(replaceRow(items, index, { minQuantity }))}
            placeholder={t('catalogue.priceLists.anyQuantity')}
            path={`items.${index}.minQuantityMilli`}
            error={errorFor(`items.${index}.minQuantityMilli`)}
            inputMode="decimal"
            autoComplete="off"
            data-testid="price-item-quantity"
          />
          <TextField
            label={t('catalogue.priceLists.unitPriceIn', { currency })}
            labelHidden
            value={item.unitPrice}
            onChange={(unitPrice) => onChange(replaceRow(items, index, { unitPrice }))}
            path={`items.${index}.unitPriceMinor`}
            error={errorFor(`items.${index}.unitPriceMinor`)}
            inputMode="decimal"
            autoComplete="off"
            data-testid="price-item-price"
          />
          <IconButton className="entry-remove" label={t('catalogue.priceLists.removeItem')} icon={<X size={14} />} onClick={() => remove(index)} />
        </div>
      ))}
      <div className="price-items-actions">
        <Button size="sm" variant="ghost" icon={<Plus size={14} />} onClick={() => onChange([...items, newPriceItem()])} data-testid="add-price-item">
          {t('catalogue.priceLists.addItem')}
        </Button>
        <Button
          size="sm"
          variant="ghost"
          icon={<Plus size={14} />}
          disabled={!items[items.length - 1]?.product}
          onClick={() => onChange([...items, newPriceItem(items[items.length - 1]?.product ?? null)])}
          data-testid="add-price-break"
        >
          {t('catalogue.priceLists.addBreak')}
        </Button>
      </div>
      <p className="field-hint">{t('catalogue.priceLists.breaksHint')}</p>
    </div>
  );
}
