import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';

test('demo data fills an empty base, and a saved view brings its filters back', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await shell.goToContacts();
  const contacts = new ContactsPage(page);
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(contacts.rows.first()).toBeVisible();
  const all = await contacts.total();
  expect(all).toBeGreaterThan(50);

  await contacts.filterByCity('Paris');
  await expect.poll(() => contacts.total()).toBeLessThan(all);
  const parisians = await contacts.total();
  await contacts.saveViewAs('Contacts parisiens');

  await contacts.applyView('Tous les contacts');
  await expect.poll(() => contacts.total()).toBe(all);

  await contacts.applyView('Contacts parisiens');
  await expect.poll(() => contacts.total()).toBe(parisians);
  await expect(page.getByText('Ville\u00a0: Paris')).toBeVisible();
});
