import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { listen, type RunningServer } from '../../src-main/server/http';
import { startApp, type RunningApp } from '../helpers/browser-mode';
import { addAccount, PASSWORD, startTestServer, type TestServer } from '../helpers/sync';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactForm } from './pages/contact-form';
import { ContactsPage } from './pages/contacts-page';
import { ContactDetailPage } from './pages/detail-pages';
import { OfficeSettings, SyncReviewPage, SyncStatusBar } from './pages/sync-pages';

/** One PC: a browser-mode app on its own data folder, and a page on it. */
type Pc = { app: RunningApp; page: Page; shell: AppPage; office: OfficeSettings; status: SyncStatusBar; review: SyncReviewPage; dataDir: string };

async function openPc(browser: Browser): Promise<Pc> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-sync-'));
  const app = await startApp(dataDir);
  const page = await (await browser.newContext()).newPage();
  const shell = new AppPage(page);
  await shell.open(app.url);
  return { app, page, shell, office: new OfficeSettings(page), status: new SyncStatusBar(page), review: new SyncReviewPage(page), dataDir };
}

async function closePc(pc: Pc): Promise<void> {
  await pc.page.context().close();
  await pc.app.stop();
  rmSync(pc.dataDir, { recursive: true, force: true });
}

/** Opens the contact from the list and changes fields through the edit form. */
async function editContact(pc: Pc, name: string, fields: { jobTitle?: string; email?: string; city?: string }): Promise<ContactDetailPage> {
  await pc.shell.goToContacts();
  await new ContactsPage(pc.page).row(name).dblclick();
  const detail = new ContactDetailPage(pc.page);
  await detail.expectShown(name);
  await detail.edit();
  const form = new ContactForm(pc.page);
  await form.fill(fields);
  await form.save();
  await expect(form.panel).toBeHidden();
  return detail;
}

async function openContact(pc: Pc, name: string): Promise<ContactDetailPage> {
  await pc.shell.goToContacts();
  await new ContactsPage(pc.page).row(name).dblclick();
  const detail = new ContactDetailPage(pc.page);
  await detail.expectShown(name);
  return detail;
}

test.describe('two PCs and the office server', () => {
  let office: TestServer;
  let revived: RunningServer | null = null;
  let lea: Pc;
  let marc: Pc;

  test.beforeEach(async ({ browser }) => {
    office = await startTestServer();
    await addAccount(office, 'lea@office.fr', 'manager', 'Léa Martin');
    await addAccount(office, 'marc@office.fr', 'manager', 'Marc Petit');
    [lea, marc] = await Promise.all([openPc(browser), openPc(browser)]);
  });

  test.afterEach(async () => {
    await Promise.all([closePc(lea), closePc(marc)]);
    await revived?.close();
    await office.stop();
  });

  test('edits made offline on both merge field by field; the same-field loser is in Sync review, and "Use mine" wins on both', async () => {
    test.setTimeout(120_000);
    // Both PCs connect through Settings.
    await lea.status.expectState('local');
    await lea.office.connect(office.url, 'lea@office.fr', PASSWORD, 'Portable de Léa');
    await marc.office.connect(office.url, 'marc@office.fr', PASSWORD, 'PC de Marc');
    await expect(lea.office.card.getByTestId('office-role')).toHaveText(/Responsable|Manager/);
    await lea.status.expectState('idle');

    // Léa creates a contact; Marc receives it.
    await lea.shell.goToContacts();
    await new ContactsPage(lea.page).newContact();
    const form = new ContactForm(lea.page);
    await form.fill({ firstName: 'Hélène', lastName: 'Lefèvre', city: 'Lyon' });
    await form.save();
    await new ContactDetailPage(lea.page).expectShown('Hélène Lefèvre');
    await lea.status.syncNow();
    await marc.status.syncNow();
    await marc.shell.goToContacts();
    await expect(new ContactsPage(marc.page).row('Hélène Lefèvre')).toBeVisible();

    // The office server goes away: both PCs are offline and keep working.
    const port = Number(new URL(office.url).port);
    await office.running.close();
    await editContact(lea, 'Hélène Lefèvre', { email: 'helene.lefevre@example.fr' });
    await editContact(marc, 'Hélène Lefèvre', { jobTitle: 'Acheteuse' });
    await editContact(lea, 'Hélène Lefèvre', { city: 'Lille' });
    await editContact(marc, 'Hélène Lefèvre', { city: 'Marseille' });
    await lea.status.root.getByTestId('sync-now').click();
    await lea.status.expectState('offline');
    await expect(lea.status.pending).toHaveText(/[1-9]\d* (modifications? à envoyer|changes? to send)/);
    await expect(lea.status.error).toContainText(/injoignable|cannot be reached/);
    // Retry while the server is still away: still offline, nothing lost.
    await lea.status.error.getByTestId('sync-retry').click();
    await lea.status.expectState('offline');
    await expect(lea.status.pending).toHaveText(/[1-9]\d* (modifications? à envoyer|changes? to send)/);

    // It comes back: Sync now on both, Léa twice to receive what Marc sent after her.
    revived = await listen(office.service, { port, host: '127.0.0.1' });
    await lea.status.syncNow();
    await marc.status.syncNow();
    await lea.status.syncNow();

    // Both show both different-field edits; the same field went to the later edit (Marc's).
    for (const pc of [lea, marc]) {
      const detail = await openContact(pc, 'Hélène Lefèvre');
      await expect(detail.root).toContainText('Acheteuse');
      await expect(detail.root.getByTestId('email-link')).toHaveText('helene.lefevre@example.fr');
      await expect(detail.root).toContainText('Marseille');
    }

    // Léa's city lost: it waits in her Sync review, with both values and who won.
    await expect(lea.review.badge).toHaveText('1');
    await expect(marc.review.badge).toHaveCount(0);
    await lea.review.open();
    const item = lea.review.item('Hélène Lefèvre');
    await expect(item).toContainText(/Ville|City/);
    await expect(item.getByTestId('review-mine')).toHaveText('Lille');
    await expect(item.getByTestId('review-theirs')).toHaveText('Marseille');
    await expect(item).toContainText('Marc Petit');
    await marc.review.open();
    await expect(marc.review.empty).toBeVisible();

    // "Use mine": Léa's value is written again, newer, and wins on both after a sync.
    await item.getByTestId('review-use-mine').click();
    await expect(lea.review.empty).toBeVisible();
    await expect(lea.review.badge).toHaveCount(0);
    await lea.status.syncNow();
    await marc.status.syncNow();
    for (const pc of [lea, marc]) {
      const detail = await openContact(pc, 'Hélène Lefèvre');
      await expect(detail.root).toContainText('Lille');
      await expect(detail.root).not.toContainText('Marseille');
      await expect(detail.root).toContainText('Acheteuse');
    }

    // History tells who changed the city, and from which PC.
    const detail = await openContact(marc, 'Hélène Lefèvre');
    await detail.openHistory();
    const latest = marc.page.getByTestId('history-group').first();
    await expect(latest).toContainText('Léa Martin');
    await expect(latest.getByTestId('history-device')).toContainText(/un autre PC|another PC/);
  });
});
