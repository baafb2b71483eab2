import type { AppInfo } from '../../../src-shared/domain/records';
import type { Core } from '../../core/core';
import { prepared } from '../../db/handles';

export function appInfo(core: Core): AppInfo {
  const count = (table: 'contacts' | 'companies') => prepared(core.read, `SELECT count(*) FROM ${table} WHERE deleted = 0`).pluck().get() as number;
  return {
    version: core.appVersion,
    schemaVersion: core.schemaVersion,
    dataDir: core.paths.dataDir,
    databaseFile: core.paths.databaseFile,
    counts: { contacts: count('contacts'), companies: count('companies') },
    notices: core.notices,
  };
}
