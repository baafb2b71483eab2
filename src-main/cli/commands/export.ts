import type { CliCommand } from '../args';
import { CliFailure, type CommandContext } from '../io';

/** Replaced by the command's implementation (issue 6). */
export async function runExport(_ctx: CommandContext, _command: Extract<CliCommand, { name: 'export' }>): Promise<void> {
  throw new CliFailure('"export" is not available in this build.');
}
