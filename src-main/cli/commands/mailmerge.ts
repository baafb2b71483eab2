import type { CliCommand } from '../args';
import { CliFailure, type CommandContext } from '../io';

/** Replaced by the command's implementation (issue 6). */
export async function runMailMerge(_ctx: CommandContext, _command: Extract<CliCommand, { name: 'mailmerge' }>): Promise<void> {
  throw new CliFailure('"mailmerge" is not available in this build.');
}
