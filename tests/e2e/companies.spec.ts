import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { CompanyDetailPage } from './pages/detail-pages';

test('a company is created from the palette with the keyboard only', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await page.keyboard.press('Control+k');
  await shell.paletteInput.fill('créer société');
  await expect(page.getByTestId('palette-command').first()).toHaveText(/Créer une société/);
  await page.keyboard.press('Enter');

  const form = page.getByTestId('company-form');
  await expect(form.getByTestId('company-name')).toBeFocused();
  await page.keyboard.type('Fromagerie Lefèvre');
  await page.keyboard.press('Control+Enter');
  await expect(new CompanyDetailPage(page).title).toHaveText('Fromagerie Lefèvre');
});

test('a mistyped SIRET is refused next to its field until it is fixed', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await shell.goToCompanies();
  await expect(page.getByTestId('companies-empty')).toBeVisible();
  await page.getByTestId('new-company').click();
  const form = page.getByTestId('company-form');
  await form.getByTestId('company-name').fill('Google France');
  await form.getByLabel('SIREN / SIRET').fill('443 061 841 00048');
  await form.getByTestId('save-company').click();

  const error = form.locator('[data-field="legalId"]').getByTestId('field-error');
  await expect(error).toHaveText('SIREN/SIRET invalide (clé de contrôle)');
  await form.getByLabel('SIREN / SIRET').fill('443 061 841 00047');
  await expect(error).toBeHidden();
  await form.getByTestId('save-company').click();

  const company = new CompanyDetailPage(page);
  await expect(company.title).toHaveText('Google France');
  await expect(company.root).toContainText('443 061 841 00047');
  await shell.goToCompanies();
  await expect(page.getByTestId('companies-count')).toHaveText('1 société');
});
