import { expect, type Locator, type Page } from '@playwright/test';

/** The contacts list: a virtual table, its count, search and the "new contact" button. */
export class ContactsPage {
  readonly page: Page;
  readonly table: Locator;
  readonly rows: Locator;
  readonly count: Locator;
  readonly search: Locator;
  readonly emptyState: Locator;

  constructor(page: Page) {
    this.page = page;
    this.table = page.getByTestId('contacts-table');
    this.rows = page.getByTestId('contact-row');
    this.count = page.getByTestId('contacts-count');
    this.search = page.getByTestId('contacts-search');
    this.emptyState = page.getByTestId('contacts-empty');
  }

  row(name: string): Locator {
    return this.rows.filter({ hasText: name });
  }

  /** Filters on a city through the Filters panel. */
  async filterByCity(city: string): Promise<void> {
    await this.page.getByTestId('filters-button').click();
    await this.page.getByLabel(/^(Ville|City)$/).fill(city);
    await this.page.getByRole('button', { name: /^(Appliquer|Apply)$/ }).click();
  }

  /** Saves the current filters, sort and columns as a named view. */
  async saveViewAs(name: string): Promise<void> {
    await this.page.getByTestId('views-menu').click();
    await this.page.getByRole('menuitem', { name: /Enregistrer la vue sous|Save view as/ }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('textbox').fill(name);
    await dialog.getByRole('button', { name: /^(Enregistrer|Save)$/ }).click();
    await expect(this.page.getByTestId('views-menu')).toContainText(name);
  }

  /** Applies a saved view by name (or the whole list with "Tous les contacts"). */
  async applyView(name: string): Promise<void> {
    await this.page.getByTestId('views-menu').click();
    await this.page.getByRole('menuitem', { name }).click();
  }

  async newContact(): Promise<void> {
    await this.page.getByTestId('new-contact').click();
  }

  /** The number the count label shows ("100 000 contacts" → 100000). */
  async total(): Promise<number> {
    await expect(this.count).toHaveText(/\d/);
    const text = (await this.count.textContent()) ?? '';
    return Number(text.replace(/\D/g, ''));
  }

  /** Rows in the DOM right now (the table renders only what is on screen). */
  async renderedRowCount(): Promise<number> {
    return this.rows.count();
  }

  /** Scrolls the table's own scroll box to a fraction of its height. */
  async scrollTo(fraction: number): Promise<void> {
    await this.table.evaluate((element, part) => {
      element.scrollTop = (element.scrollHeight - element.clientHeight) * part;
    }, fraction);
  }

  /** The list index (0-based) of the first row rendered. */
  async firstRenderedIndex(): Promise<number> {
    const indexes = await this.rows.evaluateAll((rows) => rows.map((row) => Number(row.getAttribute('data-index'))));
    return Math.min(...indexes);
  }
}
