import { expect, test } from './fixtures';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';
import { QuickLog, timeline, TodayPage } from './pages/today-page';

type Created = { id: string };

/** Calendar dates around today in Paris (the browser's zone in these tests). */
function parisDate(offsetDays: number): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
  return new Date(Date.parse(`${date}T00:00:00Z`) + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
const allDay = (offsetDays: number) => ({ allDay: true, startDate: parisDate(offsetDays), endDate: parisDate(offsetDays + 1) });

test('the app opens on Today, where a task due today is ticked off (with Undo) and an overdue one leaves the list', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const today = new TodayPage(page);
  await expect(today.screen).toBeVisible();
  await expect(page.getByTestId('nav-today')).toHaveAttribute('aria-current', 'page');
  // An empty base is welcomed with what to do first.
  await expect(page.getByTestId('today-first-start')).toBeVisible();

  const company = await callCore<Created>(page, 'companies.create', { name: 'Fromagerie Lefèvre' });
  await callCore(page, 'activities.create', { kind: 'task', subject: 'Envoyer le devis', companyId: company.id, timing: allDay(0) });
  await callCore(page, 'activities.create', { kind: 'task', subject: 'Rappeler le comptable', companyId: company.id, timing: allDay(-2) });
  await expect(today.tasks).toBeVisible();

  const due = today.task('Envoyer le devis');
  await expect(due).toContainText('Fromagerie Lefèvre');
  await due.getByRole('checkbox').check();
  await expect(due.getByRole('checkbox')).toBeChecked();
  await expect(due).toHaveClass(/today-line-done/);
  await shell.undoFromToast(/Tâche « Envoyer le devis » faite/);
  await expect(due.getByRole('checkbox')).not.toBeChecked();

  const overdue = page.getByTestId('today-overdue-task').filter({ hasText: 'Rappeler le comptable' });
  await expect(overdue).toBeVisible();
  // Done, it is no longer overdue: it leaves the list.
  await overdue.getByRole('checkbox').click();
  await expect(overdue).toHaveCount(0);
  const stored = await callCore<{ rows: { subject: string; doneAt: string | null }[] }>(page, 'activities.list', { filters: { kinds: ['task'], status: 'done' } });
  expect(stored.rows.map((row) => row.subject)).toEqual(['Rappeler le comptable']);
});

test('a call logged with Ctrl+L on a contact’s page shows on its timeline, and its follow-up on Today', async ({ page, app }) => {
  const shell = new AppPage(page);
  await shell.open(app.url);
  const contact = await callCore<Created>(page, 'contacts.create', { firstName: 'Jean', lastName: 'Dupont' });
  await page.goto(`${new URL(app.url).origin}/#/contacts/${contact.id}`);
  await expect(page.getByTestId('detail-title')).toHaveText('Jean Dupont');
  const contactTimeline = timeline(page);
  await expect(contactTimeline.card.getByTestId('timeline-change')).toHaveCount(1);

  const quickLog = new QuickLog(page);
  await quickLog.open();
  await expect(quickLog.dialog.getByTestId('quick-log-link-contact')).toContainText('Jean Dupont');
  await quickLog.type('appel 10 min intéressé relancer demain');
  await expect(quickLog.dialog.getByTestId('quick-log-kind-call')).toHaveAttribute('aria-checked', 'true');
  await expect(quickLog.preview.getByTestId('quick-log-subject')).toHaveText('Appel – Jean Dupont');
  await expect(quickLog.preview.getByTestId('quick-log-outcome')).toHaveText('Intéressé');
  await expect(quickLog.preview.getByTestId('quick-log-follow-up')).toContainText('Relancer — Demain');
  await quickLog.save();
  await expect(shell.toasts.filter({ hasText: 'Appel enregistré' })).toBeVisible();

  // The call under today, the follow-up ahead; the record's creation below.
  await expect(contactTimeline.activity('Appel – Jean Dupont')).toContainText('Intéressé');
  await expect(contactTimeline.card.getByRole('region', { name: 'À venir' })).toContainText('Relancer');
  await page.getByTestId('timeline-filter-call').click();
  await expect(contactTimeline.activities).toHaveCount(1);
  await expect(contactTimeline.card.getByTestId('timeline-change')).toHaveCount(0);
  await page.getByTestId('timeline-filter-all').click();
  await expect(contactTimeline.activities).toHaveCount(2);

  const today = new TodayPage(page);
  await today.open();
  const followUp = today.followUps.getByTestId('today-follow-up').filter({ hasText: 'Relancer' });
  await expect(followUp).toContainText('Jean Dupont');
  await expect(followUp).toContainText('Demain');

  // From Today, a name is found by search: the best match is preselected.
  await quickLog.open();
  await quickLog.type('note Dupont: préfère l’e-mail');
  await expect(quickLog.preview.getByTestId('quick-log-who')).toHaveValue(`contact:${contact.id}`);
  await quickLog.save();
  await followUp.getByTestId('linked-contact').click();
  await expect(contactTimeline.activity('Préfère l’e-mail')).toBeVisible();
});
