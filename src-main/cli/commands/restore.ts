import { join } from 'node:path';
import { closeCore, openCore, type Core } from '../../core/core';
import { dataPaths, sourceRoot } from '../../core/paths';
import { setMeta } from '../../core/meta';
import { ApiError } from '../../../src-shared/contract/errors';
import { toUserFacingError } from '../../db/errors';
import { restoreFromBackup } from '../../domains/backups/service';
import { databaseCounts } from '../counts';
import { withCore, type CommandContext } from '../io';
import { readHlcMark, restoreOverUnopenable } from '../restore-damaged';

type Restored = { restoredFrom: string; safetyCopy: string };

function isUnopenable(error: unknown): boolean {
  const mapped = toUserFacingError(error);
  return mapped instanceof ApiError && (mapped.body.code === 'db_corrupt' || mapped.body.code === 'db_newer');
}

/**
 * The usual case goes through the app's own restore (verify, safety backup, atomic swap, clock
 * kept); a database that cannot be opened any more — the reason people restore — is moved aside
 * as it is instead.
 */
function restore(dataDir: string, file: string): Restored {
  const paths = dataPaths(dataDir);
  let core: Core;
  try {
    core = openCore({ dataDir, dailyBackup: false });
  } catch (error) {
    if (!isUnopenable(error)) throw error;
    const hlcMark = readHlcMark(paths.databaseFile);
    const restored = restoreOverUnopenable(paths, join(sourceRoot, 'migrations'), file);
    const reopened = openCore({ dataDir, dailyBackup: false });
    try {
      const current = reopened.db.prepare("SELECT value FROM meta WHERE key = 'hlc'").pluck().get() as string | undefined;
      if (hlcMark && (!current || hlcMark > current)) setMeta(reopened.db, 'hlc', hlcMark);
    } finally {
      closeCore(reopened);
    }
    return restored;
  }
  try {
    const restored = restoreFromBackup(core, file, true);
    return { restoredFrom: restored.restoredFrom, safetyCopy: join(paths.backupsDir, restored.safetyCopy) };
  } finally {
    closeCore(core);
  }
}

export async function runRestore(ctx: CommandContext, command: { file: string }): Promise<void> {
  const restored = restore(ctx.dataDir, command.file);
  const counts = await withCore(ctx.dataDir, { mustExist: true }, (core) => databaseCounts(core.read));
  ctx.io.out(
    [
      `restored ${restored.restoredFrom} into ${dataPaths(ctx.dataDir).databaseFile}`,
      `safety copy: ${restored.safetyCopy}`,
      `integrity: ok; contacts: ${counts.contacts ?? 0}, companies: ${counts.companies ?? 0}`,
    ].join('\n') + '\n',
  );
}
