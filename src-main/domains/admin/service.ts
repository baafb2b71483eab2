import { v7 as uuidv7 } from 'uuid';
import { ApiError } from '../../../src-shared/contract/errors';
import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { GroupKind } from '../../../src-shared/contract/inputs/sync';
import type { Account, Group } from '../../../src-shared/domain/sync';
import { foldText } from '../../../src-shared/domain/text';
import type { AccountSummary } from '../../../src-shared/sync/protocol';
import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { insertRecord, updateRecord, type WriteTx } from '../../db/write-path';
import { log } from '../../log';
import { serverLink, type ServerLink } from '../../sync/state';
import { derivedUuid } from '../common/derived-id';
import { softDeleteRow } from '../common/soft-delete';
import { IssueList } from '../common/validation';
import { callServer, notConnected } from '../sync/errors';
import { syncRuntime } from '../sync/runtime';
import { getGroup, groupTables } from './queries';

/**
 * Administration is for the administrators of the office server this device is linked to. The
 * server enforces it on every call and every pushed change; the app checks it first so that
 * nobody else is offered changes that would only be refused.
 */
export function requireAdministrator(core: Core): ServerLink {
  const link = serverLink(core);
  if (!link) throw notConnected();
  if (link.role !== 'administrator') throw new ApiError({ code: 'forbidden', message: 'Only administrators of the office server manage accounts, teams and territories.' });
  return link;
}

const toAccount = (summary: AccountSummary): Account => ({ ...summary, createdAt: new Date(summary.createdAt).toISOString() });

export async function listAccounts(core: Core): Promise<Account[]> {
  const link = requireAdministrator(core);
  const { users } = await callServer(() => syncRuntime(core).transport(link).admin.listUsers());
  return users.map(toAccount).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

export async function createAccount(core: Core, input: ApiParsedInput<'admin.users.create'>): Promise<Account> {
  const link = requireAdministrator(core);
  const runtime = syncRuntime(core);
  const existing = await listAccounts(core);
  if (existing.some((account) => account.email.toLowerCase() === input.email.toLowerCase())) {
    throw ApiError.validation([{ path: 'email', code: 'duplicate', message: 'an account already uses this e-mail' }]);
  }
  const { user } = await callServer(() => runtime.transport(link).admin.createUser(input));
  log.info({ account: user.id, role: user.role }, 'office account created');
  // The account's name reaches this device (owners, members) with the next sync.
  runtime.syncSoon();
  return toAccount(user);
}

export async function updateAccount(core: Core, input: ApiParsedInput<'admin.users.update'>): Promise<Account> {
  const link = requireAdministrator(core);
  if (input.id === link.accountId && (input.role !== undefined || input.disabled !== undefined)) {
    throw new ApiError({ code: 'forbidden', message: 'You cannot change your own role or disable yourself: ask another administrator.' });
  }
  await callServer(() => syncRuntime(core).transport(link).admin.updateUser(input));
  log.info({ account: input.id, role: input.role, disabled: input.disabled, password: input.password !== undefined }, 'office account changed');
  const account = (await listAccounts(core)).find((candidate) => candidate.id === input.id);
  if (!account) throw ApiError.notFound('Account', input.id);
  return account;
}

function checkNameFree(core: Core, kind: GroupKind, name: string, exceptId: string | null): void {
  const { table } = groupTables[kind];
  const rows = prepared(core.read, `SELECT id, name FROM ${table} WHERE deleted = 0`).all() as { id: string; name: string }[];
  if (rows.some((row) => row.id !== exceptId && foldText(row.name) === foldText(name))) {
    const issues = new IssueList();
    issues.add('name', 'duplicate', `a ${kind} with this name already exists`);
    issues.throwIfAny();
  }
}

/** Creates or renames a team or a territory: synced rows, written through the write path. */
export function saveGroup(core: Core, input: ApiParsedInput<'teams.save'>): Group {
  requireAdministrator(core);
  const { table } = groupTables[input.kind];
  if (input.id) getGroup(core.read, input.kind, input.id);
  checkNameFree(core, input.kind, input.name, input.id ?? null);
  const id = input.id ?? uuidv7();
  const values: Record<string, string | null> = { name: input.name };
  if (input.kind === 'territory' && input.regions !== undefined) values.regions = input.regions;
  write(core, (tx) => {
    if (input.id) updateRecord(tx, table, id, values);
    else insertRecord(tx, table, id, values);
  });
  return getGroup(core.read, input.kind, id);
}

/** The id of "this user in this group" is derived from the two, as tags on records are. */
export function membershipId(kind: GroupKind, groupId: string, userId: string): string {
  return derivedUuid(`${groupTables[kind].members}:${groupId}:${userId}`);
}

function setMember(tx: WriteTx, kind: GroupKind, groupId: string, userId: string, member: boolean): void {
  const { members, groupColumn } = groupTables[kind];
  const id = membershipId(kind, groupId, userId);
  const existing = prepared(tx.db, `SELECT deleted FROM ${members} WHERE id = ?`).get(id) as { deleted: number } | undefined;
  if (!existing) {
    if (member) insertRecord(tx, members, id, { [groupColumn]: groupId, user_id: userId });
    return;
  }
  updateRecord(tx, members, id, { deleted: member ? 0 : 1 });
}

/**
 * Deletes a team or territory and its memberships: records still shared with it are then seen
 * only by their owners and the administrators.
 */
export function deleteGroup(core: Core, input: ApiParsedInput<'teams.delete'>): { id: string } {
  requireAdministrator(core);
  const group = getGroup(core.read, input.kind, input.id);
  write(core, (tx) => {
    for (const member of group.members) setMember(tx, input.kind, input.id, member.id, false);
    softDeleteRow(tx, groupTables[input.kind].table, input.id, input.kind === 'team' ? 'Team' : 'Territory');
  });
  return { id: input.id };
}

export function setGroupMember(core: Core, input: ApiParsedInput<'teams.members.add'>, member: boolean): Group {
  requireAdministrator(core);
  getGroup(core.read, input.kind, input.groupId);
  write(core, (tx) => setMember(tx, input.kind, input.groupId, input.userId, member));
  return getGroup(core.read, input.kind, input.groupId);
}
