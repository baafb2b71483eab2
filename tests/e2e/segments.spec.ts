import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';
import { ContactsPage } from './pages/contacts-page';

type Created = { id: string };

/** The names in the first sheet of a downloaded workbook, under its "Nom" header. */
async function exportedNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const column = header.indexOf('Nom') + 1;
  const names: string[] = [];
  for (let index = 2; index <= sheet.rowCount; index++) names.push(String(sheet.getRow(index).getCell(column).value ?? ''));
  return names.sort();
}

test('a contacts segment with an OR group is built with a live count, saved, cleared, opened again as the list, kept in a saved view, and exported to Excel', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  // Lyon or Paris, with an open deal over 10 000 €: Arnaud (Lyon, 15 000 €) and Bérénice (Paris, 12 000 €) only.
  const people = [
    { firstName: 'Arnaud', lastName: 'Lyonnais', city: 'Lyon', deal: 1_500_000 },
    { firstName: 'Bérénice', lastName: 'Parisienne', city: 'Paris', deal: 1_200_000 },
    { firstName: 'Camille', lastName: 'Petitbudget', city: 'Lyon', deal: 500_000 },
    { firstName: 'Damien', lastName: 'Sansaffaire', city: 'Paris', deal: null },
    { firstName: 'Élodie', lastName: 'Marseillaise', city: 'Marseille', deal: 2_000_000 },
  ];
  for (const person of people) {
    const contact = await callCore<Created>(page, 'contacts.create', { firstName: person.firstName, lastName: person.lastName, city: person.city });
    if (person.deal !== null) {
      await callCore(page, 'deals.create', { title: `Affaire ${person.lastName}`, amountMinor: person.deal, currency: 'EUR', contacts: [{ contactId: contact.id }] });
    }
  }

  await shell.goToContacts();
  const contacts = new ContactsPage(page);
  await expect.poll(() => contacts.total()).toBe(5);

  await page.getByTestId('segments-menu').click();
  await page.getByTestId('segment-new').click();
  const builder = page.getByTestId('segment-builder');
  await expect(builder).toBeVisible();
  await builder.getByTestId('segment-name').fill('Lyon ou Paris, grosse affaire');

  // An "any of" group: city is Lyon OR city is Paris.
  await builder.getByTestId('segment-add-group').click();
  const cities = builder.getByTestId('segment-group').first();
  for (const city of ['Lyon', 'Paris']) {
    await cities.getByRole('button', { name: 'Ajouter une condition' }).click();
    await page.getByRole('menuitem', { name: 'Ville', exact: true }).click();
    const condition = cities.getByTestId('segment-condition').last();
    await condition.getByLabel('Comparaison sur « Ville »').selectOption({ label: 'est égal à' });
    await condition.getByLabel('Ville : valeur').fill(city);
  }
  await expect(cities.getByTestId('segment-match')).toHaveValue('any');

  // AND has a deal where the amount is over 10 000 € and the deal is open.
  await builder.getByTestId('segment-add-condition').click();
  await page.getByTestId('segment-field-search').fill('montant');
  await page.getByRole('menuitem', { name: 'Affaire – Montant' }).click();
  const deal = builder.getByTestId('segment-group').last();
  await deal.getByLabel('Montant : valeur').fill('10 000');
  await deal.getByRole('button', { name: 'Ajouter une condition' }).click();
  await page.getByRole('menuitem', { name: 'Statut', exact: true }).click();
  await deal.getByRole('checkbox', { name: 'En cours' }).check();

  const count = builder.getByTestId('segment-preview-count');
  await expect(count).toHaveText('2 contacts correspondent');

  // An amount that cannot be read is said beside the condition, and nothing is counted.
  await deal.getByLabel('Montant : valeur').fill('dix mille');
  await builder.getByTestId('segment-name').click();
  await expect(deal.getByTestId('segment-condition-error')).toContainText('Saisissez un montant');
  await expect(count).toHaveAttribute('data-status', 'invalid');
  await deal.getByLabel('Montant : valeur').fill('10 000');
  await expect(count).toHaveText('2 contacts correspondent');

  await builder.getByTestId('segment-save').click();
  await expect(builder).toBeHidden();
  const chip = page.locator('.filter-chip', { hasText: 'Segment : Lyon ou Paris, grosse affaire' });
  await expect(chip).toBeVisible();
  await expect.poll(() => contacts.total()).toBe(2);

  // Cleared: every contact again.
  await chip.getByRole('button').click();
  await expect(chip).toBeHidden();
  await expect.poll(() => contacts.total()).toBe(5);

  // Opened again from the segments of the list.
  await page.getByTestId('segments-menu').click();
  await expect(page.getByTestId('segment-menu-row')).toContainText('Par moi · privé');
  await page.getByRole('menuitem', { name: /Lyon ou Paris, grosse affaire/ }).click();
  await expect(chip).toBeVisible();
  await expect.poll(() => contacts.total()).toBe(2);
  await expect(contacts.rows).toHaveCount(2);
  await expect(contacts.row('Lyonnais')).toBeVisible();
  await expect(contacts.row('Parisienne')).toBeVisible();

  // Kept in a saved view like the other filters.
  await contacts.saveViewAs('Grosses affaires Lyon-Paris');
  await contacts.applyView('Tous les contacts');
  await expect(chip).toBeHidden();
  await expect.poll(() => contacts.total()).toBe(5);
  await contacts.applyView('Grosses affaires Lyon-Paris');
  await expect(chip).toBeVisible();
  await expect.poll(() => contacts.total()).toBe(2);

  // Exported (from the saved view): the file holds exactly the segment's contacts.
  await page.getByTestId('contacts-export').click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('contacts-export-xlsx').click();
  const download = await downloading;
  const names = await exportedNames(await download.path());
  expect(names).toHaveLength(2);
  expect(names.join(' | ')).toMatch(/Lyonnais.*\|.*Parisienne/);
});

test('a deals segment started from the command palette filters the pipeline, with its chip', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  for (const [title, amountMinor] of [['Fours Lyon', 1_500_000], ['Pétrins Nantes', 500_000], ['Vitrines Lille', 2_000_000]] as const) {
    await callCore(page, 'deals.create', { title, amountMinor, currency: 'EUR' });
  }

  await page.keyboard.press('Control+k');
  await shell.paletteInput.fill('segment d’affaires');
  await page.keyboard.press('Enter');
  const builder = page.getByTestId('segment-builder');
  await expect(builder).toBeVisible();
  await expect(builder.getByRole('heading', { name: 'Nouveau segment d’affaires' })).toBeVisible();
  await expect(builder.getByTestId('segment-preview-count')).toHaveText('3 affaires correspondent');

  await builder.getByTestId('segment-add-condition').click();
  await page.getByRole('menuitem', { name: 'Montant', exact: true }).click();
  await builder.getByLabel('Montant : valeur').fill('10 000');
  await expect(builder.getByTestId('segment-preview-count')).toHaveText('2 affaires correspondent');

  // Saving without a name says so, and keeps the builder open.
  await builder.getByTestId('segment-save').click();
  await expect(builder.getByTestId('field-error')).toHaveText('Donnez un nom au segment.');
  await builder.getByTestId('segment-name').fill('Plus de 10 000 €');
  await builder.getByTestId('segment-save').click();
  await expect(builder).toBeHidden();

  await expect(page.getByTestId('deal-segment-chip')).toContainText('Segment : Plus de 10 000 €');
  await expect(page.getByTestId('deals-count')).toHaveText('2 affaires');
  await page.getByTestId('deal-segment-chip').getByRole('button').click();
  await expect(page.getByTestId('deals-count')).toHaveText('3 affaires');
});
