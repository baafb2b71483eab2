import { ApiError } from '../../src-shared/contract/errors';
import { defaultDataDir } from '../core/paths';
import { toUserFacingError } from '../db/errors';
import { log } from '../log';
import { parseArgs, type CliCommand } from './args';
import { CliFailure, EXIT_FAILURE, EXIT_OK, EXIT_USAGE, ReportedFailure, type CliIo, type CommandContext } from './io';

/** Each command's module is loaded only when it runs (the API one pulls in every domain). */
async function runCommand(ctx: CommandContext, command: CliCommand): Promise<void> {
  switch (command.name) {
    case 'seed':
      return (await import('./commands/seed')).runSeed(ctx, command);
    case 'backup':
      return (await import('./commands/backup')).runBackup(ctx);
    case 'restore':
      return (await import('./commands/restore')).runRestore(ctx, command);
    case 'check':
      return (await import('./commands/check')).runCheck(ctx, command);
    case 'api':
      return (await import('./commands/api')).runApi(ctx, command);
    case 'connect':
      return (await import('./commands/connect')).runConnect(ctx, command);
    case 'sync':
      return (await import('./commands/sync')).runSync(ctx);
    case 'server':
      return (await import('./commands/server')).runServerAdmin(ctx, command);
    case 'import':
      return (await import('./commands/import')).runImport(ctx, command);
    case 'export':
      return (await import('./commands/export')).runExport(ctx, command);
    case 'mailmerge':
      return (await import('./commands/mailmerge')).runMailMerge(ctx, command);
    case 'duplicates':
      return (await import('./commands/duplicates')).runDuplicates(ctx, command);
    case 'help':
      return (await import('./commands/help')).runHelp(ctx, command);
  }
}

/** The one line a user reads when a command fails; details go to the log, never a stack trace. */
function failureMessage(error: unknown): string {
  if (error instanceof CliFailure) return error.message;
  const mapped = toUserFacingError(error);
  if (mapped instanceof ApiError) return mapped.body.message;
  const err = error as Error | undefined;
  log.error({ err: { name: err?.name, message: err?.message, stack: err?.stack } }, 'command failed');
  return err?.message ? `unexpected failure: ${err.message.split('\n')[0]}` : 'unexpected failure';
}

/** Runs the CLI and returns its exit status: 0 ok, 1 failure, 2 usage error. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) {
    io.err(`error: ${parsed.error}. Run "npm run crm -- help" for usage.\n`);
    return EXIT_USAGE;
  }
  const ctx: CommandContext = { dataDir: parsed.args.dataDir ?? defaultDataDir(), io };
  try {
    await runCommand(ctx, parsed.args.command);
    return EXIT_OK;
  } catch (error) {
    if (!(error instanceof ReportedFailure)) io.err(`error: ${failureMessage(error)}\n`);
    return EXIT_FAILURE;
  }
}
