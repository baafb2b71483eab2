import { syncOnce } from '../../sync/engine';
import { fileSecretStore } from '../../sync/secrets';
import { serverLink } from '../../sync/state';
import { httpTransport, SyncError } from '../../sync/transport';
import { CliFailure, withCore, type CommandContext } from '../io';

export async function runSync(ctx: CommandContext): Promise<void> {
  await withCore(ctx.dataDir, { mustExist: true }, async (core) => {
    const link = serverLink(core);
    if (!link) throw new CliFailure('This device is not connected to an office server: run "connect <url> --user <e-mail>" first.');
    const secrets = fileSecretStore(ctx.dataDir);
    try {
      const summary = await syncOnce(core, httpTransport(link.url, () => secrets.get()));
      const extras = [summary.snapshotRows > 0 ? `${summary.snapshotRows} rows from a snapshot` : '', summary.restamped > 0 ? `${summary.restamped} changes re-stamped (this device's clock was ahead)` : ''].filter(Boolean);
      ctx.io.out(`pushed ${summary.pushed}, pulled ${summary.pulled}, rejected ${summary.rejected}, conflicts ${summary.conflicts}${extras.map((extra) => `, ${extra}`).join('')} (server position ${summary.cursor})\n`);
    } catch (error) {
      if (error instanceof SyncError) throw new CliFailure(error.kind === 'auth' ? `${error.message} Run "connect" again.` : error.message);
      throw error;
    }
  });
}
