import { join } from 'node:path';
import { createBackup } from '../../db/backups';
import { withCore, type CommandContext } from '../io';

/** Writes a verified manual backup and prints its path. */
export async function runBackup(ctx: CommandContext): Promise<void> {
  const file = await withCore(ctx.dataDir, { mustExist: true }, (core) => {
    const backup = createBackup(core.db, core.paths.backupsDir, 'manual');
    return join(core.paths.backupsDir, backup.file);
  });
  ctx.io.out(`${file}\n`);
}
