import type { ApiParsedInput } from '../../../src-shared/contract/api';
import { exactKeyKinds, type DuplicateKeyKind } from '../../../src-shared/domain/duplicate-keys';
import { scorePair, type PairFacts } from '../../../src-shared/domain/duplicate-score';
import { nameSimilarity, SIMILAR_NAME_THRESHOLD } from '../../../src-shared/domain/duplicate-similarity';
import { pairKey, type DuplicateEntity, type DuplicateEvidence, type DuplicateScanResult } from '../../../src-shared/domain/duplicates';
import type { Core } from '../../core/core';
import type { Task } from '../../core/tasks';
import { catchUpNow } from '../../core/derived-catch-up';
import { write } from '../../core/transactions';
import { duplicateKeysCurrent, rebuildDuplicateKeys } from '../../db/duplicate-index';
import { dismissedPairs } from './dismissed';
import { buildGroups, describeGroups, type ScoredPair } from './scan-groups';
import { companyNamer, detailsReader, loadAllMatchRecords, type DetailsReader, type MatchDetails, type MatchRecord } from './match-records';

/**
 * A block of an exact key bigger than this is a shared switchboard or mailbox, not one person
 * or firm written many times: its pairs are not looked at.
 */
const EXACT_BLOCK_MAX = 25;
/** The scan yields to the event loop (progress, cancel) at least this often. */
const YIELD_EVERY_MS = 50;

/** Two records met in a block: how alike their names are, and the exact keys they share (as found in the blocks). */
type Pair = { a: MatchRecord; b: MatchRecord; similarity?: number; shared?: Partial<Record<DuplicateKeyKind, string[]>> };

const exactKinds = new Set<string>(exactKeyKinds);

/**
 * The records of a scan, numbered: pairs are keyed by two numbers, and places (cities,
 * companies) by one, so the millions of comparisons of a big base make no strings.
 */
class ScanSet {
  readonly records: MatchRecord[];
  private readonly indexOf = new Map<string, number>();
  /** Per record: its city's number (0: none) and its companies' numbers. */
  private readonly places: number[][];

  constructor(records: Iterable<MatchRecord>) {
    this.records = [...records];
    const cities = new Map<string, number>();
    const companies = new Map<string, number>();
    this.records.forEach((record, index) => this.indexOf.set(record.id, index));
    this.places = this.records.map((record) => {
      const found: number[] = [];
      if (record.cityKey !== '') {
        let city = cities.get(record.cityKey);
        if (city === undefined) cities.set(record.cityKey, (city = cities.size + 1));
        found.push(city);
      }
      for (const companyId of record.companyIds) {
        let company = companies.get(companyId);
        if (company === undefined) companies.set(companyId, (company = -(companies.size + 1)));
        found.push(company);
      }
      return found;
    });
  }

  index(id: string): number | undefined {
    return this.indexOf.get(id);
  }

  placesOf(index: number): readonly number[] {
    return this.places[index] ?? [];
  }

  pairKey(a: number, b: number): number {
    return a < b ? a * this.records.length + b : b * this.records.length + a;
  }
}

type Found = { similarity: number } | { kind: DuplicateKeyKind; key: string };

function pairUp(set: ScanSet, pairs: Map<number, Pair>, a: number, b: number, found: Found): void {
  const key = set.pairKey(a, b);
  let pair = pairs.get(key);
  if (!pair) {
    const [first, second] = a < b ? [a, b] : [b, a];
    pair = { a: set.records[first] as MatchRecord, b: set.records[second] as MatchRecord };
    pairs.set(key, pair);
  }
  if ('similarity' in found) {
    pair.similarity = found.similarity;
    return;
  }
  pair.shared ??= {};
  (pair.shared[found.kind] ??= []).push(found.key);
}

/** The look-alike records' context: a name only counts in the same city, or (contacts) the same company. */
function contextBuckets(set: ScanSet, members: readonly number[]): number[][] {
  const buckets = new Map<number, number[]>();
  for (const member of members) {
    for (const place of set.placesOf(member)) {
      const list = buckets.get(place);
      if (list) list.push(member);
      else buckets.set(place, [member]);
    }
  }
  return [...buckets.values()].filter((bucket) => bucket.length > 1);
}

/** Pairs of a block: every pair for an exact key; similar names in the same context for a name block. */
function pairsOfBlock(set: ScanSet, kind: DuplicateKeyKind, key: string, members: number[], pairs: Map<number, Pair>): void {
  if (exactKinds.has(kind)) {
    if (members.length > EXACT_BLOCK_MAX) return;
    for (let i = 0; i < members.length; i++) for (let j = i + 1; j < members.length; j++) pairUp(set, pairs, members[i] as number, members[j] as number, { kind, key });
    return;
  }
  for (const bucket of contextBuckets(set, members)) {
    for (let i = 0; i < bucket.length; i++) {
      const ia = bucket[i] as number;
      const a = set.records[ia] as MatchRecord;
      for (let j = i + 1; j < bucket.length; j++) {
        const ib = bucket[j] as number;
        if (ia === ib || pairs.get(set.pairKey(ia, ib))?.similarity !== undefined) continue;
        const b = set.records[ib] as MatchRecord;
        const similarity = a.nameKey === b.nameKey ? 1 : nameSimilarity(a.words, b.words);
        if (similarity >= SIMILAR_NAME_THRESHOLD) pairUp(set, pairs, ia, ib, { similarity });
      }
    }
  }
}

type Block = [kind: DuplicateKeyKind, key: string, ids: string];

/** The blocks of more than one record, from the keys index (grouped by SQLite on its primary key's order). */
function readBlocks(core: Core, entity: DuplicateEntity): Block[] {
  return core.db
    .prepare(
      `SELECT kind, key, group_concat(record_id) FROM duplicate_keys WHERE entity = ? AND kind <> 'merged_into'
        GROUP BY kind, key HAVING count(*) > 1`,
    )
    .raw()
    .all(entity) as Block[];
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What a pair shares, from what the blocks found: exact keys as stored (the e-mail, the E.164
 * phone…); the name, the company and the city as keys, put in words only for the pairs shown.
 */
function factsOf(pair: Pair): PairFacts {
  const { a, b } = pair;
  const shared = pair.shared ?? {};
  const named = a.words.length > 0 && b.words.length > 0;
  return {
    emails: shared.email ?? [],
    phones: shared.phone ?? [],
    legalId: shared.legal_id?.[0] ?? null,
    siren: shared.siren?.[0] ?? null,
    website: shared.website?.[0] ?? null,
    nameSimilarity: named ? (pair.similarity ?? nameSimilarity(a.words, b.words)) : null,
    sameName: named && a.nameKey === b.nameKey ? a.nameKey : null,
    company: [...a.companyIds].find((id) => b.companyIds.has(id)) ?? null,
    city: a.cityKey !== '' && a.cityKey === b.cityKey ? a.cityKey : null,
  };
}

/** A shown pair's evidence in words: names and city as written, the company's name. */
function inWords(pair: ScoredPair, set: ScanSet, details: DetailsReader, companyName: (id: string) => string): ScoredPair {
  // Both records are of the set: pairs are only ever made of its records.
  const [a, b] = pair.ids.map((id) => details(set.records[set.index(id) as number] as MatchRecord)) as [MatchDetails, MatchDetails];
  const worded = (item: DuplicateEvidence): DuplicateEvidence => {
    switch (item.reason) {
      case 'same_name':
        return { ...item, value: b.displayName || a.displayName };
      case 'similar_name':
        return { ...item, value: `${a.displayName} ≈ ${b.displayName}` };
      case 'same_company':
        return { ...item, value: companyName(item.value) };
      case 'same_city':
        return { ...item, value: b.city ?? a.city ?? item.value };
      default:
        return item;
    }
  };
  return { ...pair, evidence: pair.evidence.map(worded) };
}

/**
 * The whole base, for records that look like one another: the keys index gives blocks (one
 * e-mail, one phone, one name sound…), each block is paired up — exact keys wholly, names within
 * the same city or company and only when similar — and every pair found is scored on all it
 * shares. Pairs become groups, best first. Read-only; reports progress and stops when cancelled.
 */
export async function scanDuplicates(core: Core, task: Task, input: ApiParsedInput<'duplicates.scan'>): Promise<DuplicateScanResult> {
  const started = Date.now();
  const { entity } = input;
  task.progress('scanning', 0, null);
  // Keys left behind by a bulk load that stopped half-way are made again first.
  if (!duplicateKeysCurrent(core.read)) write(core, (tx) => rebuildDuplicateKeys(tx.db));
  // …and those of records a large import has just written, still being made in the background.
  catchUpNow(core);
  const set = new ScanSet(loadAllMatchRecords(core.read, entity));
  const blocks = readBlocks(core, entity);
  // Reading takes a moment on a big base: a cancel asked meanwhile is heard here.
  await nextTurn();
  task.throwIfCancelled();
  const pairs = new Map<number, Pair>();
  let lastTurn = Date.now();
  for (let done = 0; done < blocks.length; done++) {
    const [kind, key, ids] = blocks[done] as Block;
    const members = ids.split(',').flatMap((id) => set.index(id) ?? []);
    if (members.length > 1) pairsOfBlock(set, kind, key, members, pairs);
    if (Date.now() - lastTurn >= YIELD_EVERY_MS) {
      task.progress('scanning', done, blocks.length);
      await nextTurn();
      task.throwIfCancelled();
      lastTurn = Date.now();
    }
  }
  task.progress('scanning', blocks.length, blocks.length);

  const dismissed = dismissedPairs(core, entity);
  const scored: ScoredPair[] = [];
  let skipped = 0;
  for (const pair of pairs.values()) {
    const score = scorePair(entity, factsOf(pair));
    if (!score || score.score < input.minScore) continue;
    const key = pairKey(pair.a.id, pair.b.id);
    if (dismissed.has(key)) {
      skipped += 1;
      continue;
    }
    scored.push({ key, ids: [pair.a.id, pair.b.id], ...score });
  }
  task.throwIfCancelled();
  const groups = buildGroups(scored);
  const shown = groups.slice(0, input.limit);
  const details = detailsReader(core.read, entity);
  const companyName = companyNamer(core.read);
  for (const group of shown) group.pairs = group.pairs.map((pair) => inWords(pair, set, details, companyName));
  const now = new Date(core.clock.now()).toISOString();
  return {
    entity,
    groups: describeGroups(core.read, entity, shown, now),
    totalGroups: groups.length,
    scanned: set.records.length,
    dismissed: skipped,
    tookMs: Date.now() - started,
  };
}
