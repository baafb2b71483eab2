import { expect, type Locator, type Page } from '@playwright/test';

/** A contact's page: header, cards (companies, relations, tags) and history. */
export class ContactDetailPage {
  readonly page: Page;
  readonly root: Locator;
  readonly title: Locator;
  readonly companyLinks: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('contact-detail');
    this.title = this.root.getByTestId('detail-title');
    this.companyLinks = this.root.getByTestId('company-link');
  }

  async expectShown(name: string): Promise<void> {
    await expect(this.title).toHaveText(name);
  }

  async edit(): Promise<void> {
    await this.root.getByTestId('edit-record').click();
  }

  async delete(): Promise<void> {
    await this.root.getByTestId('delete-record').click();
  }

  /** Links the contact to an existing company with a role, through the company picker. */
  async linkToCompany(companyName: string, role: string): Promise<void> {
    await this.root.getByTestId('add-link').click();
    const dialog = this.page.getByRole('dialog', { name: /Rattacher à une société|Link to a company/ });
    await dialog.getByRole('combobox', { name: /^(Société|Company)$/ }).fill(companyName);
    await dialog.getByRole('option', { name: companyName, exact: false }).first().click();
    await dialog.getByTestId('link-role').fill(role);
    await dialog.getByTestId('save-link').click();
    await expect(dialog).toBeHidden();
  }

  async openHistory(): Promise<void> {
    await this.root.getByRole('tab', { name: /Historique|History/ }).click();
  }
}

/** A company's page. */
export class CompanyDetailPage {
  readonly page: Page;
  readonly root: Locator;
  readonly title: Locator;
  readonly contactLinks: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('company-detail');
    this.title = this.root.getByTestId('detail-title');
    this.contactLinks = this.root.getByTestId('contact-link');
  }
}

/** The company side panel (create and edit). */
export class CompanyForm {
  readonly page: Page;
  readonly panel: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByTestId('company-form');
  }

  async create(name: string, industry?: string): Promise<void> {
    await expect(this.panel).toBeVisible();
    await this.panel.getByTestId('company-name').fill(name);
    if (industry) await this.panel.getByLabel(/^(Secteur|Industry)$/).fill(industry);
    await this.panel.getByTestId('save-company').click();
    await expect(this.panel).toBeHidden();
  }
}
