import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The quote page: its lines, totals and actions. */
export class QuotePage {
  readonly page: Page;
  readonly screen: Locator;
  readonly lines: Locator;
  readonly totalExcl: Locator;
  readonly totalIncl: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('quote-screen');
    this.lines = this.screen.getByTestId('quote-line');
    this.totalExcl = this.screen.getByTestId('quote-total-excl');
    this.totalIncl = this.screen.getByTestId('quote-total-incl');
    this.status = this.screen.getByTestId('quote-title').locator('..').getByTestId('quote-status');
  }

  line(index: number): Locator {
    return this.lines.nth(index);
  }

  /** Picks a product from the catalogue by what its reference or name starts with. */
  async addProduct(query: string, option: RegExp): Promise<void> {
    const picker = this.screen.getByTestId('quote-add-product');
    await picker.getByRole('combobox').fill(query);
    await picker.getByRole('option', { name: option }).click();
  }

  async addFreeLine(description: string, price: string): Promise<Locator> {
    await this.screen.getByTestId('quote-add-free-line').click();
    const line = this.lines.last();
    await line.getByTestId('quote-line-description').fill(description);
    await line.getByTestId('quote-line-price').fill(price);
    return line;
  }

  /** Clicks an export button and returns the file the browser downloaded. */
  async export(format: 'docx' | 'pdf'): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.screen.getByTestId(`quote-export-${format}`).click();
    return download;
  }

  async expectSaved(): Promise<void> {
    await expect(this.screen.getByTestId('quote-unsaved')).toBeHidden();
  }
}
