import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { callCore } from './pages/core-api';

/** The text of a .docx's body, runs joined, breaks and paragraphs as new lines. */
async function docxText(path: string): Promise<string> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:br\/>|<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

test('select contacts, merge the shipped letter into one Word document: their names are in it, the one who refused mailings is not', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const contacts = [
    { civility: 'mrs', firstName: 'Hélène', lastName: 'Lefèvre', address: '12 rue de la Paix', postcode: '69002', city: 'Lyon' },
    { civility: 'mr', firstName: 'Jean', lastName: 'Dupont', address: '3 quai Rambaud', postcode: '69002', city: 'Lyon' },
    { firstName: 'Marc', lastName: 'Martin', city: 'Lyon', consentMail: 'refused' },
    { firstName: 'Zoé', lastName: 'Bernard', city: 'Nantes' },
  ];
  for (const contact of contacts) await callCore(page, 'contacts.create', contact);

  await shell.goToContacts();
  const list = new ContactsPage(page);
  await expect(list.rows).toHaveCount(4);
  for (const name of ['Hélène Lefèvre', 'Jean Dupont', 'Marc Martin']) {
    await list.row(name).getByRole('checkbox').check();
  }
  await expect(page.getByTestId('bulk-bar')).toContainText('3');
  await page.getByTestId('bulk-mail-merge').click();

  const dialog = page.getByTestId('mail-merge-dialog');
  await expect(dialog.getByTestId('merge-letter-count')).toHaveText('2 lettres seront écrites.');
  await dialog.getByTestId('merge-excluded').locator('summary').click();
  await expect(dialog.getByTestId('merge-excluded')).toContainText('Marc Martin — refuse les courriers');

  await expect(page.getByTestId('merge-run')).toBeDisabled();
  await dialog.getByTestId('merge-subject').fill('Notre salon de printemps');
  await dialog.getByLabel('Texte de la lettre').fill('Nous serons heureux de vous accueillir.\nÀ bientôt.');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('merge-run').click()]);
  expect(download.suggestedFilename()).toMatch(/^Publipostage \d{4}-\d{2}-\d{2}\.docx$/);
  await expect(shell.toasts.filter({ hasText: '2 lettres écrites' })).toBeVisible();
  await expect(dialog).toHaveCount(0);

  const text = await docxText(await download.path());
  expect(text).toContain('M. Jean Dupont\n3 quai Rambaud\n69002 LYON');
  expect(text).toContain('Mme Hélène Lefèvre\n12 rue de la Paix\n69002 LYON');
  expect(text).toContain('Objet\u00a0: Notre salon de printemps');
  expect(text).toContain('Nous serons heureux de vous accueillir.\nÀ bientôt.');
  expect(text).not.toContain('Marc');
  expect(text).not.toContain('Zoé');

  // A contact's Word sheet, from their page.
  await list.row('Hélène Lefèvre').click();
  await list.row('Hélène Lefèvre').press('Enter');
  const [sheet] = await Promise.all([page.waitForEvent('download'), page.getByTestId('word-sheet').click()]);
  expect(sheet.suggestedFilename()).toBe('Fiche Mme Hélène Lefèvre.docx');
  expect(await docxText(await sheet.path())).toContain('12 rue de la Paix\n69002 Lyon');
});

test('address labels from the list as filtered; a template that is not Word is refused in the dialog', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await callCore(page, 'contacts.create', { firstName: 'Hélène', lastName: 'Lefèvre', address: '12 rue de la Paix', postcode: '69002', city: 'Lyon' });
  await callCore(page, 'contacts.create', { firstName: 'Zoé', lastName: 'Bernard', city: 'Lyon' });
  await callCore(page, 'contacts.create', { firstName: 'Paul', lastName: 'Petit', address: '1 rue Haute', postcode: '44000', city: 'Nantes' });
  await shell.goToContacts();
  const list = new ContactsPage(page);
  await list.filterByCity('Lyon');
  await expect(list.rows).toHaveCount(2);
  await page.getByTestId('mail-merge-contacts').click();

  const dialog = page.getByTestId('mail-merge-dialog');
  await dialog.getByTestId('merge-own-template').check();
  await dialog.getByTestId('merge-template-input').setInputFiles({ name: 'notes.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('Pas un document Word') });
  await expect(dialog.getByTestId('merge-template-refusal')).toContainText('Ce fichier n’est pas un document Word (.docx).');
  await expect(page.getByTestId('merge-run')).toBeDisabled();

  await dialog.getByTestId('merge-output-labels').check();
  await expect(dialog.getByTestId('merge-letter-count')).toHaveText('1 étiquette sera imprimée.');
  await expect(dialog.getByTestId('merge-excluded')).toContainText('1 sans adresse postale');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('merge-run').click()]);
  expect(download.suggestedFilename()).toMatch(/^Étiquettes L7160 /);
  const text = await docxText(await download.path());
  expect(text).toContain('Hélène Lefèvre\n12 rue de la Paix\n69002 LYON');
  expect(text).not.toMatch(/Paul|Zoé/);
});
