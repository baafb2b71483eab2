import { readFile } from 'node:fs/promises';
import { docxText } from '../fixtures/documents/docx-text';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';

test('the forecast report follows its period, and goes to Word with its title and rows', async ({ page, app }) => {
  test.setTimeout(90_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  await callCore(page, 'deals.create', { title: 'Four à sole', amountMinor: 12_000_00, probability: 50, expectedClose: '2026-03-15' });
  await callCore(page, 'deals.create', { title: 'Vitrine réfrigérée', amountMinor: 7_500_00, probability: 20, expectedClose: '2027-05-10' });

  await page.getByTestId('nav-reports').click();
  await expect(page.getByTestId('reports-screen')).toBeVisible();
  await page.getByTestId('report-link-forecast-by-month').click();
  await expect(page).toHaveURL(/#\/reports\/forecast-by-month$/);
  const report = page.getByTestId('report-screen');
  await expect(report.getByTestId('report-title')).toHaveText('Prévisions par mois');

  // March 2026: the oven, and only it.
  await report.getByTestId('report-from').fill('2026-03-01');
  await report.getByTestId('report-to').fill('2026-03-31');
  await expect(report.getByTestId('report-content')).toHaveAttribute('data-period', '2026-03-01/2026-03-31');
  await expect(report.getByTestId('report-period')).toHaveValue('custom');
  const rows = report.getByTestId('report-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('mars 2026');
  await expect(rows.first()).toContainText(/12\s000,00\s€/);
  await expect(report.getByTestId('report-chart')).toBeVisible();

  // May 2027: the shop window instead.
  await report.getByTestId('report-to').fill('2027-05-31');
  await report.getByTestId('report-from').fill('2027-05-01');
  await expect(report.getByTestId('report-content')).toHaveAttribute('data-period', '2027-05-01/2027-05-31');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('mai 2027');
  await expect(rows.first()).toContainText(/7\s500,00\s€/);
  await expect(report).not.toContainText(/12\s000,00\s€/);

  // Word: the report's title, its period, and the row of the table.
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), report.getByTestId('report-export-docx').click()]);
  expect(download.suggestedFilename()).toBe('Prévisions par mois 2027-05-01 – 2027-05-31.docx');
  const text = (await docxText(await readFile(await download.path()))).replace(/[\u202f\u00a0]/g, ' ');
  expect(text).toContain('Prévisions par mois');
  expect(text).toContain('du 1 mai 2027 au 31 mai 2027');
  expect(text).toContain('mai 2027 | 1 | 7 500,00 € | 1 500,00 €');
  await expect(shell.toasts.last()).toContainText('Prévisions par mois');

  // Back to the list and again to the report: the same period is kept.
  await report.getByTestId('reports-back').click();
  await page.getByTestId('report-link-forecast-by-month').click();
  await expect(page.getByTestId('report-content')).toHaveAttribute('data-period', '2027-05-01/2027-05-31');
});
