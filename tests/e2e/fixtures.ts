import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startApp } from '../helpers/browser-mode';
import { largeDatasetDir } from './large-dataset';

type AppHandle = { url: string; dataDir: string };

/**
 * `app`: a fresh browser-mode server (the real `start:web` entry) on an empty data folder, per
 * test. `largeApp`: one per worker, on the seeded `large` dataset prepared by the global setup.
 */
export const test = base.extend<{ app: AppHandle }, { largeApp: AppHandle }>({
  app: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'crm-e2e-'));
    const running = await startApp(dataDir);
    try {
      await use({ url: running.url, dataDir });
    } finally {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
  largeApp: [
    async ({}, use) => {
      const running = await startApp(largeDatasetDir());
      try {
        await use({ url: running.url, dataDir: running.dataDir });
      } finally {
        await running.stop();
      }
    },
    { scope: 'worker', timeout: 120_000 },
  ],
});

export { expect };
