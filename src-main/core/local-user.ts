import { v7 as uuidv7 } from 'uuid';
import { insertRecord } from '../db/write-path';
import { userInfo } from 'node:os';
import type { Core } from './core';
import { getMeta, setMeta } from './meta';
import { write } from './transactions';

/**
 * The local user profile: the owner of everything this device creates until real accounts come
 * with sync. Created on first start under the system user's name.
 */
function defaultUserName(): string {
  try {
    return userInfo().username || 'Me';
  } catch {
    return 'Me';
  }
}

export function ensureLocalUser(core: Core): void {
  const existing = getMeta(core.db, 'user_id');
  if (existing) {
    core.userId = existing;
    return;
  }
  const id = uuidv7();
  core.userId = id;
  write(core, (tx) => {
    insertRecord(tx, 'users', id, { display_name: defaultUserName(), email: null });
    setMeta(core.db, 'user_id', id);
  });
}
