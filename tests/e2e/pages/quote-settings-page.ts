import { expect, type Download, type Locator, type Page } from '@playwright/test';

type Letterhead = {
  sellerName: string;
  address: string;
  phone: string;
  email: string;
  website: string;
  siret: string;
  vatNumber: string;
  terms: string;
  validityDays: string;
};

type UploadedFile = { name: string; mimeType: string; buffer: Buffer };

/** Settings → Quotes: the letterhead form with its logo, and the Word template block. */
export class QuoteSettingsPage {
  readonly page: Page;
  readonly section: Locator;
  readonly form: Locator;
  readonly logoPreview: Locator;
  readonly template: Locator;
  readonly templateStatus: Locator;
  readonly templateRefusal: Locator;

  constructor(page: Page) {
    this.page = page;
    this.section = page.getByTestId('settings-quotes');
    this.form = this.section.getByTestId('letterhead-form');
    this.logoPreview = this.section.getByTestId('logo-preview');
    this.template = this.section.getByTestId('word-template');
    this.templateStatus = this.template.getByTestId('template-status');
    this.templateRefusal = this.template.getByTestId('template-refusal');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.form).toBeVisible();
    await expect(this.templateStatus).toBeVisible();
  }

  field(name: 'sellerName' | 'phone' | 'email' | 'website' | 'siret' | 'vatNumber'): Locator {
    return this.form.getByTestId(`letterhead-${name}`);
  }

  get address(): Locator {
    return this.form.getByTestId('letterhead-address').locator('textarea');
  }

  get terms(): Locator {
    return this.form.getByTestId('letterhead-terms').locator('textarea');
  }

  get validity(): Locator {
    return this.form.getByTestId('letterhead-validity');
  }

  async fillLetterhead(values: Letterhead): Promise<void> {
    await this.field('sellerName').fill(values.sellerName);
    await this.address.fill(values.address);
    await this.field('phone').fill(values.phone);
    await this.field('email').fill(values.email);
    await this.field('website').fill(values.website);
    await this.field('siret').fill(values.siret);
    await this.field('vatNumber').fill(values.vatNumber);
    await this.terms.fill(values.terms);
    await this.validity.fill(values.validityDays);
  }

  async chooseLogo(file: UploadedFile): Promise<void> {
    await this.form.getByTestId('logo-input').setInputFiles(file);
  }

  async save(): Promise<void> {
    await this.form.getByTestId('save-letterhead').click();
  }

  /** Clicks a download button and returns the file the browser saved. */
  async download(testId: 'download-sample-template' | 'download-current-template'): Promise<Download> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.template.getByTestId(testId).click()]);
    return download;
  }

  async uploadTemplate(file: string | UploadedFile): Promise<void> {
    await this.template.getByTestId('template-input').setInputFiles(file);
  }
}
