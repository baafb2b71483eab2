import type { CliCommand } from '../args';
import { CliFailure, type CommandContext } from '../io';

/** Replaced by the command's implementation (issue 6). */
export async function runImport(_ctx: CommandContext, _command: Extract<CliCommand, { name: 'import' }>): Promise<void> {
  throw new CliFailure('"import" is not available in this build.');
}
