import { statSync } from 'node:fs';
import { databaseCounts } from '../counts';
import { withCore, type CommandContext } from '../io';

/**
 * Opens the database exactly as the app does — integrity check, refusal of damaged or newer
 * files — and reports what it holds. A refusal surfaces as the open sequence's own message.
 */
export async function runCheck(ctx: CommandContext, command: { json: boolean }): Promise<void> {
  const report = await withCore(ctx.dataDir, { mustExist: true }, (core) => ({
    database: core.paths.databaseFile,
    sizeBytes: statSync(core.paths.databaseFile).size,
    integrity: 'ok',
    schemaVersion: core.schemaVersion,
    notices: core.notices,
    counts: databaseCounts(core.read),
  }));
  if (command.json) {
    ctx.io.out(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }
  const lines = [
    `database: ${report.database} (${(report.sizeBytes / 1_048_576).toFixed(1)} MiB)`,
    `integrity: ${report.integrity}`,
    `schema version: ${report.schemaVersion}`,
    ...report.notices.map((notice) => `notice: ${notice}`),
    ...Object.entries(report.counts).map(([name, count]) => `${name}: ${count}`),
  ];
  ctx.io.out(`${lines.join('\n')}\n`);
}
