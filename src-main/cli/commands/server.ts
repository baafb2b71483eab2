import { resolve } from 'node:path';
import type { Role } from '../../../src-shared/sync/protocol';
import { sourceRoot } from '../../core/paths';
import { ServerError } from '../../server/errors';
import { createSyncService } from '../../server/service';
import { openPostgresStore } from '../../server/store/postgres';
import { openSqliteStore } from '../../server/store/sqlite';
import type { ServerStore } from '../../server/store/types';
import type { ServerAction } from '../args';
import { CliFailure, type CommandContext } from '../io';
import { readPassword } from '../secret-input';

type ServerCommand = { action: ServerAction; serverData: string; email: string | undefined; displayName: string | undefined; role: Role | undefined };

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new CliFailure(`This command needs ${what}.`);
  return value;
}

/** The server's store: its PostgreSQL database when DATABASE_URL is set (as for `npm run server`), else its data folder. */
async function openServerStore(serverData: string): Promise<ServerStore> {
  const url = process.env.DATABASE_URL;
  if (!url) return openSqliteStore(resolve(serverData), sourceRoot);
  try {
    return await openPostgresStore(url, sourceRoot);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const password = URL.canParse(url) ? new URL(url).password : '';
    throw new CliFailure(`Cannot open the PostgreSQL database of DATABASE_URL: ${password ? message.split(password).join('***') : message}`);
  }
}

/** Account administration straight in the server's database (the server may be running: writers are serialized). */
export async function runServerAdmin(ctx: CommandContext, command: ServerCommand): Promise<void> {
  const store = await openServerStore(command.serverData);
  const service = createSyncService(store);
  const account = async () => {
    const found = await store.accountByEmail(need(command.email, '--email'));
    if (!found) throw new CliFailure(`No account uses ${command.email ?? ''}.`);
    return found;
  };
  try {
    switch (command.action) {
      case 'users-add': {
        const password = await readPassword('Password for the new account: ', ctx.io.err);
        const created = await service.createAccount({ email: need(command.email, '--email'), displayName: command.displayName ?? need(command.email, '--email'), role: command.role ?? 'salesperson', password });
        ctx.io.out(`added ${created.email} (${created.role})\n`);
        return;
      }
      case 'users-list':
        for (const a of await store.listAccounts()) ctx.io.out(`${a.email}\t${a.displayName}\t${a.role}${a.disabled ? '\tdisabled' : ''}\n`);
        return;
      case 'users-disable':
      case 'users-enable': {
        const target = await account();
        await service.setDisabled(target.id, command.action === 'users-disable');
        ctx.io.out(`${target.email} ${command.action === 'users-disable' ? 'disabled; its sessions are revoked' : 'enabled'}\n`);
        return;
      }
      case 'users-reset-password': {
        const target = await account();
        await service.resetPassword(target.id, await readPassword(`New password for ${target.email}: `, ctx.io.err));
        ctx.io.out(`password of ${target.email} reset; its sessions are revoked\n`);
        return;
      }
      case 'users-role': {
        const target = await account();
        await service.setRole(target.id, need(command.role, '--role'));
        ctx.io.out(`${target.email} is now ${command.role ?? ''}\n`);
        return;
      }
    }
  } catch (error) {
    if (error instanceof ServerError) throw new CliFailure(error.message);
    throw error;
  } finally {
    await store.close();
  }
}
