import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ImportPage } from './pages/import-page';
import { PipelinePage } from './pages/pipeline-page';

/**
 * A salesperson's pipeline kept in a spreadsheet: `;` separated, French amounts, dates and stage
 * names; the third row's amount is not one.
 */
const rows = [
  'Affaire;Société;Montant;Étape;Date de clôture prévue;Probabilité',
  'Fours Lyon;Boulangerie Dupré;12 500,50 €;Proposition;31/12/2026;30 %',
  'Pétrin Rennes;Boulangerie Dupré;3 000;négociation;15/01/2027;',
  'Vitrine Brest;Atelier Noël;beaucoup;Qualification;;',
];
const csv = Buffer.from(`${rows.join('\r\n')}\r\n`, 'utf8');

test('deals are imported from the pipeline screen through the wizard, land on the board, and the import is undone', async ({ page, app }) => {
  test.setTimeout(120_000);
  const shell = new AppPage(page);
  const pipeline = new PipelinePage(page);
  const wizard = new ImportPage(page);
  await shell.open(app.url);
  await pipeline.open();
  await page.getByTestId('import-deals').click();
  await expect(page.getByRole('heading', { name: 'Importer des affaires' })).toBeVisible();
  await expect(page.getByTestId('import-back-to-list')).toHaveText('Affaires');

  // 1. The file; 2. the columns, guessed from their French names.
  await wizard.chooseFile('pipeline.csv', csv);
  await expect(wizard.findings.getByTestId('import-row-count')).toHaveText('3 lignes à importer');
  await wizard.next.click();
  await expect(wizard.fieldOf('Affaire')).toHaveValue('title');
  await expect(wizard.fieldOf('Société')).toHaveValue('company');
  await expect(wizard.fieldOf('Montant')).toHaveValue('amount');
  await expect(wizard.fieldOf('Étape')).toHaveValue('stage');
  await expect(wizard.fieldOf('Date de clôture prévue')).toHaveValue('expectedClose');
  await expect(wizard.fieldOf('Probabilité')).toHaveValue('probability');
  await wizard.next.click();

  // 3. Options: deals are matched by their CRM id only; missing companies are created.
  await expect(page.getByText('seulement quand elle porte son identifiant CRM')).toBeVisible();
  await expect(page.getByTestId('import-create-companies')).toBeChecked();
  await wizard.next.click();

  // 4. The preview: the bad amount with its line and reason, the company to create.
  await expect(wizard.preview).toBeVisible();
  await expect(wizard.count('create')).toHaveText('2');
  await expect(wizard.count('invalid')).toHaveText('1');
  await expect(wizard.issues).toHaveCount(1);
  await expect(wizard.issues.first()).toContainText('4');
  await expect(wizard.issues.first()).toContainText('Montant');
  await expect(wizard.issues.first()).toContainText('beaucoup');
  await expect(wizard.issues.first()).toContainText('Montant illisible');
  await expect(page.getByTestId('import-companies-to-create')).toContainText('Boulangerie Dupré');

  // 5. Run without the bad row.
  await page.getByTestId('import-preview-skip-invalid').check();
  await expect(wizard.run).toHaveText('Importer 2 fiches');
  await wizard.run.click();
  await expect(wizard.result).toBeVisible({ timeout: 30_000 });
  await expect(wizard.result.getByTestId('import-result-created')).toHaveText('2 fiches créées');
  await expect(wizard.result.getByTestId('import-result-companiesCreated')).toHaveText('1 société créée');

  // The deals list: each deal in its stage, with its amount in French.
  await page.getByTestId('import-open-list').click();
  await expect(pipeline.board).toBeVisible();
  await expect(pipeline.column('Proposition').getByTestId('deal-card').filter({ hasText: 'Fours Lyon' })).toBeVisible();
  await expect(pipeline.card('Fours Lyon')).toContainText('12\u202f500,50\u00a0€');
  await expect(pipeline.column('Négociation').getByTestId('deal-card').filter({ hasText: 'Pétrin Rennes' })).toBeVisible();
  await expect(pipeline.card('Vitrine Brest')).toHaveCount(0);

  // Undo from the wizard: the deals and the company they brought are gone.
  await page.getByTestId('import-deals').click();
  await page.getByTestId('import-undo').click();
  await page.getByTestId('import-undo-confirm').click();
  await expect(page.getByTestId('import-undone-removed')).toHaveText('3 fiches créées supprimées');
  await page.getByTestId('import-back-to-list').click();
  await expect(pipeline.board).toBeVisible();
  await expect(pipeline.card('Fours Lyon')).toHaveCount(0);
  await expect(pipeline.card('Pétrin Rennes')).toHaveCount(0);
});
