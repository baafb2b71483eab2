import ExcelJS from 'exceljs';
import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { ContactsPage } from './pages/contacts-page';

/** Reads a downloaded workbook: its header and its rows as texts by header. */
async function readSheet(path: string): Promise<{ header: string[]; rows: Record<string, string>[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, string>[] = [];
  for (let index = 2; index <= sheet.rowCount; index++) {
    const values = (sheet.getRow(index).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((name, column) => [name, values[column] === undefined || values[column] === null ? '' : String(values[column])])));
  }
  return { header, rows };
}

test('the filtered contacts exported to Excel: the file holds those contacts, with the columns shown', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  await shell.goToContacts();
  const contacts = new ContactsPage(page);
  await page.getByRole('button', { name: 'Charger des données de démonstration' }).click();
  await expect(contacts.rows.first()).toBeVisible();
  const all = await contacts.total();

  await contacts.filterByCity('Paris');
  await expect.poll(() => contacts.total()).toBeLessThan(all);
  const parisians = await contacts.total();
  expect(parisians).toBeGreaterThan(0);
  const firstShown = (await contacts.rows.first().getByRole('link').first().textContent())?.trim() ?? '';

  await page.getByTestId('contacts-export').click();
  await expect(page.getByRole('menu')).toContainText(`Les ${parisians} lignes affichées`);
  const downloading = page.waitForEvent('download');
  await page.getByTestId('contacts-export-xlsx').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Contacts \d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(shell.toasts.filter({ hasText: `${parisians} lignes exportées` })).toBeVisible();

  const { header, rows } = await readSheet(await download.path());
  expect(header).toEqual(['Identifiant CRM', 'Nom', 'Société', 'Fonction', 'E-mail', 'Téléphone', 'Ville', 'Responsable', 'Étiquettes', 'Modifié le']);
  expect(rows).toHaveLength(parisians);
  for (const row of rows) expect(row['Ville']).toMatch(/^Paris/);
  expect(rows[0]?.['Nom']).toBe(firstShown);
  for (const row of rows) expect(row['Identifiant CRM']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
});
