import { readFile } from 'node:fs/promises';
import type { Activity } from '../../src-shared/domain/activities';
import { expect, test } from './fixtures';
import { AgendaPage } from './pages/agenda-page';
import { AppPage } from './pages/app-page';
import { callCore } from './pages/core-api';

// The browser runs in Paris (playwright.config.ts); in January Paris is UTC+1.
const tuesday = '2030-01-08';

test('a meeting is created by selecting a slot in the week view, dragged to another day, and shown in the month and list views', async ({ page, app }) => {
  test.setTimeout(90_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  await page.getByTestId('nav-agenda').click();
  const agenda = new AgendaPage(page);
  await expect(agenda.screen).toBeVisible();

  // French toolbar, and weeks that start on Monday.
  await agenda.show('week', tuesday);
  await expect(page.getByTestId('agenda-today')).toHaveText('Aujourd’hui');
  await expect(page.getByRole('radiogroup', { name: 'Affichage' })).toContainText('Semaine');
  await expect(agenda.period).toHaveText(/7.*13 janv\. 2030/);
  await expect(page.locator('.rbc-time-header .rbc-header').first()).toHaveText(/^lun\. 7/);

  // Ctrl+N in the agenda starts a meeting (not a contact).
  await page.keyboard.press('Control+n');
  await expect(agenda.dialog.getByTestId('activity-kind-meeting')).toHaveClass(/segment-on/);
  await page.keyboard.press('Escape');
  await expect(agenda.dialog).toBeHidden();

  // Select Tuesday 10:00–11:00 with the mouse: the dialog opens on a meeting at those times.
  await agenda.drag(await agenda.hourPoint(1, 10, 2), await agenda.hourPoint(1, 10, 58));
  await expect(agenda.dialog).toBeVisible();
  await expect(agenda.dialog.getByTestId('activity-kind-meeting')).toHaveClass(/segment-on/);
  await expect(agenda.dialog.getByTestId('activity-start-date')).toHaveValue(tuesday);
  await expect(agenda.dialog.getByTestId('activity-start-time')).toHaveValue('10:00');
  await expect(agenda.dialog.getByTestId('activity-end-time')).toHaveValue('11:00');
  await expect(agenda.dialog.getByTestId('activity-when-summary')).toContainText('mardi 8 janvier 2030');

  // Saving without a subject says what is missing, on the field.
  await agenda.dialog.getByTestId('save-activity').click();
  await expect(agenda.dialog.getByTestId('field-error')).toHaveText('Champ obligatoire');
  await agenda.dialog.getByTestId('activity-subject').fill('Rendez-vous Dupont');
  await agenda.dialog.getByTestId('activity-location').fill('Lyon');
  await agenda.dialog.getByTestId('save-activity').click();
  await expect(agenda.dialog).toBeHidden();
  const meeting = agenda.event('Rendez-vous Dupont');
  await expect(agenda.dayColumn(1).locator('.rbc-event').filter({ hasText: 'Rendez-vous Dupont' })).toBeVisible();

  // Drag it to Thursday, same hour.
  const box = await meeting.boundingBox();
  if (!box) throw new Error('the meeting is not on screen');
  const thursday = await agenda.hourPoint(3, 10, 20);
  await agenda.drag({ x: box.x + box.width / 2, y: box.y + 12 }, { x: thursday.x, y: box.y + 12 });
  await expect(agenda.dayColumn(3).locator('.rbc-event').filter({ hasText: 'Rendez-vous Dupont' })).toBeVisible();
  await expect(shell.toasts.filter({ hasText: /déplacé/ })).toBeVisible();

  // The core has it on Thursday 10:00–11:00 in Paris, as a reload shows.
  const [event] = await callCore<{ activityId: string; start: string; end: string }[]>(page, 'agenda.range', {
    from: '2030-01-06T23:00:00Z',
    to: '2030-01-13T23:00:00Z',
    timeZone: 'Europe/Paris',
  });
  expect(event).toMatchObject({ start: '2030-01-10T09:00:00.000Z', end: '2030-01-10T10:00:00.000Z' });
  await page.reload();
  await expect(agenda.dayColumn(3).locator('.rbc-event').filter({ hasText: 'Rendez-vous Dupont' })).toBeVisible();
  await expect(agenda.period).toHaveText(/7.*13 janv\. 2030/);
  // Hovering it gives the whole of it in a tooltip: subject, when in words, whose, where.
  const moved = agenda.event('Rendez-vous Dupont').getByTestId('agenda-event');
  await moved.hover();
  await expect(moved).toHaveAttribute('title', /^Rendez-vous Dupont\njeudi 10 janvier 2030, 10:00 – 11:00 · .+\nLyon$/);

  // Month and list views, by the switch and by the keyboard.
  await page.getByTestId('agenda-view-month').click();
  await expect(page.locator('.rbc-month-view')).toBeVisible();
  await expect(agenda.period).toHaveText('Janvier 2030');
  await expect(page.locator('.rbc-month-header .rbc-header').first()).toHaveText('lun.');
  await expect(agenda.event('Rendez-vous Dupont')).toBeVisible();
  await page.keyboard.press('l');
  await expect(page.locator('.rbc-agenda-view')).toBeVisible();
  await expect(page.locator('.rbc-agenda-view')).toContainText('Rendez-vous Dupont');
  await expect(page).toHaveURL(/#\/agenda\/list\/2030-01-08$/);
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/#\/agenda\/list\/2030-02-07$/);
  await expect(page.locator('.rbc-agenda-view')).not.toContainText('Rendez-vous Dupont');
  await page.goBack();
  await expect(page.locator('.rbc-agenda-view')).toContainText('Rendez-vous Dupont');
  // Arrows move by a period once the view switch no longer has the focus (there they move the choice).
  await agenda.period.click();
  await page.keyboard.press('ArrowLeft');
  await expect(page).toHaveURL(/#\/agenda\/list\/2029-12-09$/);
  await page.keyboard.press('t');
  await expect(page).not.toHaveURL(/2029-12-09/);
  await page.goBack();
  await page.goBack();

  // Clicking it opens the dialog on the saved meeting.
  await page.locator('.rbc-agenda-view').getByText('Rendez-vous Dupont').click();
  await expect(agenda.dialog.getByTestId('activity-subject')).toHaveValue('Rendez-vous Dupont');
  await expect(agenda.dialog.getByTestId('activity-start-date')).toHaveValue('2030-01-10');
});

test('dragging one occurrence of a weekly meeting asks whether to move it alone or the whole series', async ({ page, app }) => {
  test.setTimeout(90_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  const series = await callCore<Activity>(page, 'activities.create', {
    kind: 'meeting',
    subject: 'Point hebdo',
    timing: { allDay: false, start: '2030-01-01T08:00:00Z', end: '2030-01-01T09:00:00Z', timeZone: 'Europe/Paris' },
    recurrence: { rule: { frequency: 'weekly' } },
  });
  const agenda = new AgendaPage(page);
  await agenda.show('week', tuesday);
  const occurrence = agenda.dayColumn(1).locator('.rbc-event').filter({ hasText: 'Point hebdo' });
  await expect(occurrence).toBeVisible();
  await expect(occurrence.getByLabel('Se répète')).toBeVisible();

  // This occurrence only: Tuesday 8 January moves to Wednesday, the series stays on Tuesdays.
  const box = await occurrence.boundingBox();
  if (!box) throw new Error('the occurrence is not on screen');
  const wednesday = await agenda.hourPoint(2, 9);
  await agenda.drag({ x: box.x + box.width / 2, y: box.y + 12 }, { x: wednesday.x, y: box.y + 12 });
  const question = page.getByRole('dialog', { name: 'Déplacer une activité qui se répète' });
  await expect(question).toBeVisible();
  await question.getByTestId('move-occurrence').click();
  await expect(agenda.dayColumn(2).locator('.rbc-event').filter({ hasText: 'Point hebdo' })).toBeVisible();
  await expect(shell.toasts.filter({ hasText: /^«\sPoint hebdo\s» déplacé$/ })).toBeVisible();
  const moved = await callCore<Activity>(page, 'activities.get', { id: series.id });
  expect(moved.timing).toMatchObject({ start: '2030-01-01T08:00:00.000Z' });
  expect(moved.recurrence?.overrides).toMatchObject([
    { key: '20300108T090000', timing: { allDay: false, start: '2030-01-09T08:00:00.000Z', end: '2030-01-09T09:00:00.000Z', timeZone: 'Europe/Paris' } },
  ]);

  // Next week, the whole series moves to Thursdays.
  await page.getByTestId('agenda-next').click();
  const next = agenda.dayColumn(1).locator('.rbc-event').filter({ hasText: 'Point hebdo' });
  await expect(next).toBeVisible();
  const nextBox = await next.boundingBox();
  if (!nextBox) throw new Error('the occurrence is not on screen');
  const thursday = await agenda.hourPoint(3, 9);
  await agenda.drag({ x: nextBox.x + nextBox.width / 2, y: nextBox.y + 12 }, { x: thursday.x, y: nextBox.y + 12 });
  await question.getByTestId('move-series').click();
  await expect(shell.toasts.filter({ hasText: /^Série «\sPoint hebdo\s» déplacée$/ })).toBeVisible();
  await expect(agenda.dayColumn(3).locator('.rbc-event').filter({ hasText: 'Point hebdo' })).toBeVisible();
  await expect(agenda.dayColumn(1).locator('.rbc-event').filter({ hasText: 'Point hebdo' })).toHaveCount(0);
  const shifted = await callCore<Activity>(page, 'activities.get', { id: series.id });
  expect(shifted.timing).toMatchObject({ start: '2030-01-03T08:00:00.000Z', end: '2030-01-03T09:00:00.000Z' });
  expect(shifted.recurrence?.rule.byDay ?? []).toEqual([]);
});

test('opening one occurrence of a weekly meeting changes or deletes that occurrence only, the series staying as it was', async ({ page, app }) => {
  test.setTimeout(90_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  const series = await callCore<Activity>(page, 'activities.create', {
    kind: 'meeting',
    subject: 'Réunion d’équipe',
    location: 'Salle A',
    timing: { allDay: false, start: '2030-01-01T09:00:00Z', end: '2030-01-01T10:00:00Z', timeZone: 'Europe/Paris' },
    recurrence: { rule: { frequency: 'weekly' } },
  });
  const agenda = new AgendaPage(page);
  const tuesdayEvents = () => agenda.dayColumn(1).locator('.rbc-event');
  await agenda.show('week', tuesday);
  await tuesdayEvents().filter({ hasText: 'Réunion d’équipe' }).click();

  // The dialog shows that occurrence: Tuesday 8 January, 10:00 in Paris.
  await expect(agenda.dialog.getByTestId('occurrence-banner')).toContainText('mardi 8 janvier 2030');
  await expect(agenda.dialog.getByTestId('activity-start-date')).toHaveValue(tuesday);
  await expect(agenda.dialog.getByTestId('activity-start-time')).toHaveValue('10:00');
  await agenda.dialog.getByTestId('activity-subject').fill('Réunion budget');
  await agenda.dialog.getByTestId('save-activity').click();
  const saveQuestion = page.getByRole('dialog', { name: 'Modifier une activité qui se répète' });
  await expect(saveQuestion).toBeVisible();
  await saveQuestion.getByTestId('scope-occurrence').click();
  await expect(agenda.dialog).toBeHidden();
  await expect(shell.toasts.filter({ hasText: /^Occurrence de «\sRéunion budget\s» enregistrée$/ })).toBeVisible();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion budget' })).toBeVisible();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion d’équipe' })).toHaveCount(0);

  // The next week keeps the series' subject.
  await page.getByTestId('agenda-next').click();
  await expect(agenda.period).toContainText('14');
  await expect(tuesdayEvents().filter({ hasText: 'Réunion d’équipe' })).toBeVisible();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion budget' })).toHaveCount(0);

  // Deleting that week's occurrence only: gone from its week, the series stays.
  await tuesdayEvents().filter({ hasText: 'Réunion d’équipe' }).click();
  await expect(agenda.dialog.getByTestId('activity-start-date')).toHaveValue('2030-01-15');
  await agenda.dialog.getByTestId('delete-activity').click();
  const deleteQuestion = page.getByRole('dialog', { name: 'Supprimer une activité qui se répète' });
  await deleteQuestion.getByTestId('scope-occurrence').click();
  await expect(agenda.dialog).toBeHidden();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion' })).toHaveCount(0);
  await page.getByTestId('agenda-next').click();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion d’équipe' })).toBeVisible();

  const stored = await callCore<Activity>(page, 'activities.get', { id: series.id });
  expect(stored.subject).toBe('Réunion d’équipe');
  expect(stored.location).toBe('Salle A');
  expect(stored.deleted).toBe(false);
  expect(stored.recurrence?.overrides).toEqual([
    { key: '20300108T100000', timing: { allDay: false, start: '2030-01-08T09:00:00.000Z', end: '2030-01-08T10:00:00.000Z', timeZone: 'Europe/Paris' }, subject: 'Réunion budget' },
    { key: '20300115T100000', cancelled: true },
  ]);

  // The edited occurrence, restored as in the series.
  await agenda.show('week', tuesday);
  await tuesdayEvents().filter({ hasText: 'Réunion budget' }).click();
  await expect(agenda.dialog.getByTestId('occurrence-banner')).toContainText('modifiée à part');
  await agenda.dialog.getByTestId('restore-occurrence').click();
  await expect(agenda.dialog).toBeHidden();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion d’équipe' })).toBeVisible();
  await expect(tuesdayEvents().filter({ hasText: 'Réunion budget' })).toHaveCount(0);
});

// A small Google-like export: one meeting in Paris time, one event without a start (skipped).
const calendarFile = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Google Inc//Google Calendar 70.9054//EN',
  'X-WR-CALNAME:Agenda Léa',
  'BEGIN:VEVENT',
  'UID:revue-durand@example.fr',
  'DTSTAMP:20300101T120000Z',
  'DTSTART;TZID=Europe/Paris:20300312T140000',
  'DTEND;TZID=Europe/Paris:20300312T153000',
  'SUMMARY:Revue trimestrielle Durand',
  'LOCATION:Nantes',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:sans-date@example.fr',
  'DTSTAMP:20300101T120000Z',
  'SUMMARY:Sans date',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

test('an .ics file is imported with its report, shown in the week, imported again as an update, and the week exported', async ({ page, app }) => {
  test.setTimeout(90_000);
  const shell = new AppPage(page);
  await shell.open(app.url);
  await page.getByTestId('nav-agenda').click();
  const agenda = new AgendaPage(page);
  await agenda.show('week', '2030-03-12');
  await expect(agenda.period).toHaveText(/11.*17 mars 2030/);

  await agenda.importCalendar('agenda-lea.ics', calendarFile);
  const report = agenda.importReport;
  await expect(page.getByRole('dialog', { name: 'Import du calendrier' })).toBeVisible();
  await expect(report).toContainText('Fichier\u00a0: agenda-lea.ics');
  await expect(report.getByTestId('ical-calendar-name')).toHaveText('Calendrier\u00a0: Agenda Léa');
  await expect(report.getByTestId('ical-created')).toHaveText('1 rendez-vous créé');
  await expect(report.getByTestId('ical-updated')).toHaveText('0 rendez-vous mis à jour');
  await expect(report.getByTestId('ical-unchanged')).toHaveText('0 laissé tel quel');
  const skipped = report.getByTestId('ical-skipped');
  await expect(skipped.getByRole('heading')).toHaveText('1 évènement ignoré');
  await expect(skipped.getByRole('listitem')).toHaveText(/^Sans date — Pas de date de début \(DTSTART\)\. ligne 13 \(UID sans-date@example\.fr\)$/);
  await agenda.closeImportReport();

  // The agenda reloads by itself: the meeting is on Tuesday (the week starts on Monday).
  const meeting = agenda.dayColumn(1).locator('.rbc-event').filter({ hasText: 'Revue trimestrielle Durand' });
  await expect(meeting).toBeVisible();
  await expect(meeting).toContainText('14:00');

  // The same file again finds the meeting as it is instead of adding a copy.
  await agenda.importCalendar('agenda-lea.ics', calendarFile);
  await expect(report.getByTestId('ical-created')).toHaveText('0 rendez-vous créé');
  await expect(report.getByTestId('ical-updated')).toHaveText('0 rendez-vous mis à jour');
  await expect(report.getByTestId('ical-unchanged')).toContainText('1 laissé tel quel');
  await agenda.closeImportReport();
  await expect(agenda.event('Revue trimestrielle Durand')).toHaveCount(1);

  // Export: the week shown, as an .ics file with the meeting in it.
  const download = await agenda.exportCalendar();
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const text = await readFile(await download.path(), 'utf8');
  expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(text).toContain('SUMMARY:Revue trimestrielle Durand');
  expect(text).toContain('DTSTART;TZID=Europe/Paris:20300312T140000');
  await expect(shell.toasts.filter({ hasText: /^Agenda exporté/ })).toBeVisible();

  // A file that is not a calendar is refused, with the core's reason.
  await agenda.importCalendar('notes.ics', 'Ceci n’est pas un calendrier.');
  await expect(page.getByRole('alertdialog', { name: 'Calendrier non importé' })).toBeVisible();
  await expect(report.getByTestId('ical-refusal')).toContainText('n’est pas un calendrier iCalendar');
});
