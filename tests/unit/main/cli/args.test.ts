import { describe, expect, it } from 'vitest';
import { parseArgs, type ParseResult } from '../../../../src-main/cli/args';

function parsed(argv: string[]) {
  const result = parseArgs(argv);
  if (!result.ok) throw new Error(`expected a parse, got: ${result.error}`);
  return result.args;
}

function usageError(argv: string[]): string {
  const result: ParseResult = parseArgs(argv);
  if (result.ok) throw new Error(`expected a usage error, got: ${JSON.stringify(result.args)}`);
  return result.error;
}

describe('parseArgs: the command line of `npm run crm`', () => {
  it('reads seed with its size and seed', () => {
    expect(parsed(['seed', '--size', 'large', '--seed', '7'])).toEqual({
      dataDir: undefined,
      command: { name: 'seed', size: 'large', seed: 7 },
    });
    expect(parsed(['seed', '--size=demo']).command).toEqual({ name: 'seed', size: 'demo', seed: undefined });
  });

  it('takes --data-dir anywhere on the line, in both spellings', () => {
    expect(parsed(['--data-dir', '/tmp/a', 'check']).dataDir).toBe('/tmp/a');
    expect(parsed(['check', '--data-dir=/tmp/b']).dataDir).toBe('/tmp/b');
    expect(parsed(['seed', '--size', 'demo', '--data-dir', 'C:\\Users\\Hélène\\CRM']).dataDir).toBe('C:\\Users\\Hélène\\CRM');
  });

  it('reads backup, restore, check and help', () => {
    expect(parsed(['backup']).command).toEqual({ name: 'backup' });
    expect(parsed(['restore', 'crm-20261122T101010000Z-manual.sqlite']).command).toEqual({
      name: 'restore',
      file: 'crm-20261122T101010000Z-manual.sqlite',
    });
    expect(parsed(['check']).command).toEqual({ name: 'check', json: false });
    expect(parsed(['check', '--json']).command).toEqual({ name: 'check', json: true });
    expect(parsed(['help', 'seed']).command).toEqual({ name: 'help', topic: 'seed' });
  });

  it('shows help when asked for, or when no command is given', () => {
    expect(parsed([]).command).toEqual({ name: 'help', topic: undefined });
    expect(parsed(['--help']).command).toEqual({ name: 'help', topic: undefined });
    expect(parsed(['seed', '-h']).command).toEqual({ name: 'help', topic: 'seed' });
  });

  it('reads an API call with its JSON input, and an empty input when none is given', () => {
    expect(parsed(['api', 'contacts.list', '{"limit":5,"sort":{"field":"city","dir":"desc"}}']).command).toEqual({
      name: 'api',
      apiName: 'contacts.list',
      input: { limit: 5, sort: { field: 'city', dir: 'desc' } },
    });
    expect(parsed(['api', 'app.info']).command).toEqual({ name: 'api', apiName: 'app.info', input: {} });
    expect(parsed(['api', '--', 'search.global', '{"q":"--x"}']).command).toEqual({
      name: 'api',
      apiName: 'search.global',
      input: { q: '--x' },
    });
  });

  it.each<[string, string[], RegExp]>([
    ['an unknown command', ['frobnicate'], /unknown command "frobnicate"/],
    ['help about an unknown command', ['help', 'frobnicate'], /unknown command "frobnicate"/],
    ['an unknown option', ['check', '--force'], /unknown option "--force" for "check"/],
    ['a command option before the command', ['--size', 'demo', 'seed'], /unknown option "--size"/],
    ['a short option', ['check', '-x'], /unknown option "-x"/],
    ['seed without a size', ['seed'], /"seed" needs --size \(demo, large, huge\)/],
    ['an unknown size', ['seed', '--size', 'medium'], /"--size" must be one of demo, large, huge \(got "medium"\)/],
    ['a size option without its value', ['seed', '--size'], /"--size" needs a value/],
    ['a seed that is not a whole number', ['seed', '--size', 'demo', '--seed', '1.5'], /"--seed" must be a whole number/],
    ['a negative seed', ['seed', '--size', 'demo', '--seed', '-3'], /"--seed" must be a whole number/],
    ['a seed beyond 32 bits', ['seed', '--size', 'demo', '--seed', '4294967296'], /"--seed" must be a whole number/],
    ['a flag given a value', ['check', '--json=yes'], /"--json" takes no value/],
    ['--data-dir without a folder', ['check', '--data-dir'], /"--data-dir" needs a value/],
    ['restore without a file', ['restore'], /"restore" needs a file/],
    ['an extra argument', ['backup', 'now'], /"backup" got an unexpected argument "now"/],
    ['an API call without a name', ['api'], /"api" needs a name/],
    ['an unknown API name', ['api', 'contacts.explode', '{}'], /unknown API name "contacts.explode"/],
    ['invalid JSON input', ['api', 'contacts.create', '{lastName: Dupont}'], /the input is not valid JSON/],
  ])('refuses %s with a usage error', (_what, argv, message) => {
    expect(usageError(argv)).toMatch(message);
  });
});
