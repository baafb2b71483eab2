import { instantOfLocal, localMsOf, parseDateTime } from '../../../../../src-shared/domain/recurrence';
import { v7 as uuidv7 } from 'uuid';
import { write } from '../../../../../src-main/core/transactions';
import { insertRecord } from '../../../../../src-main/db/write-path';
import { derivedUuid } from '../../../../../src-main/domains/common/derived-id';
import { call, type TestCore } from '../../../../helpers/core';

export const ZONE = 'Europe/Paris';

/** The instant of a wall clock in Paris: `parisInstant('2026-11-30T23:30')`. */
export function parisInstant(local: string): string {
  const parts = parseDateTime(`${local}:00`);
  if (!parts) throw new Error(`not a wall clock: ${local}`);
  return new Date(instantOfLocal(localMsOf(parts), ZONE)).toISOString();
}

/** A core whose clock tests move: `clock.at('2026-11-05T10:00')` (Paris). */
export type MovableClock = { ms: number; at: (local: string) => void };
export function movableClock(start: string): MovableClock {
  const clock: MovableClock = { ms: Date.parse(parisInstant(start)), at: (local) => (clock.ms = Date.parse(parisInstant(local))) };
  return clock;
}

export async function stagesOf(core: TestCore) {
  const [pipeline] = await call(core, 'pipelines.list', {});
  if (!pipeline) throw new Error('no default pipeline');
  const byKind = (kind: string) => pipeline.stages.find((stage) => stage.kind === kind)?.id ?? '';
  const open = pipeline.stages.filter((stage) => stage.kind === 'open');
  return { pipeline, open, won: byKind('won'), lost: byKind('lost') };
}

/** A deal as the tests describe it: created, then won or lost at given Paris wall clocks. */
export type DealSpec = {
  title: string;
  owner: string;
  amountMinor: number;
  currency: 'EUR' | 'USD';
  createdAt: string;
  closed?: { kind: 'won' | 'lost'; at: string };
  probability?: number;
  expectedClose?: string;
  deleted?: boolean;
};

/**
 * Writes the deals through the real handlers, each creation and each close at its time, in
 * the order they happened (the write path's clock never goes back).
 */
export async function writeDeals(core: TestCore, clock: MovableClock, specs: readonly DealSpec[]): Promise<void> {
  const { won, lost, open } = await stagesOf(core);
  const ids = new Map<DealSpec, string>();
  const events = specs.flatMap((spec) => [
    { at: spec.createdAt, spec, kind: 'create' as const },
    ...(spec.closed ? [{ at: spec.closed.at, spec, kind: 'close' as const }] : []),
  ]);
  events.sort((a, b) => parisInstant(a.at).localeCompare(parisInstant(b.at)) || (a.kind === 'create' ? -1 : 1));
  for (const { at, spec, kind } of events) {
    clock.at(at);
    if (kind === 'close') {
      await call(core, 'deals.move', { id: ids.get(spec) ?? '', stageId: spec.closed?.kind === 'won' ? won : lost });
      continue;
    }
    const deal = await call(core, 'deals.create', {
      title: spec.title,
      ownerId: spec.owner,
      amountMinor: spec.amountMinor,
      currency: spec.currency,
      stageId: open[1]?.id,
      ...(spec.probability !== undefined ? { probability: spec.probability } : {}),
      ...(spec.expectedClose ? { expectedClose: spec.expectedClose } : {}),
    });
    ids.set(spec, deal.id);
  }
  const deleted = specs.filter((spec) => spec.deleted).map((spec) => ids.get(spec) ?? '');
  if (deleted.length > 0) await call(core, 'deals.delete', { ids: deleted });
}

/** A team of the office, as sync would have brought it (teams are made on the office server). */
export function addTeam(core: TestCore, name: string, members: readonly string[]): string {
  const id = uuidv7();
  write(core, (tx) => {
    insertRecord(tx, 'teams', id, { name });
    for (const member of members) insertRecord(tx, 'team_members', derivedUuid(`team:${id}:${member}`), { team_id: id, user_id: member });
  });
  return id;
}
