import { seedDataset, DEFAULT_SEED } from '../../jobs/seed';
import type { DatasetSize } from '../../jobs/seed';
import { withCore, type CliIo, type CommandContext } from '../io';

/** Progress on stderr: one redrawn line on a terminal, a line per 10% otherwise. */
function progressReporter(io: CliIo, size: DatasetSize): (done: number, total: number) => void {
  let lastTenth = -1;
  return (done, total) => {
    const percent = Math.floor((done / total) * 100);
    if (io.interactive) {
      io.err(`\rseeding ${size}: ${percent}% (${done}/${total})${done === total ? '\n' : ''}`);
      return;
    }
    const tenth = Math.floor(percent / 10);
    if (tenth !== lastTenth || done === total) {
      lastTenth = tenth;
      io.err(`seeding ${size}: ${percent}% (${done}/${total})\n`);
    }
  };
}

export async function runSeed(ctx: CommandContext, command: { size: DatasetSize; seed: number | undefined }): Promise<void> {
  const seed = command.seed ?? DEFAULT_SEED;
  const started = performance.now();
  const result = await withCore(ctx.dataDir, { mustExist: false }, (core) =>
    seedDataset(core, { size: command.size, seed, onProgress: progressReporter(ctx.io, command.size) }),
  );
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const sales = `${result.deals} deals, ${result.quotes} quotes, ${result.products} products`;
  ctx.io.out(`seeded ${command.size} (seed ${seed}): ${result.contacts} contacts, ${result.companies} companies, ${sales} in ${seconds} s\n`);
}
