/**
 * `npm run start:web [-- --data-dir DIR] [--port N]`: the CRM in browser mode. Prints the URL to
 * open (it carries this launch's access token).
 */
import { parseStartArgs } from '../src-main/web/start-args';
import { startBrowserMode } from '../src-main/web/launch';
import { ApiError } from '../src-shared/contract/errors';

async function main(): Promise<void> {
  const args = parseStartArgs(process.argv.slice(2));
  const mode = await startBrowserMode({
    ...args,
    onFatal: (message) => {
      process.stderr.write(`The CRM stopped: ${message}\n`);
      process.exit(1);
    },
  });
  process.stdout.write(`CRM (browser mode) on ${mode.core.paths.databaseFile}\nOpen: ${mode.url}\n`);
  const stop = () => {
    void mode.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Could not start the CRM: ${error instanceof ApiError ? error.body.message : (error as Error).message}\n`);
  process.exit(1);
});
