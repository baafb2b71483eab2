import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CalendarMessage } from '../../../../../src-main/jobs/parse/messages';
import { ParseWorkerFailure, runParseJob } from '../../../../../src-main/jobs/parse/runner';
import { parseICalendar, type ICalendarResult } from '../../../../../src-shared/ical';
import { tempDir } from '../../../../helpers/core';

const fixture = (name: string) => join(import.meta.dirname, '..', '..', '..', '..', 'fixtures', 'ical', name);

async function parseInWorker(path: string, heapMb?: number): Promise<ICalendarResult | null> {
  let result: ICalendarResult | null = null;
  await runParseJob<CalendarMessage>(
    { kind: 'calendar', path, defaultTimeZone: 'Europe/Paris' },
    (message) => {
      if (message.type === 'calendar') result = message.result;
    },
    heapMb === undefined ? {} : { heapMb },
  );
  return result;
}

describe('a calendar read in the parse worker', () => {
  it('gives exactly what reading it in the core gives (events, skipped ones, warnings)', async () => {
    for (const name of ['outlook-export.ics', 'google-export.ics', 'malformed.ics']) {
      const inCore = parseICalendar(readFileSync(fixture(name), 'utf8'), { defaultTimeZone: 'Europe/Paris' });
      expect(await parseInWorker(fixture(name))).toEqual(inCore);
    }
  });

  it('too big for the reader\'s memory gives a clear failure (refused before it is read, or the reader\'s own process ended), and nothing else', async () => {
    // 20,000 events with long descriptions (under the 20 MB cap): far more than a 16 MB heap holds once parsed.
    const event = (index: number) =>
      `BEGIN:VEVENT\r\nUID:e${index}@example.fr\r\nDTSTAMP:20270101T000000Z\r\nDTSTART:20270104T090000Z\r\nDTEND:20270104T100000Z\r\nSUMMARY:Réunion ${index}\r\nDESCRIPTION:${'Ordre du jour détaillé. '.repeat(30)}\r\nEND:VEVENT\r\n`;
    const path = join(tempDir(), 'big.ics');
    writeFileSync(path, `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//FR\r\n${Array.from({ length: 20_000 }, (_, index) => event(index)).join('')}END:VCALENDAR\r\n`);
    const failure = await parseInWorker(path, 16).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ParseWorkerFailure);
    expect((failure as ParseWorkerFailure).reason).toBe('out_of_memory');
    expect((failure as ParseWorkerFailure).message).toMatch(/calendar of \d+ MB needs more than the reader's \d+ MB|needs more memory than the reader may use/);
    // The same file within the default limit is read whole.
    const whole = await parseInWorker(path);
    expect(whole?.ok && whole.value.events).toHaveLength(20_000);
  });
});
