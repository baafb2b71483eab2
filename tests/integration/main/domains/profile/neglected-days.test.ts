import { afterEach, describe, expect, it } from 'vitest';
import { call, callError, openTestCore, type TestCore } from '../../../../helpers/core';

let cores: TestCore[] = [];
afterEach(() => {
  for (const core of cores) core.dispose();
  cores = [];
});

describe('the Today screen’s neglected-accounts period', () => {
  it('is 30 days until the user changes it, then stays what they chose', async () => {
    const core = openTestCore();
    cores.push(core);
    expect((await call(core, 'profile.get', {})).settings.neglectedDays).toBe(30);
    const updated = await call(core, 'profile.update', { neglectedDays: 45 });
    expect(updated.settings.neglectedDays).toBe(45);
    expect((await call(core, 'profile.get', {})).settings.neglectedDays).toBe(45);
    expect((await callError(core, 'profile.update', { neglectedDays: 0 })).code).toBe('validation');
  });
});
