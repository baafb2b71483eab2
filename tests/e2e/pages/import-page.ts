import { expect, type Locator, type Page } from '@playwright/test';

/** The import wizard: file, columns, options, preview, import. */
export class ImportPage {
  readonly page: Page;
  readonly screen: Locator;
  readonly findings: Locator;
  readonly preview: Locator;
  readonly issues: Locator;
  readonly result: Locator;
  readonly next: Locator;
  readonly run: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('import-screen');
    this.findings = page.getByTestId('import-findings');
    this.preview = page.getByTestId('import-preview');
    this.issues = page.getByTestId('import-issue');
    this.result = page.getByTestId('import-result');
    this.next = page.getByTestId('import-next');
    this.run = page.getByTestId('import-run');
  }

  /** Picks a file as the file dialog would (name, bytes). */
  async chooseFile(name: string, bytes: Buffer, mimeType = 'text/csv'): Promise<void> {
    await this.page.getByTestId('import-file-input').setInputFiles({ name, mimeType, buffer: bytes });
    await expect(this.findings).toBeVisible();
  }

  /** The field picker of a column, by the column's name. */
  fieldOf(column: string): Locator {
    return this.page.getByRole('combobox', { name: new RegExp(`^(Champ pour la colonne|Field for the column) \\W{1,2}${column}\\W{1,2}$`) });
  }

  count(kind: 'create' | 'update' | 'unchanged' | 'skip' | 'invalid'): Locator {
    return this.page.getByTestId(`import-count-${kind}`).locator('dd');
  }

  step(name: RegExp): Locator {
    return this.page.getByTestId('import-steps').getByRole('button', { name });
  }
}
