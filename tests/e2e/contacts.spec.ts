import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactForm, type ContactFields } from './pages/contact-form';
import { ContactsPage } from './pages/contacts-page';
import { CompanyDetailPage, ContactDetailPage } from './pages/detail-pages';
import { CompanyForm } from './pages/record-form';
import type { Page } from '@playwright/test';

const helene: ContactFields = {
  firstName: 'Hélène',
  lastName: 'Lefèvre',
  jobTitle: 'Acheteuse',
  email: 'helene.lefevre@example.fr',
  phone: '06 12 34 56 78',
  city: 'Lyon',
};

/** Opens the app (it starts on Today) and goes to the contacts list. */
async function openApp(page: Page, url: string): Promise<{ shell: AppPage; contacts: ContactsPage }> {
  const shell = new AppPage(page);
  await shell.open(url);
  await shell.goToContacts();
  return { shell, contacts: new ContactsPage(page) };
}

/** Creates a contact through the form, from the contacts list; ends on its page. */
async function createContact(page: Page, contacts: ContactsPage, fields: ContactFields, shownAs: string): Promise<ContactDetailPage> {
  await contacts.newContact();
  const form = new ContactForm(page);
  await form.fill(fields);
  await form.save();
  const detail = new ContactDetailPage(page);
  await detail.expectShown(shownAs);
  return detail;
}

/** Opens the app and creates Hélène Lefèvre through the form; ends on her page. */
async function createHelene(page: Page, url: string): Promise<{ shell: AppPage; detail: ContactDetailPage; contacts: ContactsPage }> {
  const { shell, contacts } = await openApp(page, url);
  const detail = await createContact(page, contacts, helene, 'Hélène Lefèvre');
  return { shell, detail, contacts };
}

test('a contact created in the form is listed and found from a fragment typed without accents', async ({ page, app }) => {
  const { shell, contacts } = await openApp(page, app.url);
  await expect(contacts.emptyState).toBeVisible();

  const detail = await createContact(page, contacts, helene, 'Hélène Lefèvre');
  await expect(detail.root.getByTestId('phone-link')).toHaveText('06 12 34 56 78');
  await expect(detail.root.getByTestId('phone-link')).toHaveAttribute('href', 'tel:+33612345678');
  await expect(detail.root.getByTestId('email-link')).toHaveAttribute('href', 'mailto:helene.lefevre@example.fr');

  await shell.goToContacts();
  await expect(contacts.row('Hélène Lefèvre')).toBeVisible();
  await expect(contacts.count).toHaveText('1 contact');

  await shell.search('helene lef');
  await expect(shell.paletteResults.first()).toContainText('Hélène Lefèvre');
  await page.keyboard.press('Enter');
  await detail.expectShown('Hélène Lefèvre');
});

test('editing a contact saves with Ctrl+Enter and shows in its history', async ({ page, app }) => {
  const { detail } = await createHelene(page, app.url);
  await detail.edit();
  const form = new ContactForm(page);
  await form.fill({ jobTitle: 'Directrice des achats' });
  await form.saveWithKeyboard();
  await expect(form.panel).toBeHidden();
  await expect(detail.root).toContainText('Directrice des achats');

  await detail.openHistory();
  const latest = detail.root.getByTestId('history-group').first();
  await expect(latest).toContainText('Fiche modifiée');
  await expect(latest).toContainText('Fonction');
  await expect(latest).toContainText('Acheteuse');
  await expect(latest).toContainText('Directrice des achats');
});

test('a contact is linked to a company with a role, seen from both sides', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await shell.goToCompanies();
  await page.getByTestId('new-company').click();
  await new CompanyForm(page).create('Boulangerie Dupré', 'Agroalimentaire');
  const company = new CompanyDetailPage(page);
  await expect(company.title).toHaveText('Boulangerie Dupré');

  await shell.goToContacts();
  const detail = await createContact(page, new ContactsPage(page), { firstName: 'Hélène', lastName: 'Lefèvre' }, 'Hélène Lefèvre');

  await detail.linkToCompany('Boulangerie Dupré', 'Gérante');
  const link = detail.companyLinks.filter({ hasText: 'Boulangerie Dupré' });
  await expect(link).toContainText('Gérante');

  await link.getByRole('link', { name: 'Boulangerie Dupré' }).click();
  await expect(company.title).toHaveText('Boulangerie Dupré');
  await expect(company.contactLinks.filter({ hasText: 'Hélène Lefèvre' })).toContainText('Gérante');
});

test('a deleted contact comes back with Undo', async ({ page, app }) => {
  const { shell, detail, contacts } = await createHelene(page, app.url);
  await detail.delete();
  await expect(contacts.emptyState).toBeVisible();
  await expect(contacts.count).toHaveText('0 contact');

  await shell.undoFromToast(/Contact supprimé/);
  await detail.expectShown('Hélène Lefèvre');
  await shell.goToContacts();
  await expect(contacts.row('Hélène Lefèvre')).toBeVisible();
  await expect(contacts.count).toHaveText('1 contact');
});

test('the Delete key removes the focused row, and Undo restores it', async ({ page, app }) => {
  const { shell, contacts } = await createHelene(page, app.url);
  await shell.goToContacts();
  await contacts.table.focus();
  await page.keyboard.press('ArrowDown');
  await expect(contacts.row('Hélène Lefèvre')).toHaveClass(/tr-focused/);
  await page.keyboard.press('Delete');
  await expect(contacts.emptyState).toBeVisible();
  await shell.undoFromToast(/Contact supprimé/);
  await expect(contacts.row('Hélène Lefèvre')).toBeVisible();
});

test('an invalid email is refused next to the field and nothing is saved', async ({ page, app }) => {
  const { contacts } = await openApp(page, app.url);
  await contacts.newContact();
  const form = new ContactForm(page);
  await form.fill({ lastName: 'Martin', email: 'martin@' });
  await form.save();

  await expect(form.errorOf('emails.0.address')).toHaveText('Adresse e-mail invalide');
  await expect(form.panel.getByTestId('email-input').first()).toHaveAttribute('aria-invalid', 'true');
  await expect(form.panel).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(form.panel).toBeHidden();
  await expect(contacts.emptyState).toBeVisible();
  await expect(contacts.count).toHaveText('0 contact');
});

test('the interface switches to English and back to French, and remembers it', async ({ page, app }) => {
  const { shell } = await openApp(page, app.url);
  const companiesLink = page.getByTestId('nav-companies');
  await expect(companiesLink).toHaveText('Sociétés');

  await shell.switchLanguage();
  await expect(companiesLink).toHaveText('Companies');
  await expect(page.getByTestId('new-contact')).toHaveText('New contact');

  await page.reload();
  await expect(companiesLink).toHaveText('Companies');

  await shell.switchLanguage();
  await expect(companiesLink).toHaveText('Sociétés');
  await expect(page.getByTestId('new-contact')).toHaveText('Nouveau contact');
});
