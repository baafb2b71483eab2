import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { Role } from '../../../src-shared/sync/protocol';
import { sourceRoot } from '../../core/paths';
import { derivedUuid } from '../../domains/common/derived-id';
import { ServerError } from '../../server/errors';
import { createSyncService } from '../../server/service';
import { openPostgresStore } from '../../server/store/postgres';
import { openSqliteStore } from '../../server/store/sqlite';
import type { ServerStore } from '../../server/store/types';
import type { ServerAction } from '../args';
import { CliFailure, type CommandContext } from '../io';
import { readPassword } from '../secret-input';

type ServerCommand = { action: ServerAction; serverData: string; email: string | undefined; displayName: string | undefined; role: Role | undefined; group: string | undefined };

const groupTables = {
  teams: { tbl: 'teams', members: 'team_members', groupField: 'team_id', noun: 'team', option: '--team' },
  territories: { tbl: 'territories', members: 'territory_members', groupField: 'territory_id', noun: 'territory', option: '--territory' },
} as const;

/**
 * Teams and territories are synced rows: the server writes them as changes (devices learn them
 * at their next sync); a membership row's id derives from the group and the user, so adding the
 * same member twice, here or from the app, converges on one row.
 */
async function runGroups(ctx: CommandContext, store: ServerStore, service: ReturnType<typeof createSyncService>, command: ServerCommand): Promise<void> {
  const [subject, verb] = command.action.split(/-(.*)/s) as ['teams' | 'territories', string];
  const spec = groupTables[subject];
  const now = new Date().toISOString();
  const admin = (await store.listAccounts()).find((account) => account.role === 'administrator' && !account.disabled);
  const by = admin?.id ?? 'server';
  const groups = (await store.rowsAfter({ tbl: spec.tbl, rowId: '' }, 10_000)).filter((row) => row.tbl === spec.tbl && row.data.deleted !== 1);
  const findGroup = () => {
    const name = need(command.group, spec.option);
    const found = groups.find((row) => row.rowId === name || String(row.data.name).toLowerCase() === name.toLowerCase());
    if (!found) throw new CliFailure(`No ${spec.noun} is called ${name}.`);
    return found;
  };
  switch (verb) {
    case 'add': {
      const name = need(command.displayName, '--name').trim();
      if (groups.some((row) => String(row.data.name).toLowerCase() === name.toLowerCase())) throw new CliFailure(`A ${spec.noun} is already called ${name}.`);
      const id = randomUUID();
      await service.writeRow(spec.tbl, id, { created_at: now, deleted: 0, name }, by);
      ctx.io.out(`added ${spec.noun} ${name} (${id})\n`);
      return;
    }
    case 'list':
      for (const row of groups) {
        const members = (await store.rowsWhere(spec.members, spec.groupField, row.rowId)).filter((member) => member.data.deleted !== 1).length;
        ctx.io.out(`${row.rowId}\t${String(row.data.name)}\t${members} member${members === 1 ? '' : 's'}\n`);
      }
      return;
    case 'add-member':
    case 'remove-member': {
      const group = findGroup();
      const account = await store.accountByEmail(need(command.email, '--email'));
      if (!account) throw new CliFailure(`No account uses ${command.email ?? ''}.`);
      const removing = verb === 'remove-member';
      // The same id as the app's (domains/admin): both ways of adding a member converge on one row.
      await service.writeRow(spec.members, derivedUuid(`${spec.members}:${group.rowId}:${account.id}`), removing ? { deleted: 1 } : { created_at: now, deleted: 0, [spec.groupField]: group.rowId, user_id: account.id }, by);
      ctx.io.out(`${account.email} ${removing ? 'removed from' : 'added to'} ${spec.noun} ${String(group.data.name)}\n`);
      return;
    }
  }
}

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
    if (command.action.startsWith('teams-') || command.action.startsWith('territories-')) {
      await runGroups(ctx, store, service, command);
      return;
    }
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
