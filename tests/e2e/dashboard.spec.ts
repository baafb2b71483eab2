import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';

type Stage = { id: string; kind: 'open' | 'won' | 'lost' };
type Pipeline = { stages: Stage[] };

/** This month in Paris (the browser's zone in these tests): 'YYYY-MM'. */
function parisMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit' }).format(new Date()).slice(0, 7);
}

/** Deals created through the core, then moved to the stage of the kind given. */
async function seedDeals(page: Page, deals: { title: string; amountMinor: number; kind: Stage['kind'] }[]): Promise<void> {
  const [pipeline] = await callCore<Pipeline[]>(page, 'pipelines.list', {});
  const stage = (kind: Stage['kind']) => pipeline?.stages.find((candidate) => candidate.kind === kind)?.id ?? '';
  for (const deal of deals) {
    const created = await callCore<{ id: string }>(page, 'deals.create', { title: deal.title, amountMinor: deal.amountMinor });
    if (deal.kind !== 'open') await callCore(page, 'deals.move', { id: created.id, stageId: stage(deal.kind) });
  }
}

/** A number as French formatting writes it (narrow no-break spaces between thousands and before €). */
const french = (text: string) => new RegExp(text.replace(/ /g, '[\\s\\u00a0\\u202f]'));

test('a tile reads the seeded deals and opens the list behind it, filtered', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await seedDeals(page, [
    { title: 'Fours Lyon', amountMinor: 12_000_00, kind: 'won' },
    { title: 'Pétrin Nantes', amountMinor: 3_000_00, kind: 'won' },
    { title: 'Vitrine Lille', amountMinor: 7_000_00, kind: 'lost' },
    { title: 'Chambre froide', amountMinor: 5_000_00, kind: 'open' },
  ]);
  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('dashboard-screen')).toBeVisible();
  await expect(page.getByTestId('nav-dashboard')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('tile-won-figure')).toHaveText(french('15 000,00 €'));
  await expect(page.getByTestId('tile-win-rate-figure')).toHaveText(french('67 %'));
  await expect(page.getByTestId('tile-pipeline-figure')).toHaveText(french('5 000,00 €'));

  await page.getByTestId('tile-won-open').click();
  await expect(page.getByTestId('pipeline-screen')).toBeVisible();
  const rows = page.getByTestId('deal-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: 'Fours Lyon' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Pétrin Nantes' })).toHaveCount(1);
  await expect(page.getByText('Affaires gagnées (dates : jour de la signature)')).toBeVisible();

  // Back on the dashboard, the lost deals open the same way.
  await page.getByTestId('nav-dashboard').click();
  await page.getByTestId('tile-win-rate-lost').click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Vitrine Lille');

  // Exported as shown: the lost deal only, not the whole pipeline.
  await page.getByTestId('deals-export').click();
  await expect(page.getByRole('menu')).toContainText('1 ligne affichée');
  const downloading = page.waitForEvent('download');
  await page.getByTestId('deals-export-csv').click();
  const csv = await readFile(await (await downloading).path(), 'utf8');
  expect(csv).toContain('Vitrine Lille');
  for (const other of ['Fours Lyon', 'Pétrin Nantes', 'Chambre froide']) expect(csv).not.toContain(other);
});

test('a target set on the Targets screen shows as attainment on the dashboard', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await seedDeals(page, [{ title: 'Fours Lyon', amountMinor: 12_000_00, kind: 'won' }]);
  const [me] = await callCore<{ id: string }[]>(page, 'users.list', {});
  const month = parisMonth();

  await page.getByTestId('nav-dashboard').click();
  await expect(page.getByTestId('tile-won')).toContainText('Aucun objectif fixé pour cette période');
  await page.getByTestId('open-targets').click();
  await expect(page.getByTestId('targets-screen')).toBeVisible();
  const cell = page.getByTestId(`target-user-${me?.id ?? ''}-${month}`);
  await expect(cell).toContainText(french('Réalisé : 12 000,00 €'));
  const input = cell.getByTestId(`target-user-${me?.id ?? ''}-${month}-input`);
  // Typed the French way, with a space between thousands.
  await input.fill('20 000');
  await input.press('Enter');
  await expect(page.getByTestId('toast').filter({ hasText: 'Objectif enregistré' })).toBeVisible();
  await expect(cell).toContainText('60 %');
  await expect(input).toHaveValue('20000,00');

  await page.getByTestId('open-dashboard').click();
  await expect(page.getByTestId('tile-won-attainment')).toHaveText(french('60 % de l’objectif · Objectif : 20 000,00 €'));
  await expect(page.getByTestId('tile-won').getByRole('meter')).toHaveAttribute('aria-valuenow', '60');
});
