import { expect, type Locator, type Page } from '@playwright/test';

/** A record's side panel (create and edit): its fields, their errors and the Save button. */
export class RecordForm {
  readonly page: Page;
  readonly panel: Locator;
  readonly errors: Locator;
  private readonly kind: 'contact' | 'company';

  constructor(page: Page, kind: 'contact' | 'company') {
    this.page = page;
    this.kind = kind;
    this.panel = page.getByTestId(`${kind}-form`);
    this.errors = this.panel.getByTestId('field-error');
  }

  field(label: RegExp | string): Locator {
    return this.panel.getByLabel(label, { exact: typeof label === 'string' });
  }

  async save(): Promise<void> {
    await this.panel.getByTestId(`save-${this.kind}`).click();
  }

  async saveWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }

  /** The error shown under a field, found by its form path ("emails.0.address"). */
  errorOf(path: string): Locator {
    return this.panel.locator(`[data-field="${path}"]`).getByTestId('field-error');
  }
}

/** The company side panel. */
export class CompanyForm extends RecordForm {
  constructor(page: Page) {
    super(page, 'company');
  }

  async create(name: string, industry?: string): Promise<void> {
    await expect(this.panel).toBeVisible();
    await this.panel.getByTestId('company-name').fill(name);
    if (industry) await this.field(/^(Secteur|Industry)$/).fill(industry);
    await this.save();
    await expect(this.panel).toBeHidden();
  }
}
