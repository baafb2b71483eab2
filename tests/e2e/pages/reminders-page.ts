import type { Locator, Page } from '@playwright/test';

/** The reminder cards in the corner of the window. */
export class RemindersPage {
  readonly cards: Locator;

  constructor(readonly page: Page) {
    this.cards = page.getByTestId('reminder-card');
  }

  card(subject: string): Locator {
    return this.cards.filter({ has: this.page.getByRole('heading', { name: subject }) });
  }

  async snooze(subject: string, choice: RegExp): Promise<void> {
    await this.card(subject).getByTestId('reminder-snooze').click();
    await this.card(subject).getByTestId('reminder-snooze-choice').filter({ hasText: choice }).click();
  }

  async dismiss(subject: string): Promise<void> {
    await this.card(subject).getByRole('button', { name: /^(Ignorer|Dismiss) le rappel|^Dismiss the reminder/ }).click();
  }
}
