import iconv from 'iconv-lite';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';
import { ImportPage } from './pages/import-page';

/**
 * A spreadsheet saved by an older Excel in France: `;` separated, Windows-1252, French headers.
 * "Mél" is not a header the app knows (the user maps it), and the third row's address is wrong.
 */
const rows = [
  'Civilité;Prénom;Nom;Société;Mél;Portable;Code postal;Ville',
  'Mme;Hélène;Lefèvre;Boulangerie Dupré;helene.lefevre@exemple.fr;06 12 34 56 78;35000;Rennes',
  'M.;François;Garçon;Boulangerie Dupré;francois.garcon@exemple.fr;06 98 76 54 32;35000;Rennes',
  'M.;Jérôme;Bézier;Atelier Noël;jerome.bezier@@exemple;07 11 22 33 44;29000;Quimper',
];
const windows1252Csv = iconv.encode(`${rows.join('\r\n')}\r\n`, 'windows-1252');

test('a CSV is imported through the wizard with a mapping fix, the bad row left out, then the import undone', async ({ page, app }) => {
  test.setTimeout(120_000);
  const shell = new AppPage(page);
  const contacts = new ContactsPage(page);
  const wizard = new ImportPage(page);
  await shell.open(app.url);
  await shell.goToContacts();
  await page.getByTestId('import-contacts').click();
  await expect(page.getByRole('heading', { name: 'Importer des contacts' })).toBeVisible();

  // A file with only its header row is refused on the first step, saying what to do.
  await page.getByTestId('import-file-input').setInputFiles({ name: 'vide.csv', mimeType: 'text/csv', buffer: Buffer.from(`${rows[0]}\r\n`, 'utf8') });
  await expect(page.getByTestId('import-refusal')).toContainText('seulement les noms de colonnes');

  // 1. The file: what was found in it.
  await wizard.chooseFile('clients-bretagne.csv', windows1252Csv);
  await expect(page.getByTestId('import-refusal')).toBeHidden();
  await expect(wizard.findings.getByTestId('import-format')).toHaveText('CSV');
  await expect(wizard.findings.getByTestId('import-encoding')).toHaveText('Windows-1252 (Excel, ancien format)');
  await expect(wizard.findings.getByTestId('import-separator')).toContainText('point-virgule');
  await expect(wizard.findings.getByTestId('import-row-count')).toHaveText('3 lignes à importer');
  await wizard.next.click();

  // 2. The columns: the guesses are chosen, "Mél" is not; the user maps it.
  await expect(wizard.fieldOf('Prénom')).toHaveValue('firstName');
  await expect(wizard.fieldOf('Société')).toHaveValue('company');
  await expect(wizard.fieldOf('Mél')).toHaveValue('');
  await expect(page.getByTestId('import-mapping-row').filter({ hasText: 'Mél' })).toContainText('helene.lefevre@exemple.fr');
  await wizard.fieldOf('Mél').selectOption('emailWork');
  await expect(wizard.fieldOf('Mél')).toHaveValue('emailWork');
  await wizard.next.click();

  // 3. Options as they are; 4. the preview: the bad row with its reason, nothing written yet.
  await expect(page.getByTestId('import-on-match-skip')).toBeChecked();
  await wizard.next.click();
  await expect(wizard.preview).toBeVisible();
  await expect(wizard.count('create')).toHaveText('2');
  await expect(wizard.count('invalid')).toHaveText('1');
  await expect(wizard.issues).toHaveCount(1);
  await expect(wizard.issues.first()).toContainText('4');
  await expect(wizard.issues.first()).toContainText('Mél');
  await expect(wizard.issues.first()).toContainText('jerome.bezier@@exemple');
  await expect(wizard.issues.first()).toContainText('Adresse e-mail invalide.');
  await expect(page.getByTestId('import-companies-to-create')).toContainText('Boulangerie Dupré');
  await expect(wizard.run).toBeDisabled();

  // Back to the columns: the fix is still there, and the preview comes back.
  await page.getByTestId('import-edit-mapping').click();
  await expect(wizard.fieldOf('Mél')).toHaveValue('emailWork');
  await wizard.step(/Aperçu/).click();
  await expect(wizard.count('invalid')).toHaveText('1');

  // 5. Run, leaving the bad row out.
  await page.getByTestId('import-preview-skip-invalid').check();
  await expect(wizard.run).toHaveText('Importer 2 fiches');
  await wizard.run.click();
  await expect(wizard.result).toBeVisible({ timeout: 30_000 });
  await expect(wizard.result.getByTestId('import-result-created')).toHaveText('2 fiches créées');
  await expect(wizard.result.getByTestId('import-result-invalid')).toHaveText('1 ligne en erreur laissée de côté');
  await expect(wizard.result.getByTestId('import-result-companiesCreated')).toHaveText('1 société créée');

  await page.getByTestId('import-open-list').click();
  await expect(contacts.count).toHaveText('2 contacts');
  await expect(contacts.row('Hélène')).toContainText('Lefèvre');
  await expect(contacts.row('François')).toContainText('Garçon');
  await expect(contacts.row('Jérôme')).toHaveCount(0);

  // Undo from the wizard (its result is still there), after a confirmation: the contacts and the company they brought are gone.
  await page.getByTestId('import-contacts').click();
  await page.getByTestId('import-undo').click();
  const confirm = page.getByRole('alertdialog', { name: 'Annuler cet import ?' });
  await expect(confirm).toContainText('clients-bretagne.csv');
  await page.getByTestId('import-undo-confirm').click();
  await expect(confirm).toBeHidden();
  await expect(page.getByTestId('import-undone-removed')).toHaveText('3 fiches créées supprimées');
  await shell.goToContacts();
  await expect(contacts.emptyState).toBeVisible();
  await shell.goToCompanies();
  await expect(page.getByTestId('companies-empty')).toBeVisible();
  await shell.goToContacts();

  // The recent imports say it was undone.
  await page.getByTestId('import-contacts').click();
  await page.getByTestId('import-another').click();
  await expect(page.getByTestId('import-recent-row').filter({ hasText: 'clients-bretagne.csv' }).getByTestId('import-recent-undone')).toBeVisible();
});
