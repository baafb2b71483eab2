/**
 * `npm test`: the whole suite, in order — type-check (tsc -b), lint (layering included), unit and
 * integration tests (vitest), the renderer build, then end-to-end tests in Chromium (Playwright).
 * Stops at the first failing step.
 */
import { spawnSync } from 'node:child_process';

type Step = { name: string; command: string; args: string[] };

const steps: Step[] = [
  { name: 'type-check', command: 'npx', args: ['tsc', '-b'] },
  { name: 'lint', command: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'unit + integration', command: 'npx', args: ['vitest', 'run'] },
  { name: 'build the renderer', command: 'npx', args: ['vite', 'build', '--logLevel', 'warn'] },
  { name: 'end-to-end (Chromium)', command: 'npx', args: ['playwright', 'test'] },
];

const only = process.argv.slice(2);
for (const step of steps) {
  if (only.length > 0 && !only.some((name) => step.name.includes(name))) continue;
  process.stdout.write(`\n━━ ${step.name}: ${step.command} ${step.args.join(' ')}\n`);
  const started = Date.now();
  const result = spawnSync(step.command, step.args, { stdio: 'inherit', env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    process.stdout.write(`\n✗ ${step.name} failed after ${seconds}s\n`);
    process.exit(result.status ?? 1);
  }
  process.stdout.write(`✓ ${step.name} (${seconds}s)\n`);
}
