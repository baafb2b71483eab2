import { writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webProtocol } from '../../../../../src-shared/contract/bridge';
import type { DueReminder } from '../../../../../src-shared/domain/activities';
import { handlers } from '../../../../../src-main/domains/handlers';
import { startBackgroundJobs, type BackgroundJobs } from '../../../../../src-main/jobs/background';
import { startWebServer } from '../../../../../src-main/web/server';
import { openTestCore, tempDir, type TestCore } from '../../../../helpers/core';

const token = 'test-token-reminders-0123456789';
let core: TestCore;
let jobs: BackgroundJobs;
let server: Server;
let base: string;

beforeAll(async () => {
  core = openTestCore();
  const rendererDir = tempDir('crm-renderer-');
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>CRM</title>');
  jobs = startBackgroundJobs(core);
  const started = await startWebServer({ core, handlers, rendererDir, token });
  server = started.server;
  base = `http://127.0.0.1:${started.port}`;
});

afterAll(async () => {
  await jobs.stop();
  await new Promise((resolve) => server.close(resolve));
  core.dispose();
});

const invoke = async (name: string, input: unknown) => {
  const response = await fetch(`${base}${webProtocol.invokePath}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ name, input }),
  });
  return ((await response.json()) as { value: { id: string } }).value;
};

describe('reminders in browser mode', () => {
  it('the background jobs ring a reminder in real time and the event stream carries it to the page', async () => {
    const controller = new AbortController();
    const stream = await fetch(`${base}${webProtocol.eventsPath}?token=${token}`, { signal: controller.signal });
    const reader = stream.body!.getReader();
    const start = Date.now() + 60_000;
    const created = await invoke('activities.create', {
      kind: 'meeting',
      subject: 'Point hebdo',
      timing: { allDay: false, start: new Date(start).toISOString(), end: new Date(start + 1_800_000).toISOString(), timeZone: 'Europe/Paris' },
      reminders: [1],
    });
    let text = '';
    while (!text.includes('"name":"reminder.due"')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    const message = text
      .split('\n')
      .filter((line) => line.startsWith('data: '))
      .map((line) => JSON.parse(line.slice('data: '.length)) as { name: string; payload: unknown })
      .find((event) => event.name === 'reminder.due');
    expect(message?.payload).toMatchObject({ activityId: created.id, subject: 'Point hebdo', kind: 'meeting', missed: false } satisfies Partial<DueReminder>);
  });
});
