import type { City } from './data/places';
import { DAY_MS } from './text';
import type { Rng } from './rng';

export type Country = 'FR' | 'GB';

/** What later records need to know about a company already written. */
export type CompanyRef = {
  id: string;
  name: string;
  country: Country;
  city: City;
  domain: string | null;
  createdMs: number;
};

/** A bounded list of recent values: relations and duplicate e-mails reach back into it. */
export class Recent<T> {
  private readonly items: T[] = [];
  private nextSlot = 0;
  constructor(private readonly capacity: number) {}

  add(item: T): void {
    if (this.items.length < this.capacity) this.items.push(item);
    else this.items[this.nextSlot] = item;
    this.nextSlot = (this.nextSlot + 1) % this.capacity;
  }

  pick(rng: Rng): T | undefined {
    return this.items.length === 0 ? undefined : rng.pick(this.items);
  }
}

/**
 * State shared by the generators of one run: the random stream, the time span records are spread
 * over, and references to what was already written (owners, tags, companies, recent contacts).
 * Memory stays bounded by the number of companies, so `huge` fits.
 */
export type SeedContext = {
  rng: Rng;
  /** Creation dates are spread over the three years before this instant. */
  startMs: number;
  endMs: number;
  pickOwner: (rng: Rng) => string;
  /** Every user of the office, the local one first. */
  userIds: string[];
  tagIds: string[];
  companies: { FR: CompanyRef[]; GB: CompanyRef[] };
  /** The last contact linked to each company: colleagues and managers are found there. */
  lastContactOfCompany: Map<string, string>;
  /** The first few people working at each company: the contacts of its deals. */
  contactsOfCompany: Map<string, string[]>;
  /** The deals made with each company: what its activities are about. */
  dealsOfCompany: Map<string, string[]>;
  recentContacts: Recent<string>;
  recentEmails: Recent<string>;
};

export const SPAN_YEARS = 3;

/**
 * The creation instant of record `index` of `count`: evenly spread, jittered within its slot, so
 * creation order is insertion order and ids (whose time part is this instant) grow — like a
 * CRM filled over three years, and kind to the B-tree indexes.
 */
export function createdMsAt(ctx: SeedContext, index: number, count: number): number {
  return spreadMs(ctx.rng, ctx, index, count);
}

/** Instant `index` of `count` over a span, jittered within its slot (see `createdMsAt`). */
export function spreadMs(rng: Rng, span: { startMs: number; endMs: number }, index: number, count: number): number {
  const slot = (span.endMs - span.startMs) / Math.max(1, count);
  return Math.floor(span.startMs + slot * (index + rng.next() * 0.999));
}

export function spanFor(referenceMs: number): { startMs: number; endMs: number } {
  return { startMs: referenceMs - SPAN_YEARS * 365 * DAY_MS, endMs: referenceMs };
}

export function newSeedContext(rng: Rng, referenceMs: number, owners: { pickOwner: (rng: Rng) => string; userIds: string[]; tagIds: string[] }): SeedContext {
  return {
    rng,
    ...spanFor(referenceMs),
    pickOwner: owners.pickOwner,
    userIds: owners.userIds,
    tagIds: owners.tagIds,
    companies: { FR: [], GB: [] },
    lastContactOfCompany: new Map(),
    contactsOfCompany: new Map(),
    dealsOfCompany: new Map(),
    recentContacts: new Recent(2_000),
    recentEmails: new Recent(5_000),
  };
}
