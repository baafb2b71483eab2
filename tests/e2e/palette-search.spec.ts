import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { PipelinePage } from './pages/pipeline-page';

test('the palette finds a deal by its title and opens its page', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const pipeline = new PipelinePage(page);
  await pipeline.open();
  await pipeline.createDeal('Pétrin spirale Annecy', '8 400');
  await expect(page.getByTestId('deal-detail')).toBeVisible();
  await shell.goToContacts();

  await shell.search('petrin spir');
  const hit = shell.paletteResults.first();
  await expect(hit).toHaveAttribute('data-entity', 'deal');
  await expect(hit).toContainText('Pétrin spirale Annecy');
  await expect(hit).toContainText('Affaire');
  await expect(shell.palette.getByText('Affaires', { exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(shell.palette).toBeHidden();
  await expect(page).toHaveURL(/#\/deals\/[0-9a-f-]+$/);
  await expect(page.getByTestId('deal-detail')).toContainText('Pétrin spirale Annecy');
});
