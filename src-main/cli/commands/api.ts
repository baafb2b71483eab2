import { dispatch } from '../../core/dispatch';
import { handlers } from '../../domains/handlers';
import { ReportedFailure, withCore, type CommandContext } from '../io';

/**
 * Calls one contract endpoint headlessly, through the same validation and error mapping as the
 * app's hosts. Output is the handler's JSON; a refusal is the typed error as JSON on stderr.
 */
export async function runApi(ctx: CommandContext, command: { apiName: string; input: unknown }): Promise<void> {
  const result = await withCore(ctx.dataDir, { mustExist: false }, (core) => dispatch(handlers, { core }, command.apiName, command.input));
  if (!result.ok) {
    ctx.io.err(`${JSON.stringify(result.error)}\n`);
    throw new ReportedFailure(result.error.message);
  }
  ctx.io.out(`${JSON.stringify(result.value ?? null, null, 2)}\n`);
}
