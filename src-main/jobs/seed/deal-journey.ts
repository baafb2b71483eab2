import type { Rng } from './rng';
import type { SalesSetup, StageRef } from './sales-setup';
import { DAY_MS } from './text';

export type Outcome = 'open' | 'won' | 'lost';

/** Where a deal went: the stages it entered and when, and when it closed (won or lost). */
export type Journey = {
  outcome: Outcome;
  entries: { stage: StageRef; atMs: number }[];
  closedMs: number | null;
  /** When it reached the stage where proposals are made (half-way through the open stages), if it did. */
  proposalMs: number | null;
};

/** Young deals are mostly still open; most of those older than a year are decided. */
function openChance(ageDays: number): number {
  if (ageDays < 180) return 0.9;
  if (ageDays < 540) return 0.45;
  return 0.15;
}

function pickOutcome(rng: Rng, sales: SalesSetup, ageDays: number): Outcome {
  if (!sales.wonStage && !sales.lostStage) return 'open';
  if (ageDays < 8 || rng.chance(openChance(ageDays))) return 'open';
  if (!sales.lostStage) return 'won';
  if (!sales.wonStage) return 'lost';
  return rng.chance(0.45) ? 'won' : 'lost';
}

/** An open stage's index, early stages more likely (4, 3, 2, 1 for four stages). */
function earlyStage(rng: Rng, count: number): number {
  return rng.weighted(Array.from({ length: count }, (_, index) => [index, count - index] as const));
}

/** The open stages up to `last`, sometimes skipping one in the middle (deals do jump ahead). */
function pathTo(rng: Rng, stages: readonly StageRef[], last: number): StageRef[] {
  return stages.slice(0, last + 1).filter((_, index) => index === 0 || index === last || !rng.chance(0.12));
}

/** `count` increasing instants from `fromMs` to `toMs` (both included when count > 1). */
function instants(rng: Rng, count: number, fromMs: number, toMs: number): number[] {
  if (count <= 1) return [fromMs];
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return fromMs;
    if (i === count - 1) return toMs;
    return Math.floor(fromMs + ((toMs - fromMs) * (i + 0.1 + rng.next() * 0.8)) / (count - 1));
  });
}

/**
 * A deal's way through the pipeline, from its creation to `endMs` (the reference date): the
 * stage history the board and the deal page show, with decided deals closed before `endMs`.
 */
export function dealJourney(rng: Rng, sales: SalesSetup, createdMs: number, endMs: number): Journey {
  const ageDays = (endMs - createdMs) / DAY_MS;
  const outcome = pickOutcome(rng, sales, ageDays);
  const open = sales.openStages;
  const proposalIndex = Math.floor(open.length / 2);
  let path: StageRef[];
  let lastMs: number;
  if (outcome === 'open') {
    path = pathTo(rng, open, earlyStage(rng, open.length));
    lastMs = Math.min(endMs - 3_600_000, createdMs + rng.between(2, 150) * DAY_MS + rng.int(8 * 3_600_000));
  } else {
    const through = outcome === 'won' ? open.length - 1 : earlyStage(rng, open.length);
    path = [...pathTo(rng, open, through), (outcome === 'won' ? sales.wonStage : sales.lostStage) as StageRef];
    const latest = endMs - DAY_MS;
    const wanted = createdMs + rng.between(7, 180) * DAY_MS + rng.int(8 * 3_600_000);
    lastMs = wanted < latest ? wanted : createdMs + Math.floor((latest - createdMs) * (0.5 + rng.next() * 0.5));
  }
  const times = instants(rng, path.length, createdMs, Math.max(createdMs + path.length, lastMs));
  const entries = path.map((stage, index) => ({ stage, atMs: times[index] as number }));
  const proposal = entries.find((entry) => open.indexOf(entry.stage) >= proposalIndex);
  const closedMs = outcome === 'open' ? null : (entries.at(-1)?.atMs ?? null);
  return { outcome, entries, closedMs, proposalMs: proposal?.atMs ?? null };
}
