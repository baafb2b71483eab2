import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';
import { RemindersPage } from './pages/reminders-page';

type Created = { id: string };
type Pending = { activityId: string }[];

const MINUTE = 60_000;

/** A timed activity starting `inMs` from now, reminded `reminder` minutes before. */
function timing(inMs: number, durationMs: number) {
  const start = Date.now() + inMs;
  return { allDay: false, start: new Date(start).toISOString(), end: new Date(start + durationMs).toISOString(), timeZone: 'Europe/Paris' };
}

test('a meeting’s reminder rings in the window: its card is snoozed, another is dismissed, and neither comes back', async ({ page, app }) => {
  const shell = new AppPage(page);
  const reminders = new RemindersPage(page);
  await shell.open(app.url);
  const company = await callCore<Created>(page, 'companies.create', { name: 'Lefèvre Industrie' });

  // Its reminder time (two minutes before a meeting in two minutes) is now: it rings at once.
  await callCore<Created>(page, 'activities.create', {
    kind: 'meeting',
    subject: 'Revue de contrat Lefèvre',
    timing: timing(2 * MINUTE, 60 * MINUTE),
    location: 'Lyon, salle 2',
    companyId: company.id,
    reminders: [2],
  });
  const card = reminders.card('Revue de contrat Lefèvre');
  await expect(card).toBeVisible();
  await expect(card).toContainText(/Rendez-vous dans (2|3) minutes · aujourd’hui à \d\d:\d\d/);
  await expect(card).toContainText('Lyon, salle 2');
  await expect(card.getByRole('button', { name: 'Ouvrir Lefèvre Industrie' })).toBeVisible();
  await expect(card.getByTestId('reminder-missed')).toHaveCount(0);

  // Open: the meeting itself, over the current screen; the card stays until answered.
  await card.getByRole('button', { name: 'Ouvrir', exact: true }).click();
  const dialog = page.getByTestId('activity-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('textbox').first()).toHaveValue('Revue de contrat Lefèvre');
  await dialog.getByRole('button', { name: 'Annuler' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card).toBeVisible();

  await reminders.snooze('Revue de contrat Lefèvre', /^15 min$/);
  await expect(card).toHaveCount(0);
  expect(await callCore<Pending>(page, 'reminders.pending', {})).toEqual([]);

  // A call due in a minute, reminded a minute before: its card comes, and is dismissed.
  await callCore<Created>(page, 'activities.create', { kind: 'call', subject: 'Rappeler M. Morvan', timing: timing(MINUTE, 0), reminders: [1] });
  await expect(reminders.card('Rappeler M. Morvan')).toContainText(/Appel dans 1 minute/);
  await reminders.dismiss('Rappeler M. Morvan');
  await expect(reminders.cards).toHaveCount(0);

  // Opened again, the window asks the core what is pending: nothing (one snoozed, one dismissed).
  await page.reload();
  await expect(page.getByTestId('current-user')).toBeVisible();
  expect(await callCore<Pending>(page, 'reminders.pending', {})).toEqual([]);
  await expect(reminders.cards).toHaveCount(0);
});

test('the reminder of a repeating meeting opens the occurrence that rang, not the whole series', async ({ page, app }) => {
  const shell = new AppPage(page);
  const reminders = new RemindersPage(page);
  await shell.open(app.url);
  await callCore<Created>(page, 'activities.create', {
    kind: 'meeting',
    subject: 'Point hebdo équipe',
    timing: timing(2 * MINUTE, 30 * MINUTE),
    recurrence: { rule: { frequency: 'weekly' } },
    reminders: [2],
  });
  const card = reminders.card('Point hebdo équipe');
  await expect(card).toBeVisible();
  await card.getByRole('button', { name: 'Ouvrir', exact: true }).click();
  const dialog = page.getByTestId('activity-dialog');
  await expect(dialog.getByRole('textbox').first()).toHaveValue('Point hebdo équipe');
  await expect(dialog.getByTestId('occurrence-banner')).toBeVisible();
});
