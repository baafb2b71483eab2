import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { CataloguePage } from './pages/catalogue-page';

test('a product priced in French format, a customer price list with a quantity break, an overlap refused, the product edited', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const catalogue = new CataloguePage(page);
  await catalogue.open();
  await expect(page.getByTestId('products-empty')).toBeVisible();

  // A product at the reduced VAT rate, its price typed the French way; an unreadable price is said on its field first.
  await page.getByTestId('new-product').click();
  await catalogue.fillProduct({ reference: 'PAIN-01', name: 'Pain de campagne', vat: 'Taux réduit 5,5 %', price: 'douze euros', category: 'Boulangerie' });
  await catalogue.productForm.getByTestId('save-product').click();
  await expect(catalogue.errorOf(catalogue.productForm, 'defaultPriceMinor')).toContainText('1 234,50');
  await catalogue.productForm.getByTestId('product-price').fill('1 234,50');
  await catalogue.saveProduct();
  const bread = catalogue.product('PAIN-01');
  await expect(bread).toContainText(/1\s234,50\s€/);
  await expect(bread).toContainText(/5,5\s%/);
  await expect(bread).toContainText('Boulangerie');
  await expect(page.getByTestId('products-count')).toHaveText('1 produit');

  // A price list for one customer: any quantity, then from 50.
  await catalogue.showTab(/Grilles tarifaires/);
  await page.getByTestId('new-price-list').click();
  await catalogue.priceListForm.getByTestId('price-list-name').fill('Tarif Boulangerie Martin');
  await catalogue.setPrice(0, 'PAIN-01', '', '1 100');
  await catalogue.priceListForm.getByTestId('add-price-break').click();
  await catalogue.setPrice(1, 'PAIN-01', '50', '990,50');
  await catalogue.assignCompany('Boulangerie Martin');
  await catalogue.savePriceList();
  const martin = catalogue.priceList('Tarif Boulangerie Martin');
  await expect(martin).toContainText('1 société');
  await expect(martin).toContainText('2 prix');
  await martin.click();
  await expect(catalogue.priceListForm.getByTestId('price-item-quantity').nth(1)).toHaveValue('50');
  await expect(catalogue.priceListForm.getByTestId('price-item-price').nth(1)).toHaveValue('990,50');
  await expect(catalogue.priceListForm.getByTestId('price-list-company')).toHaveText(['Boulangerie Martin']);
  await catalogue.priceListForm.getByRole('button', { name: 'Annuler' }).click();

  // Two general lists valid on the same days in the same currency: the second is refused, naming the first.
  const generalList = async (name: string, from: string, until: string) => {
    await page.getByTestId('new-price-list').click();
    await catalogue.priceListForm.getByTestId('price-list-name').fill(name);
    await catalogue.priceListForm.getByText('Grille générale (toutes les sociétés)').click();
    await catalogue.priceListForm.getByTestId('price-list-from').fill(from);
    await catalogue.priceListForm.getByTestId('price-list-until').fill(until);
    await catalogue.setPrice(0, 'PAIN-01', '', '1 200');
  };
  await generalList('Tarif 2026', '2026-01-01', '2026-12-31');
  await catalogue.savePriceList();
  await generalList('Tarif été', '2026-06-01', '2026-08-31');
  await catalogue.priceListForm.getByTestId('save-price-list').click();
  await expect(catalogue.priceListForm.getByTestId('form-error')).toContainText('« Tarif 2026 » (du 01/01/2026 au 31/12/2026)');
  await expect(catalogue.errorOf(catalogue.priceListForm, 'validFrom')).toBeVisible();
  await catalogue.priceListForm.getByRole('button', { name: 'Annuler' }).click();
  await expect(catalogue.priceListRows).toHaveCount(2);
  await expect(catalogue.priceList('Tarif 2026')).toContainText('Toutes les sociétés');

  // Editing the product: a new name and price show in the list.
  await catalogue.showTab(/Produits et services/);
  await bread.getByRole('button', { name: 'PAIN-01' }).click();
  await expect(catalogue.productForm.getByTestId('product-price')).toHaveValue('1234,50');
  await catalogue.productForm.getByTestId('product-name').fill('Pain de campagne bio');
  await catalogue.productForm.getByTestId('product-price').fill('1 300');
  await catalogue.saveProduct();
  await expect(bread).toContainText('Pain de campagne bio');
  await expect(bread).toContainText(/1\s300,00\s€/);
});
