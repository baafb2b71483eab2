import { expect, type Locator, type Page } from '@playwright/test';

/** The shell around every screen: sidebar, command palette, toasts. */
export class AppPage {
  readonly page: Page;
  readonly palette: Locator;
  readonly paletteInput: Locator;
  readonly paletteResults: Locator;
  readonly toasts: Locator;

  constructor(page: Page) {
    this.page = page;
    this.palette = page.getByRole('dialog', { name: /Recherche et commandes|Search and commands/ });
    this.paletteInput = page.getByTestId('palette-input');
    this.paletteResults = page.getByTestId('palette-result');
    this.toasts = page.getByTestId('toast');
  }

  /** Opens the app from its launch URL (which carries the token) and waits for the shell. */
  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByTestId('current-user')).toBeVisible();
  }

  async goToContacts(): Promise<void> {
    await this.page.getByTestId('nav-contacts').click();
  }

  async goToCompanies(): Promise<void> {
    await this.page.getByTestId('nav-companies').click();
  }

  async goToSettings(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
  }

  /** Ctrl+K, then types a query; resolves once records are listed. */
  async search(query: string): Promise<void> {
    await this.page.keyboard.press('Control+k');
    await expect(this.paletteInput).toBeFocused();
    await this.paletteInput.fill(query);
    await expect(this.paletteResults.first()).toBeVisible();
  }

  async switchLanguage(): Promise<void> {
    await this.page.getByTestId('switch-language').click();
  }

  /** Clicks the action (e.g. "Annuler" / "Undo") of the toast that says `message`. */
  async undoFromToast(message: RegExp): Promise<void> {
    await this.toasts.filter({ hasText: message }).getByRole('button', { name: /^(Annuler|Undo)$/ }).click();
  }
}
