import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { solidPng } from '../fixtures/documents/png';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { QuoteSettingsPage } from './pages/quote-settings-page';

test('the letterhead is filled with a logo, saved, and still there after a reload; a wrong image is refused before sending', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const settings = new QuoteSettingsPage(page);
  await settings.open();

  // A file that is not an image is refused at once, with the reason.
  await settings.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
  await expect(settings.form.locator('[data-field="logo"]').getByTestId('field-error')).toContainText('n’est pas une image PNG ou JPEG');
  await expect(settings.logoPreview).toHaveCount(0);

  await settings.fillLetterhead({
    sellerName: 'Fournils de Bretagne',
    address: '12 quai de l’Odet\n29000 Quimper',
    phone: '02 98 00 00 00',
    email: 'devis@fournils.bzh',
    website: 'fournils.bzh',
    siret: '732 829 320 00074',
    vatNumber: 'FR 44 732829320',
    terms: 'Acompte de 30 % à la commande.',
    validityDays: '45',
  });
  await settings.chooseLogo({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(solidPng(120, 40, [200, 60, 30])) });
  await expect(settings.logoPreview).toBeVisible();
  await expect(settings.form.locator('[data-field="logo"]').getByTestId('field-error')).toHaveCount(0);
  await settings.save();
  await expect(shell.toasts.filter({ hasText: 'Paramètres des devis enregistrés' })).toBeVisible();

  await page.reload();
  await settings.open();
  await expect(settings.field('sellerName')).toHaveValue('Fournils de Bretagne');
  await expect(settings.address).toHaveValue('12 quai de l’Odet\n29000 Quimper');
  await expect(settings.field('website')).toHaveValue('https://fournils.bzh');
  await expect(settings.field('vatNumber')).toHaveValue('FR44732829320');
  await expect(settings.terms).toHaveValue('Acompte de 30 % à la commande.');
  await expect(settings.validity).toHaveValue('45');
  await expect(settings.logoPreview).toBeVisible();
  await expect(settings.logoPreview).toHaveAttribute('src', /^data:image\/png;base64,iVBORw0KGgo/);
});

test('the sample template is downloaded, uploaded back and used; a file that is not Word is refused and the template stays', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const settings = new QuoteSettingsPage(page);
  await settings.open();
  await expect(settings.templateStatus).toContainText('celle du CRM');

  const sample = await settings.download('download-sample-template');
  expect(sample.suggestedFilename()).toBe('Modèle de devis.docx');
  const samplePath = await sample.path();
  const zip = await JSZip.loadAsync(await readFile(samplePath));
  expect(zip.file('word/document.xml')).not.toBeNull();

  await settings.uploadTemplate({ name: 'Modèle ACME.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await readFile(samplePath) });
  await expect(settings.template.getByTestId('template-file-name')).toHaveText('Modèle ACME.docx');
  await expect(settings.templateStatus).toContainText('le modèle de votre bureau');
  await expect(settings.template.getByTestId('template-unknown')).toHaveCount(0);

  await settings.uploadTemplate({ name: 'notes.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('Ceci est un simple texte.') });
  await expect(settings.templateRefusal).toContainText('Ce fichier n’est pas un document Word (.docx)');
  await expect(settings.templateRefusal).toContainText('Le modèle précédent, «\u00a0Modèle ACME.docx\u00a0», reste utilisé.');
  await expect(settings.template.getByTestId('template-file-name')).toHaveText('Modèle ACME.docx');

  const current = await settings.download('download-current-template');
  expect(current.suggestedFilename()).toBe('Modèle ACME.docx');
  expect(await readFile(await current.path())).toEqual(await readFile(samplePath));

  await settings.template.getByTestId('use-built-in-layout').click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revenir à la mise en page intégrée' }).click();
  await expect(settings.template.getByTestId('template-built-in')).toBeVisible();
});
