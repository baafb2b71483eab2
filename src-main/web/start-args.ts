export type StartArgs = { dataDir?: string; port?: number };

/** `--data-dir DIR` and `--port N` (also `--data-dir=DIR`); anything else is a usage error. */
export function parseStartArgs(argv: readonly string[]): StartArgs {
  const args: StartArgs = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] ?? '').split(/=(.*)/s, 2) as [string, string | undefined];
    const value = inline ?? argv[++i];
    if (flag === '--data-dir') {
      if (!value) throw new Error('--data-dir needs a folder');
      args.dataDir = value;
    } else if (flag === '--port') {
      const port = Number(value);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error('--port needs a number between 0 and 65535');
      args.port = port;
    } else {
      throw new Error(`Unknown option ${flag}. Options: --data-dir DIR, --port N`);
    }
  }
  return args;
}
