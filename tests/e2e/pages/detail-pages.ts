import { expect, type Locator, type Page } from '@playwright/test';

/** A record's page: header with edit and delete, overview cards, history. */
class RecordDetailPage {
  readonly page: Page;
  readonly root: Locator;
  readonly title: Locator;

  constructor(page: Page, kind: 'contact' | 'company') {
    this.page = page;
    this.root = page.getByTestId(`${kind}-detail`);
    this.title = this.root.getByTestId('detail-title');
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

  async openHistory(): Promise<void> {
    await this.root.getByRole('tab', { name: /Historique|History/ }).click();
  }
}

/** A contact's page: its companies, relations and tags. */
export class ContactDetailPage extends RecordDetailPage {
  readonly companyLinks: Locator;

  constructor(page: Page) {
    super(page, 'contact');
    this.companyLinks = this.root.getByTestId('company-link');
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
}

/** A company's page: its contacts, group and tags. */
export class CompanyDetailPage extends RecordDetailPage {
  readonly contactLinks: Locator;

  constructor(page: Page) {
    super(page, 'company');
    this.contactLinks = this.root.getByTestId('contact-link');
  }
}
