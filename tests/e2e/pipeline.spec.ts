import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';
import { PipelinePage } from './pages/pipeline-page';

test('a deal is created, dragged across stages with the mouse and moved with the keyboard; totals follow', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const pipeline = new PipelinePage(page);
  await pipeline.open();
  await expect(pipeline.column('Qualification')).toBeVisible();

  await pipeline.createDeal('Fours à pain Lyon', '12 500,50');
  await expect(page.getByTestId('deal-detail')).toContainText('12 500,50');
  await pipeline.open();
  const qualification = pipeline.column('Qualification');
  await expect(qualification.getByTestId('deal-card')).toHaveCount(1);
  await expect(qualification.getByTestId('column-total')).toHaveText(/12\s500,50\s€/);
  // 10 % of it, the stage's probability.
  await expect(qualification.getByTestId('column-weighted')).toHaveText(/1\s250,05\s€/);

  // Mouse: drag the card onto "Proposition".
  await pipeline.card('Fours à pain Lyon').dragTo(pipeline.column('Proposition'));
  const proposition = pipeline.column('Proposition');
  await expect(proposition.getByTestId('deal-card')).toHaveCount(1);
  await expect(proposition.getByTestId('column-weighted')).toHaveText(/6\s250,25\s€/);
  await expect(qualification.getByTestId('column-count')).toHaveText('0');

  // Keyboard: Space picks it up, → carries it one stage on, Space drops it.
  await pipeline.card('Fours à pain Lyon').focus();
  await page.keyboard.press('Space');
  await expect(pipeline.announcement).toContainText('prise');
  await page.keyboard.press('ArrowRight');
  await expect(pipeline.announcement).toContainText('Négociation');
  await page.keyboard.press('Space');
  const negotiation = pipeline.column('Négociation');
  await expect(negotiation.getByTestId('deal-card')).toHaveCount(1);
  await expect(negotiation.getByTestId('column-total')).toHaveText(/12\s500,50\s€/);
  await expect(pipeline.card('Fours à pain Lyon')).toBeFocused();

  // Escape puts a picked-up card back.
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(negotiation.getByTestId('deal-card')).toHaveCount(1);

  // Dropping on a lost stage asks why (the board scrolls sideways: the keyboard reaches every column).
  await pipeline.card('Fours à pain Lyon').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(pipeline.announcement).toContainText('Perdu');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('confirm-lost').click();
  await expect(dialog.getByTestId('field-error')).toBeVisible();
  await dialog.getByRole('combobox').selectOption({ label: 'Concurrent retenu' });
  await dialog.getByTestId('confirm-lost').click();
  await expect(pipeline.column('Perdu').getByTestId('deal-card')).toHaveCount(1);

  // The stage history lists every stage it went through.
  await pipeline.card('Fours à pain Lyon').getByRole('link').click();
  const history = page.getByTestId('stage-history');
  await expect(history.getByRole('listitem')).toHaveText([/Perdu/, /Négociation/, /Proposition/, /Qualification/]);
  await expect(page.getByTestId('deal-detail')).toContainText('Concurrent retenu');
});

test('the table view and the forecast show the same deals, with the board’s filters', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const pipeline = new PipelinePage(page);
  await pipeline.open();
  await pipeline.createDeal('Petit contrat', '900');
  await pipeline.open();
  await pipeline.createDeal('Grand contrat', '45 000');
  await pipeline.open();
  await expect(pipeline.column('Qualification').getByTestId('deal-card')).toHaveCount(2);

  await page.getByTestId('filter-min-amount').fill('1 000');
  await expect(pipeline.column('Qualification').getByTestId('deal-card')).toHaveCount(1);
  await page.getByTestId('view-table').click();
  await expect(page.getByTestId('deal-row')).toHaveCount(1);
  await expect(page.getByTestId('deal-row')).toContainText('Grand contrat');
  await page.getByTestId('filter-min-amount').fill('');
  await expect(page.getByTestId('deal-row')).toHaveCount(2);

  await page.getByTestId('view-forecast').click();
  await expect(page.getByTestId('forecast')).toBeVisible();
  // Both deals have no close date yet: the "No date" row weights them at 10 %.
  await expect(page.getByTestId('forecast-row').filter({ hasText: 'Sans date' }).getByTestId('forecast-weighted')).toHaveText(/4\s590,00\s€/);
});

test('an exchange rate entered in Settings converts a deal in dollars in the board’s totals, and says so', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const pipeline = new PipelinePage(page);
  await pipeline.open();
  await page.getByTestId('new-deal').click();
  const form = page.getByTestId('deal-form');
  await form.getByTestId('deal-title').fill('Export Boston');
  await form.getByTestId('deal-amount').fill('1 250');
  await form.getByLabel('Devise').selectOption('USD');
  await form.getByTestId('save-deal').click();
  await pipeline.open();
  const first = pipeline.column('Qualification');
  await expect(first.getByTestId('column-total')).toHaveText(/0,00\s€/);
  await expect(first).toContainText('Sans taux\u00a0: USD');

  await shell.goToSettings();
  const rates = page.getByTestId('settings-currency');
  await rates.getByLabel('Devise', { exact: true }).selectOption('USD');
  await rates.getByLabel('À partir du').fill('2020-01-01');
  await rates.getByTestId('rate-value').fill('abc');
  await rates.getByTestId('add-rate').click();
  await expect(rates.getByTestId('field-error')).toBeVisible();
  await rates.getByTestId('rate-value').fill('1,25');
  await rates.getByTestId('add-rate').click();
  await expect(rates.getByTestId('rate-row')).toContainText('1,25');

  await pipeline.open();
  await expect(first.getByTestId('column-total')).toHaveText(/1\s000,00\s€/);
  await expect(first.locator('.board-column-totals')).toHaveAttribute('title', /1 EUR = 1,25 USD/);
});

test('a long column draws only the cards in sight, reads more at its end, and a card far down moves by keyboard and mouse', async ({ page, app }) => {
  test.setTimeout(120_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  // 230 deals in the first stage: more than the board's first page of 200 cards per column.
  for (let i = 1; i <= 230; i++) await callCore(page, 'deals.create', { title: `Affaire ${String(i).padStart(3, '0')}`, amountMinor: 1_000_00 });
  const [sales] = await callCore<{ stages: { id: string; name: string }[] }[]>(page, 'pipelines.list', {});
  const discoveryId = sales?.stages.find((stage) => stage.name === 'Découverte')?.id;
  await callCore(page, 'deals.create', { title: 'Zoé tardive', stageId: discoveryId, amountMinor: 500_00 });
  const pipeline = new PipelinePage(page);
  await pipeline.open();
  const qualification = pipeline.column('Qualification');
  await expect(qualification.getByTestId('column-count')).toHaveText('230');
  await expect(qualification.getByTestId('column-total')).toHaveText(/230\s000,00\s€/);
  await expect(qualification.getByTestId('column-weighted')).toHaveText(/23\s000,00\s€/);
  await expect(pipeline.card('Affaire 001')).toBeVisible();
  // Virtual: a few cards in the DOM, not the 200 read.
  expect(await qualification.getByTestId('deal-card').count()).toBeLessThan(40);
  await expect(pipeline.card('Affaire 230')).toHaveCount(0);
  await expect(qualification.getByTestId('column-shown')).toHaveText('200 affichées sur 230');

  // A card moved into the long column sorts past the cards read: it stays in sight, focused, after them.
  const discovery = pipeline.column('Découverte');
  await pipeline.card('Zoé tardive').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Space');
  await expect(qualification.getByTestId('column-count')).toHaveText('231');
  await expect(pipeline.card('Zoé tardive')).toBeFocused();
  await expect(pipeline.card('Zoé tardive')).toBeInViewport();
  await expect(pipeline.card('Zoé tardive')).not.toHaveClass(/deal-card-saving/);
  await expect(discovery.getByTestId('deal-card')).toHaveCount(0);
  await expect(qualification.getByTestId('column-shown')).toHaveText('201 affichées sur 231');
  await expect(qualification.getByTestId('show-more')).toHaveText('Afficher 30 de plus');

  // Scrolled to its end by the user, the column reads the 30 cards past the first page; the moved card is there once.
  const cards = qualification.getByTestId('board-cards');
  await cards.hover();
  await page.mouse.wheel(0, 100_000);
  await expect(pipeline.card('Affaire 201')).toBeAttached();
  await page.mouse.wheel(0, 100_000);
  await expect(pipeline.card('Affaire 230')).toBeVisible();
  await expect(pipeline.card('Zoé tardive')).toHaveCount(1);
  await expect(qualification.getByTestId('column-more')).toHaveCount(0);
  expect(await qualification.getByTestId('deal-card').count()).toBeLessThan(40);

  // Up and down arrows go from card to card; a card far down is carried by keyboard to the next stage.
  await pipeline.card('Affaire 228').focus();
  await page.keyboard.press('ArrowDown');
  await expect(pipeline.card('Affaire 229')).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await expect(pipeline.announcement).toContainText('Découverte');
  await page.keyboard.press('Space');
  await expect(discovery.getByTestId('deal-card')).toHaveCount(1);
  await expect(pipeline.card('Affaire 229')).toBeFocused();
  await expect(qualification.getByTestId('column-count')).toHaveText('230');
  await expect(discovery.getByTestId('column-total')).toHaveText(/1\s000,00\s€/);

  // With the mouse, back into the first column scrolled to its top: the card is shown where it sorts, far down.
  await cards.evaluate((element) => element.scrollTo({ top: 0 }));
  await expect(pipeline.card('Affaire 001')).toBeVisible();
  await pipeline.card('Affaire 229').dragTo(qualification);
  await expect(qualification.getByTestId('column-count')).toHaveText('231');
  await expect(discovery.getByTestId('deal-card')).toHaveCount(0);
  await expect(qualification.getByTestId('deal-card').filter({ hasText: 'Affaire 229' })).toBeInViewport();
  await expect(qualification.getByTestId('column-total')).toHaveText(/230\s500,00\s€/);
});
