import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { startApp, type RunningApp } from '../helpers/browser-mode';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactForm } from './pages/contact-form';
import { ContactsPage } from './pages/contacts-page';
import { ContactDetailPage } from './pages/detail-pages';
import { AdminPage, OfficeSettings, SyncStatusBar } from './pages/sync-pages';

type Pc = { app: RunningApp; page: Page; shell: AppPage; office: OfficeSettings; status: SyncStatusBar; dataDir: string };

async function openPc(browser: Browser): Promise<Pc> {
  const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-office-'));
  const app = await startApp(dataDir);
  const page = await (await browser.newContext()).newPage();
  const shell = new AppPage(page);
  await shell.open(app.url);
  return { app, page, shell, office: new OfficeSettings(page), status: new SyncStatusBar(page), dataDir };
}

async function closePc(pc: Pc): Promise<void> {
  await pc.page.context().close();
  await pc.app.stop();
  rmSync(pc.dataDir, { recursive: true, force: true });
}

/** A port nothing listens on right now, for the office server this PC will share. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '0.0.0.0', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function createContact(pc: Pc, firstName: string, lastName: string, sharedWith: RegExp): Promise<void> {
  await pc.shell.goToContacts();
  await new ContactsPage(pc.page).newContact();
  const form = new ContactForm(pc.page);
  await form.fill({ firstName, lastName });
  const scope = form.panel.getByTestId('scope-select');
  await scope.selectOption({ label: (await scope.getByRole('option', { name: sharedWith }).textContent()) ?? '' });
  await form.save();
  await new ContactDetailPage(pc.page).expectShown(`${firstName} ${lastName}`);
}

const PASSWORD = 'mot de passe solide';

test('one PC shares itself with the office; its administrator adds a salesperson and a team; another PC connects to the address shown and sees what its team shares', async ({ browser }) => {
  test.setTimeout(120_000);
  const [host, laptop] = await Promise.all([openPc(browser), openPc(browser)]);
  try {
    // Share this PC: the first administrator is created and this PC is connected as that account.
    const port = await freePort();
    const addresses = await host.office.shareThisPc({ name: 'Alice Admin', email: 'alice@office.fr', password: PASSWORD }, port);
    expect(addresses.length).toBeGreaterThan(0);
    for (const address of addresses) expect(address).toMatch(new RegExp(`^http://[\\d.]+:${port}$`));
    await expect(host.office.card.getByTestId('office-role')).toHaveText(/Administrateur|Administrator/);
    await expect(host.page.getByTestId('current-user')).toHaveText('Alice Admin');

    // Administration: a salesperson's account, a team, and the salesperson in it.
    const admin = new AdminPage(host.page);
    await admin.open();
    await expect(admin.account('alice@office.fr')).toContainText(/vous|you/);
    await admin.addAccount('Paul Vendeur', 'paul@office.fr', /^(Commercial|Salesperson)$/, PASSWORD);
    await expect(admin.account('paul@office.fr')).toContainText(/Actif|Active/);
    await admin.newTeam('Sud');
    await admin.addMember('Sud', 'Paul Vendeur');

    // Records shared with the team, and one kept private.
    await createContact(host, 'Hélène', 'Lefèvre', /Équipe Sud|Team Sud/);
    await expect(new ContactDetailPage(host.page).root.getByTestId('shared-with')).toHaveText(/Équipe Sud|Team Sud/);
    await createContact(host, 'Gérard', 'Secret', /^(Moi seul|Only me)$/);
    await host.status.syncNow();

    // The other PC connects to the address the sharing PC shows, as the salesperson.
    await laptop.office.connect(addresses[0] ?? '', 'paul@office.fr', PASSWORD, 'Portable de Paul');
    await expect(laptop.office.card.getByTestId('office-role')).toHaveText(/Commercial|Salesperson/);
    await laptop.status.syncNow();
    await expect(laptop.page.getByTestId('current-user')).toHaveText('Paul Vendeur');
    await laptop.shell.goToContacts();
    const contacts = new ContactsPage(laptop.page);
    await expect(contacts.row('Hélène Lefèvre')).toBeVisible();
    await expect(contacts.count).toHaveText('1 contact');
    await expect(laptop.page.getByTestId('nav-admin')).toHaveCount(0);

    // Stop sharing: the laptop keeps working, offline.
    await host.office.open();
    await host.office.shareCard.getByTestId('share-stop').click();
    await host.page.getByRole('alertdialog').getByRole('button', { name: /Arrêter le partage|Stop sharing/ }).click();
    await expect(host.office.shareCard.getByTestId('share-form')).toBeVisible();
    await laptop.status.root.getByTestId('sync-now').click();
    await laptop.status.expectState('offline');
  } finally {
    await Promise.all([closePc(host), closePc(laptop)]);
  }
});
