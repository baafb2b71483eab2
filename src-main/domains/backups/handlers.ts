import type { ApiHandlers } from '../../core/dispatch';
import { backupNow, backupsOf, restoreFromBackup } from './service';

export const backupHandlers = {
  'backups.list': (_input, { core }) => backupsOf(core),
  'backups.create': (_input, { core }) => backupNow(core),
  'backups.restore': (input, { core }) => restoreFromBackup(core, input.file),
} satisfies Partial<ApiHandlers>;
