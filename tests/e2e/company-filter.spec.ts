import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';

test('a company picked with the mouse in the Filters panel filters the contacts list', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await shell.goToContacts();
  const contacts = new ContactsPage(page);
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(contacts.rows.first()).toBeVisible();
  const all = await contacts.total();

  // A company that has people: the one shown on the first row that has a company.
  const companyCell = contacts.rows.locator('a[href^="#/companies/"]').first();
  const companyName = ((await companyCell.textContent()) ?? '').trim();
  expect(companyName).not.toBe('');

  await page.getByTestId('filters-button').click();
  const picker = page.getByLabel(/^Société$/).first();
  await picker.click();
  await picker.fill(companyName);
  // Several companies may share the start of a name: pick the very one.
  await page.getByRole('option').filter({ hasText: companyName }).first().click();
  await page.getByRole('button', { name: /^Appliquer$/ }).click();

  await expect.poll(() => contacts.total()).toBeLessThan(all);
  await expect(page.getByText(`Société\u00a0: ${companyName}`)).toBeVisible();
  // Everyone listed works or worked there; those who are there now show it as their company.
  await expect(contacts.row(companyName).first()).toBeVisible();
});
