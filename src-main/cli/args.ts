import { isApiName } from '../../src-shared/contract/api';
import { roles, type Role } from '../../src-shared/sync/protocol';
import { datasetSizeNames, isDatasetSize, type DatasetSize } from '../jobs/seed/sizes';

/** What the command line asked for, fully checked: commands never see raw strings. */
export type CliCommand =
  | { name: 'seed'; size: DatasetSize; seed: number | undefined }
  | { name: 'backup' }
  | { name: 'restore'; file: string }
  | { name: 'check'; json: boolean }
  | { name: 'api'; apiName: string; input: unknown }
  | { name: 'connect'; url: string; user: string; deviceName: string | undefined }
  | { name: 'sync' }
  | { name: 'server'; action: ServerAction; serverData: string; email: string | undefined; displayName: string | undefined; role: Role | undefined; group: string | undefined }
  | { name: 'import'; file: string; entity: IoEntity; mapping: string | undefined; dryRun: boolean; onMatch: MatchAction | undefined }
  | { name: 'export'; entity: IoEntity; format: ExportFormat; out: string; view: string | undefined; vcardVersion: VcardVersion }
  | { name: 'mailmerge'; template: string | undefined; view: string | undefined; out: string; perRecipient: boolean; labels: string | undefined }
  | { name: 'duplicates'; entity: 'contacts' | 'companies'; json: boolean }
  | { name: 'help'; topic: CommandName | undefined };

export type CommandName = 'seed' | 'backup' | 'restore' | 'check' | 'api' | 'connect' | 'sync' | 'server' | 'import' | 'export' | 'mailmerge' | 'duplicates' | 'help';

/** The lists the CLI imports and exports (plural, as users type them). */
export const ioEntities = ['contacts', 'companies', 'deals', 'activities'] as const;
export type IoEntity = (typeof ioEntities)[number];
export const exportFormats = ['xlsx', 'csv', 'vcf'] as const;
export type ExportFormat = (typeof exportFormats)[number];
export const matchActions = ['skip', 'update', 'create'] as const;
export type MatchAction = (typeof matchActions)[number];
export const vcardVersions = ['4.0', '3.0'] as const;
export type VcardVersion = (typeof vcardVersions)[number];

export const serverActions = [
  'users-add',
  'users-list',
  'users-disable',
  'users-enable',
  'users-reset-password',
  'users-role',
  'teams-add',
  'teams-list',
  'teams-add-member',
  'teams-remove-member',
  'territories-add',
  'territories-list',
  'territories-add-member',
  'territories-remove-member',
] as const;
export type ServerAction = (typeof serverActions)[number];

export type ParsedArgs = { dataDir: string | undefined; command: CliCommand };

export type ParseResult = { ok: true; args: ParsedArgs } | { ok: false; error: string };

type CommandSpec = {
  /** Option name → whether it takes a value. */
  options: Record<string, 'value' | 'flag'>;
  positionals: { name: string; required: boolean }[];
};

export const commandSpecs: Record<CommandName, CommandSpec> = {
  seed: { options: { size: 'value', seed: 'value' }, positionals: [] },
  backup: { options: {}, positionals: [] },
  restore: { options: {}, positionals: [{ name: 'file', required: true }] },
  check: { options: { json: 'flag' }, positionals: [] },
  api: {
    options: {},
    positionals: [
      { name: 'name', required: true },
      { name: 'json input', required: false },
    ],
  },
  connect: { options: { user: 'value', 'device-name': 'value' }, positionals: [{ name: 'server URL', required: true }] },
  sync: { options: {}, positionals: [] },
  server: {
    options: { 'server-data': 'value', email: 'value', name: 'value', role: 'value', team: 'value', territory: 'value' },
    positionals: [
      { name: 'subject (users, teams, territories)', required: true },
      { name: 'action', required: true },
    ],
  },
  import: { options: { entity: 'value', mapping: 'value', 'dry-run': 'flag', 'on-match': 'value' }, positionals: [{ name: 'file', required: true }] },
  export: { options: { format: 'value', out: 'value', view: 'value', 'vcard-version': 'value' }, positionals: [{ name: 'list (contacts, companies, deals, activities)', required: true }] },
  mailmerge: { options: { template: 'value', view: 'value', out: 'value', 'per-recipient': 'flag', labels: 'value' }, positionals: [] },
  duplicates: { options: { scan: 'flag', entity: 'value', json: 'flag' }, positionals: [] },
  help: { options: {}, positionals: [{ name: 'command', required: false }] },
};

/** One of `allowed`, or a usage error naming them. */
function oneOf<T extends string>(option: string, value: string | true | undefined, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`"--${option}" must be one of ${allowed.join(', ')}${typeof value === 'string' ? ` (got "${value.slice(0, 40)}")` : ''}`);
  }
  return value as T;
}

function textOption(options: Map<string, string | true>, option: string): string | undefined {
  const value = options.get(option);
  return typeof value === 'string' ? value : undefined;
}

export function isCommandName(value: string): value is CommandName {
  return Object.prototype.hasOwnProperty.call(commandSpecs, value);
}

class UsageError extends Error {}

type Tokens = { dataDir: string | undefined; help: boolean; positionals: string[]; options: Map<string, string | true> };

/** Splits argv into global options, command options and positionals (`--name value`, `--name=value`, `--`). */
function tokenize(argv: readonly string[]): Tokens {
  const tokens: Tokens = { dataDir: undefined, help: false, positionals: [], options: new Map() };
  let command: CommandName | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      tokens.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      tokens.help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') throw new UsageError(`unknown option "${arg}"`);
      tokens.positionals.push(arg);
      if (tokens.positionals.length === 1 && isCommandName(arg)) command = arg;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const kind = name === 'data-dir' ? 'value' : command ? commandSpecs[command].options[name] : undefined;
    if (!kind) {
      throw new UsageError(command ? `unknown option "--${name}" for "${command}"` : `unknown option "--${name}"`);
    }
    let value: string | true = true;
    if (kind === 'value') {
      const next = eq === -1 ? argv[++i] : arg.slice(eq + 1);
      if (next === undefined || next === '' || (eq === -1 && next.startsWith('--'))) throw new UsageError(`"--${name}" needs a value`);
      value = next;
    } else if (eq !== -1) {
      throw new UsageError(`"--${name}" takes no value`);
    }
    if (name === 'data-dir') tokens.dataDir = value as string;
    else tokens.options.set(name, value);
  }
  return tokens;
}

function parseSeed(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^\d{1,10}$/.test(value) || Number(value) > 0xffffffff) {
    throw new UsageError(`"--seed" must be a whole number from 0 to 4294967295 (got "${String(value)}")`);
  }
  return Number(value);
}

function parseJsonInput(text: string | undefined): unknown {
  if (text === undefined) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`the input is not valid JSON (${(error as Error).message})`);
  }
}

function buildCommand(name: CommandName, positionals: string[], options: Map<string, string | true>): CliCommand {
  const spec = commandSpecs[name];
  if (positionals.length > spec.positionals.length) {
    throw new UsageError(`"${name}" got an unexpected argument "${positionals[spec.positionals.length] ?? ''}"`);
  }
  spec.positionals.forEach((positional, index) => {
    if (positional.required && positionals[index] === undefined) throw new UsageError(`"${name}" needs a ${positional.name}`);
  });
  switch (name) {
    case 'seed': {
      const size = options.get('size');
      if (size === undefined) throw new UsageError(`"seed" needs --size (${datasetSizeNames.join(', ')})`);
      if (!isDatasetSize(size)) throw new UsageError(`"--size" must be one of ${datasetSizeNames.join(', ')} (got "${String(size)}")`);
      return { name, size, seed: parseSeed(options.get('seed')) };
    }
    case 'backup':
      return { name };
    case 'restore':
      return { name, file: positionals[0] as string };
    case 'check':
      return { name, json: options.has('json') };
    case 'api': {
      const apiName = positionals[0] as string;
      if (!isApiName(apiName)) throw new UsageError(`unknown API name "${apiName.slice(0, 80)}" (run "help api" for the list)`);
      return { name, apiName, input: parseJsonInput(positionals[1]) };
    }
    case 'connect': {
      const url = positionals[0] as string;
      if (!/^https?:\/\/[^\s/]+/.test(url)) throw new UsageError(`"connect" needs the server's address, such as http://192.168.1.20:8787 (got "${url.slice(0, 80)}")`);
      const user = options.get('user');
      if (typeof user !== 'string') throw new UsageError('"connect" needs --user <e-mail>');
      const deviceName = options.get('device-name');
      return { name, url, user, deviceName: typeof deviceName === 'string' ? deviceName : undefined };
    }
    case 'sync':
      return { name };
    case 'server': {
      const action = `${positionals[0] ?? ''}-${positionals[1] ?? ''}`;
      if (!(serverActions as readonly string[]).includes(action)) {
        throw new UsageError(`unknown server command "${positionals.join(' ').slice(0, 80)}" (${serverActions.map((a) => a.replace('-', ' ')).join(', ')})`);
      }
      const group = options.get('team') ?? options.get('territory');
      const text = (option: string) => {
        const value = options.get(option);
        return typeof value === 'string' ? value : undefined;
      };
      const role = text('role');
      if (role !== undefined && !(roles as readonly string[]).includes(role)) throw new UsageError(`"--role" must be one of ${roles.join(', ')}`);
      return {
        name,
        action: action as ServerAction,
        serverData: text('server-data') ?? 'server-data',
        email: text('email'),
        displayName: text('name'),
        role: role as Role | undefined,
        group: typeof group === 'string' ? group : undefined,
      };
    }
    case 'import': {
      const onMatch = options.get('on-match');
      return {
        name,
        file: positionals[0] as string,
        entity: oneOf('entity', options.get('entity'), ioEntities, 'contacts'),
        mapping: textOption(options, 'mapping'),
        dryRun: options.has('dry-run'),
        onMatch: onMatch === undefined ? undefined : oneOf('on-match', onMatch, matchActions),
      };
    }
    case 'export': {
      const entity = positionals[0] as string;
      if (!(ioEntities as readonly string[]).includes(entity)) throw new UsageError(`"export" lists are ${ioEntities.join(', ')} (got "${entity.slice(0, 40)}")`);
      const out = textOption(options, 'out');
      if (out === undefined) throw new UsageError('"export" needs --out <file>');
      const format = oneOf('format', options.get('format'), exportFormats, 'xlsx');
      if (format === 'vcf' && entity !== 'contacts') throw new UsageError('"--format vcf" exports contacts only');
      return { name, entity: entity as IoEntity, format, out, view: textOption(options, 'view'), vcardVersion: oneOf('vcard-version', options.get('vcard-version'), vcardVersions, '4.0') };
    }
    case 'mailmerge': {
      const out = textOption(options, 'out');
      if (out === undefined) throw new UsageError('"mailmerge" needs --out <file.docx>');
      return { name, template: textOption(options, 'template'), view: textOption(options, 'view'), out, perRecipient: options.has('per-recipient'), labels: textOption(options, 'labels') };
    }
    case 'duplicates': {
      if (!options.has('scan')) throw new UsageError('"duplicates" needs --scan');
      return { name, entity: oneOf('entity', options.get('entity'), ['contacts', 'companies'] as const, 'contacts'), json: options.has('json') };
    }
    case 'help': {
      const topic = positionals[0];
      if (topic !== undefined && !isCommandName(topic)) throw new UsageError(`unknown command "${topic.slice(0, 80)}"`);
      return { name, topic };
    }
  }
}

/**
 * Parses the command line (after `node cli.ts`). Pure: no file system, no environment; the
 * caller resolves the default data folder.
 */
export function parseArgs(argv: readonly string[]): ParseResult {
  try {
    const tokens = tokenize(argv);
    const [first, ...rest] = tokens.positionals;
    if (tokens.help || first === undefined) {
      const topic = first !== undefined && isCommandName(first) && first !== 'help' ? first : undefined;
      return { ok: true, args: { dataDir: tokens.dataDir, command: { name: 'help', topic } } };
    }
    if (!isCommandName(first)) throw new UsageError(`unknown command "${first.slice(0, 80)}"`);
    return { ok: true, args: { dataDir: tokens.dataDir, command: buildCommand(first, rest, tokens.options) } };
  } catch (error) {
    if (error instanceof UsageError) return { ok: false, error: error.message };
    throw error;
  }
}
