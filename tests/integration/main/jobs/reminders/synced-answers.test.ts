import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../../../helpers/core';
import { addAccount, connectDevice, startTestServer, type TestDevice, type TestServer } from '../../../../helpers/sync';
import { addActivity, controlledTime, HOUR, MINUTE, recordEvents, startScheduler } from './fixtures';

/**
 * One salesperson, two PCs and the real office server (in this process), all on one controlled
 * clock: a reminder answered on one PC does not ring on the other.
 */
describe('reminders answered on another device', () => {
  const time = controlledTime(Date.now());
  let server: TestServer;
  let laptop: TestDevice;
  let desktop: TestDevice;

  beforeAll(async () => {
    server = await startTestServer(time.clock.now);
    await addAccount(server, 'lea@office.fr');
    laptop = await connectDevice(server, 'lea@office.fr');
    desktop = await connectDevice(server, 'lea@office.fr');
    laptop.core.clock = time.clock;
    desktop.core.clock = time.clock;
  });

  afterAll(async () => {
    laptop.dispose();
    desktop.dispose();
    await server.stop();
  });

  it('a reminder dismissed on the laptop is not shown on the desktop, even as missed at its next start', async () => {
    const start = time.clock.now();
    const id = addActivity(laptop.core, { subject: 'Comité Dupont', startsAt: start + HOUR, reminders: [15] });
    await laptop.sync();
    await desktop.sync();

    time.advance(45 * MINUTE);
    expect((await call(desktop.core, 'reminders.pending', {})).map((reminder) => reminder.activityId)).toEqual([id]);
    await call(laptop.core, 'reminders.dismiss', { activityId: id, occurrenceKey: null });
    await laptop.sync();

    // The desktop hears of the answer as a change to the activity (the renderer drops the card).
    const heard = recordEvents(desktop.core);
    await desktop.sync();
    heard.stop();
    expect(heard.events).toContainEqual({ name: 'data.changed', payload: { entity: 'activity', ids: [id] } });
    expect(await call(desktop.core, 'reminders.pending', {})).toEqual([]);

    // The desktop app starts later: nothing is reported as missed.
    time.advance(10 * MINUTE);
    const { shown, scheduler } = startScheduler(desktop.core, time);
    expect(shown).toEqual([]);
    scheduler.stop();
  });

  it('a snooze made on the desktop rings on the laptop when it ends', async () => {
    const start = time.clock.now();
    const id = addActivity(desktop.core, { subject: 'Appel Martin', kind: 'call', startsAt: start + 20 * MINUTE, reminders: [10] });
    await desktop.sync();
    await laptop.sync();
    const { shown, scheduler } = startScheduler(laptop.core, time);
    time.advance(10 * MINUTE);
    expect(shown.map((reminder) => reminder.subject)).toEqual(['Appel Martin']);

    await call(desktop.core, 'reminders.snooze', { activityId: id, occurrenceKey: null, minutes: 15 });
    await desktop.sync();
    await laptop.sync();
    time.advance(15 * MINUTE);
    expect(shown.map((reminder) => [reminder.subject, reminder.shownAt - start])).toEqual([
      ['Appel Martin', 10 * MINUTE],
      ['Appel Martin', 25 * MINUTE],
    ]);
    scheduler.stop();
  });
});
