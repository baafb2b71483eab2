import { expect, type Locator, type Page } from '@playwright/test';

export type ProductEntry = { reference: string; name: string; vat: string; price: string; category?: string };

/** The catalogue screen: its two tabs, the product form and the price list editor. */
export class CataloguePage {
  readonly page: Page;
  readonly screen: Locator;
  readonly productRows: Locator;
  readonly productForm: Locator;
  readonly priceListRows: Locator;
  readonly priceListForm: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('catalogue-screen');
    this.productRows = page.getByTestId('product-row');
    this.productForm = page.getByTestId('product-form');
    this.priceListRows = page.getByTestId('price-list-row');
    this.priceListForm = page.getByTestId('price-list-form');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-catalogue').click();
    await expect(this.screen).toBeVisible();
  }

  async showTab(name: RegExp): Promise<void> {
    await this.screen.getByRole('tab', { name }).click();
  }

  product(text: string): Locator {
    return this.productRows.filter({ hasText: text });
  }

  priceList(name: string): Locator {
    return this.priceListRows.filter({ hasText: name });
  }

  /** The error shown under a field of a form, found by its form path ("defaultPriceMinor"). */
  errorOf(form: Locator, path: string): Locator {
    return form.locator(`[data-field="${path}"]`).getByTestId('field-error');
  }

  async fillProduct(entry: ProductEntry): Promise<void> {
    await this.productForm.getByTestId('product-reference').fill(entry.reference);
    await this.productForm.getByTestId('product-name').fill(entry.name);
    await this.productForm.getByLabel(/^(TVA|VAT)$/).selectOption({ label: entry.vat });
    await this.productForm.getByTestId('product-price').fill(entry.price);
    if (entry.category) {
      await this.productForm.getByTestId('product-category-input').fill(entry.category);
      await this.page.keyboard.press('Enter');
      await expect(this.productForm.getByTestId('product-category')).toContainText(entry.category);
    }
  }

  async saveProduct(): Promise<void> {
    await this.productForm.getByTestId('save-product').click();
    await expect(this.productForm).toBeHidden();
  }

  /** Fills a price of the open price list: its product (found by what is typed), the quantity it starts from, the unit price. */
  async setPrice(index: number, product: string, quantity: string, price: string): Promise<void> {
    const row = this.priceListForm.getByTestId('price-item').nth(index);
    const picker = row.getByRole('combobox');
    if (await picker.isVisible()) {
      await picker.fill(product);
      await this.page.getByRole('option', { name: new RegExp(product) }).first().click();
    }
    await row.getByTestId('price-item-quantity').fill(quantity);
    await row.getByTestId('price-item-price').fill(price);
  }

  /** Gives the open price list to a company, creating the company from the picker when it does not exist. */
  async assignCompany(name: string): Promise<void> {
    await this.priceListForm.getByRole('combobox', { name: /Attribuer à une société|Assign to a company/ }).fill(name);
    await this.page.getByRole('option', { name: new RegExp(name) }).first().click();
    await expect(this.priceListForm.getByTestId('price-list-company')).toContainText(name);
  }

  async savePriceList(): Promise<void> {
    await this.priceListForm.getByTestId('save-price-list').click();
    await expect(this.priceListForm).toBeHidden();
  }
}
