import { connectToServer } from '../../sync/connect';
import { fileSecretStore } from '../../sync/secrets';
import { httpTransport, SyncError } from '../../sync/transport';
import { CliFailure, withCore, type CommandContext } from '../io';
import { readPassword } from '../secret-input';

export async function runConnect(ctx: CommandContext, command: { url: string; user: string; deviceName: string | undefined }): Promise<void> {
  const password = await readPassword(`Password for ${command.user}: `, ctx.io.err);
  if (!password) throw new CliFailure('No password given (set CRM_PASSWORD or type it on standard input).');
  await withCore(ctx.dataDir, { mustExist: false }, async (core) => {
    const secrets = fileSecretStore(ctx.dataDir);
    try {
      const link = await connectToServer(core, { url: command.url, email: command.user, password, ...(command.deviceName ? { deviceName: command.deviceName } : {}) }, httpTransport(command.url, () => secrets.get()), secrets);
      ctx.io.out(`connected to ${link.url} as ${link.displayName} (${link.role}); run "sync" to exchange changes\n`);
    } catch (error) {
      if (error instanceof SyncError) throw new CliFailure(error.message);
      throw error;
    }
  });
}
