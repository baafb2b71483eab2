import { expect, type Locator, type Page } from '@playwright/test';

export type ContactFields = {
  firstName?: string;
  lastName?: string;
  jobTitle?: string;
  email?: string;
  phone?: string;
  city?: string;
};

/** The contact side panel (create and edit). */
export class ContactForm {
  readonly page: Page;
  readonly panel: Locator;
  readonly errors: Locator;

  constructor(page: Page) {
    this.page = page;
    this.panel = page.getByTestId('contact-form');
    this.errors = this.panel.getByTestId('field-error');
  }

  field(label: RegExp | string): Locator {
    return this.panel.getByLabel(label, { exact: typeof label === 'string' });
  }

  async fill(fields: ContactFields): Promise<void> {
    await expect(this.panel).toBeVisible();
    if (fields.firstName !== undefined) await this.panel.getByTestId('first-name').fill(fields.firstName);
    if (fields.lastName !== undefined) await this.panel.getByTestId('last-name').fill(fields.lastName);
    if (fields.jobTitle !== undefined) await this.field(/^(Fonction|Job title)$/).fill(fields.jobTitle);
    if (fields.email !== undefined) await this.panel.getByTestId('email-input').first().fill(fields.email);
    if (fields.phone !== undefined) await this.panel.getByTestId('phone-input').first().fill(fields.phone);
    if (fields.city !== undefined) await this.field(/^(Ville|City)$/).fill(fields.city);
  }

  async save(): Promise<void> {
    await this.panel.getByTestId('save-contact').click();
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }

  /** The error shown under a field, found by its form path ("emails.0.address"). */
  errorOf(path: string): Locator {
    return this.panel.locator(`[data-field="${path}"]`).getByTestId('field-error');
  }
}
