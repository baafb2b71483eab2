import { expect, type Locator, type Page } from '@playwright/test';

/** The Today screen (the home screen). */
export class TodayPage {
  readonly page: Page;
  readonly screen: Locator;
  readonly tasks: Locator;
  readonly followUps: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('today-screen');
    this.tasks = page.getByTestId('today-tasks');
    this.followUps = page.getByTestId('today-follow-ups');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-today').click();
    await expect(this.screen).toBeVisible();
  }

  task(subject: string): Locator {
    return this.tasks.locator('li').filter({ hasText: subject });
  }
}

/** The quick log (Ctrl+L): one line, a live preview, Enter saves. */
export class QuickLog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly input: Locator;
  readonly preview: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: /Noter une activité|Log an activity/ });
    this.input = page.getByTestId('quick-log-input');
    this.preview = page.getByRole('region', { name: /Sera enregistré|Will be saved/ });
  }

  async open(): Promise<void> {
    await this.page.keyboard.press('Control+l');
    await expect(this.input).toBeFocused();
  }

  async type(line: string): Promise<void> {
    await this.input.fill(line);
  }

  /** Enter, and the dialog closes once the activity is saved. */
  async save(): Promise<void> {
    await this.input.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}

/** A record page's timeline card. */
export function timeline(page: Page): { card: Locator; activities: Locator; activity: (subject: string) => Locator } {
  const card = page.getByTestId('timeline');
  const activities = card.getByTestId('timeline-activity');
  return { card, activities, activity: (subject) => activities.filter({ hasText: subject }) };
}
