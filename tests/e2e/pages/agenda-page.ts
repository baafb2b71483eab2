import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The agenda: its toolbar, the time grid's day columns, events, and the activity dialog. */
export class AgendaPage {
  readonly page: Page;
  readonly screen: Locator;
  readonly period: Locator;
  readonly dialog: Locator;
  /** What an .ics import did (or why the file was refused). */
  readonly importReport: Locator;

  constructor(page: Page) {
    this.page = page;
    this.screen = page.getByTestId('agenda-screen');
    this.period = page.getByTestId('agenda-period');
    this.dialog = page.getByTestId('activity-dialog');
    this.importReport = page.getByTestId('ical-report');
  }

  /** Imports an .ics file as if it were picked with the Import button. */
  async importCalendar(name: string, text: string): Promise<void> {
    await this.screen.getByTestId('ical-import-input').setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.from(text, 'utf8') });
    await expect(this.importReport).toBeVisible();
  }

  async closeImportReport(): Promise<void> {
    await this.page.getByTestId('ical-report-close').click();
    await expect(this.importReport).toBeHidden();
  }

  /** Clicks Export and returns the .ics file the browser downloaded. */
  async exportCalendar(): Promise<Download> {
    const download = this.page.waitForEvent('download');
    await this.screen.getByTestId('ical-export').click();
    return download;
  }

  /** Opens a view on a date through the address, as a bookmark or Back would. */
  async show(view: 'day' | 'week' | 'month' | 'list', date: string): Promise<void> {
    await this.page.evaluate((hash) => {
      window.location.hash = hash;
    }, `#/agenda/${view}/${date}`);
    await expect(this.screen).toBeVisible();
  }

  /** A day's column of the week's time grid (0 is the first day of the week). */
  dayColumn(index: number): Locator {
    return this.page.locator('.rbc-time-content .rbc-day-slot').nth(index);
  }

  event(subject: string): Locator {
    return this.page.locator('.rbc-event').filter({ hasText: subject });
  }

  /** Where an hour starts in a day column (the grid has one 30-minute slot pair per hour). */
  async hourPoint(day: number, hour: number, minutes = 0): Promise<{ x: number; y: number }> {
    const group = this.dayColumn(day).locator('.rbc-timeslot-group').nth(hour);
    await group.scrollIntoViewIfNeeded();
    const box = await group.boundingBox();
    if (!box) throw new Error('the time grid is not on screen');
    return { x: box.x + box.width / 2, y: box.y + (box.height * minutes) / 60 };
  }

  /** Drags the mouse over the grid, from one point to another, as a person selects or moves. */
  async drag(from: { x: number; y: number }, to: { x: number; y: number }): Promise<void> {
    await this.page.mouse.move(from.x, from.y);
    await this.page.mouse.down();
    await this.page.mouse.move(from.x + 2, from.y + 6, { steps: 3 });
    await this.page.mouse.move(to.x, to.y, { steps: 12 });
    await this.page.mouse.up();
  }
}
