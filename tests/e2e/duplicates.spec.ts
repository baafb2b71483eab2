import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactForm } from './pages/contact-form';
import { ContactsPage } from './pages/contacts-page';
import { ContactDetailPage } from './pages/detail-pages';
import { callCore } from './pages/core-api';

type Created = { id: string };
type Contact = { id: string; firstName: string | null; lastName: string | null; jobTitle: string | null; city: string | null; deleted: boolean; tags: { name: string }[] };
type Rows<T> = { rows: T[] };

/** The merge dialog: the two records side by side, a radio per differing field and side. */
class MergeDialog {
  readonly root: Locator;

  constructor(page: Page) {
    this.root = page.getByTestId('merge-dialog');
  }

  /** Which side ('a' on the left, 'b' on the right) shows the record of this name. */
  async sideOf(name: string): Promise<'a' | 'b'> {
    await expect(this.root.getByTestId('merge-record-a')).toBeVisible();
    const left = (await this.root.getByTestId('merge-record-a').locator('.merge-record-name').textContent()) ?? '';
    return left === name ? 'a' : 'b';
  }

  /** Keeps this field's value from that side. */
  async pick(field: string, side: 'a' | 'b'): Promise<void> {
    const radio = this.root.getByTestId(`merge-pick-${field}-${side}`);
    await radio.check();
    await expect(radio).toBeChecked();
  }
}

test('typing a new contact with an existing contact’s e-mail shows the possible duplicate, and it can still be saved', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const acme = await callCore<Created>(page, 'companies.create', { name: 'ACME' });
  const helene = await callCore<Created>(page, 'contacts.create', {
    firstName: 'Hélène',
    lastName: 'Dupont',
    city: 'Lyon',
    emails: [{ label: 'work', address: 'helene.dupont@acme.fr' }],
    company: { companyId: acme.id, role: 'Acheteuse' },
  });

  await shell.goToContacts();
  await new ContactsPage(page).newContact();
  const form = new ContactForm(page);
  await form.fill({ firstName: 'Hélène', lastName: 'Dupont', email: 'Helene.Dupont@ACME.fr' });
  const warning = form.panel.getByTestId('possible-duplicates');
  await expect(warning).toContainText('Doublon possible');
  await expect(warning.getByTestId('possible-duplicate')).toHaveCount(1);
  await expect(warning.getByTestId('possible-duplicate')).toContainText('Hélène Dupont (ACME, Lyon) — même e-mail');
  await expect(warning.getByTestId('possible-duplicate-link')).toHaveAttribute('href', `#/contacts/${helene.id}`);

  // A warning, not a block: the new contact is saved.
  await form.save();
  await expect(form.panel).toBeHidden();
  await expect(page).not.toHaveURL(new RegExp(`${helene.id}$`));
  await expect(page).toHaveURL(/#\/contacts\/[0-9a-f-]+$/);
  const copyId = new URL(page.url()).hash.split('/').pop() ?? '';
  const detail = new ContactDetailPage(page);
  await detail.expectShown('Hélène Dupont');

  // Editing the first Hélène shows the copy, never the record being edited.
  await page.goto(`${new URL(app.url).origin}/#/contacts/${helene.id}`);
  await detail.expectShown('Hélène Dupont');
  await detail.edit();
  await expect(form.panel.getByTestId('possible-duplicate')).toHaveCount(1);
  await expect(form.panel.getByTestId('possible-duplicate-link')).toHaveAttribute('href', `#/contacts/${copyId}`);

  // The link opens the other record and leaves the form.
  await form.panel.getByTestId('possible-duplicate-link').click();
  await expect(form.panel).toBeHidden();
  await expect(page).toHaveURL(new RegExp(`#/contacts/${copyId}$`));
});

test('two duplicate contacts are found by the scan and merged field by field, with every activity, deal and tag; Undo brings both back', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const vip = await callCore<Created>(page, 'tags.create', { name: 'VIP' });
  const salon = await callCore<Created>(page, 'tags.create', { name: 'Salon 2025' });
  const dupont = await callCore<Created>(page, 'contacts.create', {
    firstName: 'Jean',
    lastName: 'Dupont',
    jobTitle: 'Acheteur',
    city: 'Lyon',
    emails: [{ label: 'work', address: 'jean.dupont@acme.fr' }],
    tagIds: [vip.id],
  });
  const dupond = await callCore<Created>(page, 'contacts.create', {
    firstName: 'Jean',
    lastName: 'Dupond',
    jobTitle: 'Directeur des achats',
    city: 'Villeurbanne',
    emails: [{ label: 'work', address: 'Jean.Dupont@acme.fr' }],
    tagIds: [salon.id],
  });
  await callCore(page, 'activities.create', { kind: 'note', subject: 'Rencontré au salon', contactId: dupont.id });
  await callCore(page, 'activities.create', { kind: 'note', subject: 'Demande de catalogue', contactId: dupond.id });
  await callCore(page, 'deals.create', { title: 'Renouvellement parc', contacts: [{ contactId: dupont.id }] });
  await callCore(page, 'deals.create', { title: 'Extension Villeurbanne', contacts: [{ contactId: dupond.id }] });

  // From the contacts list to the Duplicates screen: the scan runs by itself.
  await shell.goToContacts();
  await page.getByTestId('duplicates-contacts').click();
  const screen = page.getByTestId('duplicates-screen');
  await expect(screen).toBeVisible();
  const group = screen.getByTestId('duplicate-group');
  await expect(group).toHaveCount(1, { timeout: 20_000 });
  expect((await group.getByTestId('duplicate-record').allTextContents()).sort()).toEqual(['Jean Dupond', 'Jean Dupont']);
  await expect(group).toContainText('même e-mail');

  await group.getByTestId('duplicate-merge').click();
  const dialog = new MergeDialog(page);
  const dupontSide = await dialog.sideOf('Jean Dupont');
  const dupondSide = dupontSide === 'a' ? 'b' : 'a';
  // Each record shows what hangs off it.
  await expect(dialog.root.getByTestId(`merge-linked-${dupontSide}`)).toContainText('1 activité, 1 affaire, 1 étiquette');

  // Jean Dupond's record survives, with the last name and city of Jean Dupont and its own job title.
  await dialog.root.getByTestId(`merge-survivor-${dupondSide}`).check();
  await dialog.pick('lastName', dupontSide);
  await dialog.pick('city', dupontSide);
  await dialog.pick('jobTitle', dupondSide);
  await expect(dialog.root.getByTestId('merge-outcome')).toContainText('Passeront sur Jean Dupond : 1 activité, 1 affaire, 1 étiquette');
  await dialog.root.getByTestId('merge-confirm').click();
  await expect(dialog.root).toBeHidden();
  const toast = shell.toasts.filter({ hasText: 'Fiche « Jean Dupont » fusionnée dans « Jean Dupont »' });
  await expect(toast.getByRole('button', { name: 'Annuler' })).toBeVisible();
  await expect(group).toHaveCount(0);
  await expect(screen.getByTestId('recent-merge')).toHaveCount(1);

  const survivor = await callCore<Contact>(page, 'contacts.get', { id: dupond.id });
  expect({ lastName: survivor.lastName, jobTitle: survivor.jobTitle, city: survivor.city }).toEqual({ lastName: 'Dupont', jobTitle: 'Directeur des achats', city: 'Lyon' });
  expect(survivor.tags.map((tag) => tag.name).sort()).toEqual(['Salon 2025', 'VIP']);
  const activities = await callCore<Rows<{ subject: string }>>(page, 'activities.list', { filters: { contactId: dupond.id } });
  expect(activities.rows.map((row) => row.subject).sort()).toEqual(['Demande de catalogue', 'Rencontré au salon']);
  const deals = await callCore<Rows<{ title: string }>>(page, 'deals.list', { filters: { contactId: dupond.id } });
  expect(deals.rows.map((row) => row.title).sort()).toEqual(['Extension Villeurbanne', 'Renouvellement parc']);

  // The survivor's page shows both notes.
  await screen.getByTestId('recent-merge').getByRole('link').click();
  const detail = new ContactDetailPage(page);
  await detail.expectShown('Jean Dupont');
  await expect(detail.root).toContainText('Rencontré au salon');
  await expect(detail.root).toContainText('Demande de catalogue');

  // The merged record's page (an old link, its history) says where it went, one click away.
  await page.evaluate((id) => {
    window.location.hash = `#/contacts/${id}`;
  }, dupont.id);
  await expect(page.getByRole('heading', { name: /fusionnée dans une autre/ })).toBeVisible();
  await page.getByTestId('open-survivor').click();
  await detail.expectShown('Jean Dupont');
  await expect(page).toHaveURL(new RegExp(`#/contacts/${dupond.id}$`));

  // Undo from the recent merges (the toast offers the same): both records as they were, each
  // with its own activity, deal and tag, and the pair back in the review list.
  await page.evaluate(() => {
    window.location.hash = '#/duplicates/contacts';
  });
  const merge = screen.getByTestId('recent-merge');
  await merge.getByTestId('recent-merge-undo').click();
  await expect(shell.toasts.filter({ hasText: 'Fusion annulée' })).toBeVisible();
  await expect(merge.getByTestId('recent-merge-undone')).toBeVisible();
  await expect(group).toHaveCount(1);
  const restored = await callCore<Contact>(page, 'contacts.get', { id: dupont.id });
  expect({ deleted: restored.deleted, lastName: restored.lastName, city: restored.city, tags: restored.tags.map((tag) => tag.name) }).toEqual({
    deleted: false,
    lastName: 'Dupont',
    city: 'Lyon',
    tags: ['VIP'],
  });
  const back = await callCore<Contact>(page, 'contacts.get', { id: dupond.id });
  expect({ lastName: back.lastName, jobTitle: back.jobTitle, city: back.city, tags: back.tags.map((tag) => tag.name) }).toEqual({
    lastName: 'Dupond',
    jobTitle: 'Directeur des achats',
    city: 'Villeurbanne',
    tags: ['Salon 2025'],
  });
  for (const [id, subject, title] of [
    [dupont.id, 'Rencontré au salon', 'Renouvellement parc'],
    [dupond.id, 'Demande de catalogue', 'Extension Villeurbanne'],
  ] as const) {
    const own = await callCore<Rows<{ subject: string }>>(page, 'activities.list', { filters: { contactId: id } });
    expect(own.rows.map((row) => row.subject)).toEqual([subject]);
    const ownDeals = await callCore<Rows<{ title: string }>>(page, 'deals.list', { filters: { contactId: id } });
    expect(ownDeals.rows.map((row) => row.title)).toEqual([title]);
  }
});
