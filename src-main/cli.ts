import { processIo } from './cli/io';
import { runCli } from './cli/run';
import { log } from './log';

// The CLI's stderr is for the user: the structured log only shows when asked for.
log.level = process.env.CRM_LOG_LEVEL ?? 'silent';

process.exitCode = await runCli(process.argv.slice(2), processIo());
