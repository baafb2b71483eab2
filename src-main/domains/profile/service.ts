import type { ApiParsedInput } from '../../../src-shared/contract/api';
import type { Profile } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { getMeta, setMeta } from '../../core/meta';
import { write } from '../../core/transactions';
import { prepared, type ReadDb } from '../../db/handles';
import { updateRecord } from '../../db/write-path';

type Settings = Profile['settings'];

const defaults: Settings = { language: 'fr', theme: 'system', baseCurrency: 'EUR', neglectedDays: 30 };

/** Display settings are this device's own (meta), not synced data. */
function readSettings(core: Core): Settings {
  const language = getMeta(core.db, 'settings.language');
  const theme = getMeta(core.db, 'settings.theme');
  return {
    language: language === 'en' || language === 'fr' ? language : defaults.language,
    theme: theme === 'light' || theme === 'dark' || theme === 'system' ? theme : defaults.theme,
    baseCurrency: getMeta(core.db, 'settings.baseCurrency') ?? defaults.baseCurrency,
    neglectedDays: Number(getMeta(core.db, 'settings.neglectedDays')) || defaults.neglectedDays,
  };
}

export function getProfile(core: Core): Profile {
  const user = prepared(core.read, 'SELECT id, display_name, email FROM users WHERE id = ?').get(core.userId) as
    | { id: string; display_name: string; email: string | null }
    | undefined;
  return {
    user: { id: core.userId, displayName: user?.display_name ?? '', email: user?.email ?? null },
    deviceId: core.deviceId,
    settings: readSettings(core),
  };
}

export function updateProfile(core: Core, input: ApiParsedInput<'profile.update'>): Profile {
  write(core, (tx) => {
    const patch: Record<string, string | null> = {};
    if (input.displayName !== undefined) patch.display_name = input.displayName;
    if (input.email !== undefined) patch.email = input.email;
    if (Object.keys(patch).length > 0) updateRecord(tx, 'users', core.userId, patch);
    if (input.language) setMeta(core.db, 'settings.language', input.language);
    if (input.theme) setMeta(core.db, 'settings.theme', input.theme);
    if (input.baseCurrency) setMeta(core.db, 'settings.baseCurrency', input.baseCurrency);
    if (input.neglectedDays) setMeta(core.db, 'settings.neglectedDays', String(input.neglectedDays));
  });
  core.events.emit('data.changed', { entity: 'profile', ids: [core.userId] });
  return getProfile(core);
}

export function listUsers(db: ReadDb): { id: string; displayName: string }[] {
  const rows = prepared(db, 'SELECT id, display_name FROM users WHERE deleted = 0 ORDER BY display_name COLLATE NOCASE').all() as {
    id: string;
    display_name: string;
  }[];
  return rows.map((row) => ({ id: row.id, displayName: row.display_name }));
}
