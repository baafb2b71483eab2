import type { CliCommand } from '../args';
import { CliFailure, type CommandContext } from '../io';

/** Replaced by the command's implementation (issue 6). */
export async function runDuplicates(_ctx: CommandContext, _command: Extract<CliCommand, { name: 'duplicates' }>): Promise<void> {
  throw new CliFailure('"duplicates" is not available in this build.');
}
