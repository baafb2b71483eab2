import { expect, type Page } from '@playwright/test';
import { RecordForm } from './record-form';

export type ContactFields = {
  firstName?: string;
  lastName?: string;
  jobTitle?: string;
  email?: string;
  phone?: string;
  city?: string;
};

/** The contact side panel (create and edit). */
export class ContactForm extends RecordForm {
  constructor(page: Page) {
    super(page, 'contact');
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
}
