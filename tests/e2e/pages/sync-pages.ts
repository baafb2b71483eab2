import { expect, type Locator, type Page } from '@playwright/test';

/** Settings → Office server: connect this PC to a server, or share this PC with the office. */
export class OfficeSettings {
  readonly page: Page;
  readonly card: Locator;
  readonly shareCard: Locator;
  readonly failure: Locator;

  constructor(page: Page) {
    this.page = page;
    this.card = page.getByTestId('settings-office');
    this.shareCard = page.getByTestId('settings-share');
    this.failure = page.getByTestId('form-failure');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-settings').click();
    await expect(this.card).toBeVisible();
  }

  /** Fills "Connect to an office server" and sends it; resolves once Settings shows the link. */
  async connect(url: string, email: string, password: string, deviceName?: string): Promise<void> {
    await this.open();
    const form = this.card.getByTestId('connect-form');
    await form.getByTestId('connect-url').fill(url);
    await form.getByTestId('connect-email').fill(email);
    await form.getByTestId('connect-password').fill(password);
    if (deviceName) await form.getByTestId('connect-device').fill(deviceName);
    await form.getByTestId('connect-submit').click();
    await expect(this.card.getByTestId('office-account')).toBeVisible({ timeout: 15_000 });
  }

  /** "Share this PC with the office" with the first administrator; returns the addresses shown. */
  async shareThisPc(admin: { name: string; email: string; password: string }, port: number): Promise<string[]> {
    await this.open();
    const form = this.shareCard.getByTestId('share-form');
    await form.getByTestId('share-admin-name').fill(admin.name);
    await form.getByTestId('share-admin-email').fill(admin.email);
    await form.getByTestId('share-admin-password').fill(admin.password);
    await form.getByTestId('share-port').fill(String(port));
    await form.getByTestId('share-submit').click();
    await expect(this.shareCard.getByTestId('share-running')).toBeVisible({ timeout: 15_000 });
    return this.shareCard.getByTestId('share-address').allTextContents();
  }
}

/** The sync status in the sidebar: state, what waits to be sent, Sync now, Retry. */
export class SyncStatusBar {
  readonly page: Page;
  readonly root: Locator;
  readonly pending: Locator;
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.root = page.getByTestId('sync-indicator');
    this.pending = this.root.getByTestId('sync-pending');
    this.error = this.root.getByTestId('sync-error');
  }

  async expectState(state: 'idle' | 'syncing' | 'offline' | 'error' | 'local', timeout = 15_000): Promise<void> {
    await expect(this.root).toHaveAttribute('data-state', state, { timeout });
  }

  /** Sync now; resolves when the sync is over and everything was sent. */
  async syncNow(): Promise<void> {
    await this.root.getByTestId('sync-now').click();
    await this.expectState('idle');
    await expect(this.pending).toHaveText(/Tout est envoyé|Everything sent/);
  }
}

/** The Sync review screen: one card per local edit sync could not keep. */
export class SyncReviewPage {
  readonly page: Page;
  readonly navLink: Locator;
  readonly badge: Locator;
  readonly items: Locator;
  readonly empty: Locator;

  constructor(page: Page) {
    this.page = page;
    this.navLink = page.getByTestId('nav-review');
    this.badge = page.getByTestId('nav-review-count');
    this.items = page.getByTestId('review-item');
    this.empty = page.getByTestId('review-empty');
  }

  async open(): Promise<void> {
    await this.navLink.click();
    await expect(this.page.getByTestId('review-screen')).toBeVisible();
  }

  item(recordLabel: string): Locator {
    return this.items.filter({ has: this.page.getByTestId('review-record').filter({ hasText: recordLabel }) });
  }
}

/** Administration: accounts, teams and territories. */
export class AdminPage {
  readonly page: Page;
  readonly accounts: Locator;
  readonly teams: Locator;

  constructor(page: Page) {
    this.page = page;
    this.accounts = page.getByTestId('admin-accounts');
    this.teams = page.getByTestId('admin-teams');
  }

  async open(): Promise<void> {
    await this.page.getByTestId('nav-admin').click();
    await expect(this.accounts.getByTestId('account-row').first()).toBeVisible();
  }

  account(email: string): Locator {
    return this.accounts.locator(`[data-testid="account-row"][data-email="${email}"]`);
  }

  async addAccount(name: string, email: string, role: RegExp, password: string): Promise<void> {
    await this.accounts.getByTestId('add-account').click();
    const dialog = this.page.getByRole('dialog', { name: /Ajouter un compte|Add an account/ });
    await dialog.getByTestId('account-name').fill(name);
    await dialog.getByTestId('account-email').fill(email);
    await dialog.getByLabel(/^(Rôle|Role)$/).selectOption({ label: (await dialog.getByRole('option', { name: role }).textContent()) ?? '' });
    await dialog.getByTestId('account-password').fill(password);
    await dialog.getByTestId('account-save').click();
    await expect(dialog).toBeHidden();
    await expect(this.account(email)).toBeVisible();
  }

  async newTeam(name: string): Promise<void> {
    await this.teams.getByTestId('new-team').click();
    const dialog = this.page.getByRole('dialog', { name: /Nouvelle équipe|New team/ });
    await dialog.getByTestId('group-name').fill(name);
    await dialog.getByTestId('group-save').click();
    await expect(dialog).toBeHidden();
  }

  team(name: string): Locator {
    return this.teams.locator(`[data-testid="group-item"][data-name="${name}"]`);
  }

  async addMember(team: string, person: string): Promise<void> {
    await this.team(team).getByLabel(/Ajouter un membre|Add a member/).selectOption({ label: person });
    await expect(this.team(team).getByTestId('group-member').filter({ hasText: person })).toBeVisible();
  }
}
