import { expect, type Locator, type Page } from '@playwright/test';

/** The deals screen: the board's columns and cards, the view switch, the deal form. */
export class PipelinePage {
  readonly page: Page;
  readonly board: Locator;
  readonly announcement: Locator;

  constructor(page: Page) {
    this.page = page;
    this.board = page.getByTestId('board');
    this.announcement = page.getByTestId('board-announcement');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-deals').click();
    await expect(this.board).toBeVisible();
  }

  column(stage: string): Locator {
    return this.page.getByTestId('board-column').filter({ has: this.page.getByRole('heading', { name: stage, exact: true }) });
  }

  card(title: string): Locator {
    return this.page.getByTestId('deal-card').filter({ hasText: title });
  }

  async createDeal(title: string, amount: string, company?: string): Promise<void> {
    await this.page.getByTestId('new-deal').click();
    const form = this.page.getByTestId('deal-form');
    await form.getByTestId('deal-title').fill(title);
    await form.getByTestId('deal-amount').fill(amount);
    if (company) {
      await form.getByRole('combobox', { name: /Société|Company/ }).fill(company);
      await this.page.getByRole('option', { name: new RegExp(company) }).first().click();
    }
    await form.getByTestId('save-deal').click();
  }
}
