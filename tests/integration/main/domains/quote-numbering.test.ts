import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { write } from '../../../../src-main/core/transactions';
import { insertRecord } from '../../../../src-main/db/write-path';
import { chooseSeriesCode, seriesCode } from '../../../../src-main/domains/quotes/numbering';
import { call, openTestCore, type TestCore } from '../../../helpers/core';

let core: TestCore;
let dealId: string;
beforeEach(async () => {
  core = openTestCore({ clock: { now: () => Date.UTC(2026, 10, 22, 9) } });
  dealId = (await call(core, 'deals.create', { title: 'Vitrine' })).id;
});
afterEach(() => core.dispose());

const seriesOf = (number: string) => number.split('-')[2] ?? '';

/** Another device's series row, as sync would bring it. */
const otherDeviceSeries = (deviceId: string, code: string) =>
  write(core, (tx) => insertRecord(tx, 'quote_series', `00000000-0000-8000-8000-${deviceId.slice(-12)}`, { code, device_id: deviceId, last_number: 9 }));

describe('quote series', () => {
  it('are four unambiguous characters with a letter, the same for a device every time, different between devices', () => {
    const codes = Array.from({ length: 200 }, (_, index) => chooseSeriesCode(`018f0000-0000-7000-8000-${String(index).padStart(12, '0')}`, new Set()));
    for (const code of codes) expect(code).toMatch(/^(?=.*[A-Z])[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(chooseSeriesCode('018f0000-0000-7000-8000-000000000001', new Set())).toBe(codes[1]);
    expect(new Set(codes).size).toBeGreaterThan(195);
  });

  it('skip a code another device already numbers with', () => {
    const deviceId = '018f0000-0000-7000-8000-00000000abcd';
    const first = chooseSeriesCode(deviceId, new Set());
    const second = chooseSeriesCode(deviceId, new Set([first]));
    expect(second).not.toBe(first);
    expect([seriesCode(deviceId, 0), seriesCode(deviceId, 1), seriesCode(deviceId, 2)]).toContain(first);
  });

  it('start away from the codes this device has seen, and move on when a device with a smaller id turns out to hold the same one', async () => {
    const own = chooseSeriesCode(core.deviceId, new Set());
    otherDeviceSeries('00000000-0000-7000-8000-000000000001', own);
    const first = await call(core, 'quotes.create', { dealId });
    expect(seriesOf(first.number)).not.toBe(own);
    expect(first.number.slice(-4)).toBe('0001');

    // Both devices chose the same code before either synced: the larger id gives it up for its next numbers.
    otherDeviceSeries('00000000-0000-7000-8000-000000000002', seriesOf(first.number));
    const second = await call(core, 'quotes.create', { dealId });
    expect(seriesOf(second.number)).not.toBe(seriesOf(first.number));
    expect(seriesOf(second.number)).not.toBe(own);
    expect(second.number.slice(-4)).toBe('0001');
    const third = await call(core, 'quotes.create', { dealId });
    expect(third.number).toBe(second.number.replace(/0001$/, '0002'));
  });

  it('keep the counter in a file beside the database, and never count below it', async () => {
    await call(core, 'quotes.create', { dealId });
    const file = join(core.paths.dataDir, 'quote-numbers.json');
    const marks = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    const [code] = Object.keys(marks);
    expect(marks).toEqual({ [code ?? '']: 1 });
    writeFileSync(file, JSON.stringify({ [code ?? '']: 41 }));
    expect((await call(core, 'quotes.create', { dealId })).number.slice(-4)).toBe('0042');
  });
});
