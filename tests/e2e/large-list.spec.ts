import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';

test('the 100k-row contacts table renders deep rows and keeps the DOM small', async ({ page, largeApp }) => {
  const shell = new AppPage(page);
  await shell.open(largeApp.url);
  await shell.goToContacts();
  const contacts = new ContactsPage(page);
  const total = await contacts.total();
  expect(total).toBeGreaterThanOrEqual(100_000);
  await expect(contacts.rows.first()).toBeVisible();
  expect(await contacts.renderedRowCount()).toBeLessThanOrEqual(100);

  await contacts.scrollTo(0.9);
  await expect.poll(() => contacts.firstRenderedIndex()).toBeGreaterThan(total * 0.85);
  await expect(contacts.rows.first().locator('.cell-link')).not.toHaveText('');
  expect(await contacts.renderedRowCount()).toBeLessThanOrEqual(100);

  await contacts.table.focus();
  await page.keyboard.press('End');
  await expect(page.locator(`[data-testid="contact-row"][data-index="${total - 1}"]`)).toBeVisible();
  expect(await contacts.renderedRowCount()).toBeLessThanOrEqual(100);
});

test('filtering the large list as you type updates the count', async ({ page, largeApp }) => {
  const shell = new AppPage(page);
  await shell.open(largeApp.url);
  await shell.goToContacts();
  const contacts = new ContactsPage(page);
  const total = await contacts.total();
  await contacts.search.fill('martin');
  await expect.poll(() => contacts.total()).toBeLessThan(total);
  await expect(contacts.rows.first()).toBeVisible();
});
