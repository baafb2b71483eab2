import type { TagRef, UserRef } from './records';

export const stageKinds = ['open', 'won', 'lost'] as const;
export type StageKind = (typeof stageKinds)[number];

export type PipelineStage = { id: string; name: string; position: number; probability: number; kind: StageKind };

export type Pipeline = { id: string; name: string; position: number; stages: PipelineStage[] };

/** An amount in minor units of its currency (see money.ts). */
export type Money = { amountMinor: number; currency: string };

/** Amounts converted to the base currency, saying which rates were used and which were missing. */
export type Converted = { amountMinor: number; currency: string; ratesUsed: { currency: string; rate: string; validFrom: string }[]; missing: string[] };

export type DealCard = {
  id: string;
  title: string;
  stageId: string;
  companyId: string | null;
  companyName: string | null;
  owner: UserRef | null;
  amountMinor: number;
  currency: string;
  /** The deal's own probability, else its stage's. */
  probability: number;
  expectedClose: string | null;
  nextStep: string | null;
  stageEnteredAt: string | null;
};

export type BoardColumn = { stage: PipelineStage; deals: DealCard[]; count: number; total: Converted; weighted: Converted };

export type Board = { pipeline: Pipeline; columns: BoardColumn[]; baseCurrency: string };

export type DealContact = { contactId: string; name: string; role: string | null };

export type StageEntry = { stageId: string; stageName: string | null; enteredAt: string; user: UserRef | null };

export type DealDetail = DealCard & {
  pipelineId: string;
  ownProbability: number | null;
  source: string | null;
  lostReasonId: string | null;
  lostReason: string | null;
  notes: string | null;
  scope: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
  deleted: boolean;
  contacts: DealContact[];
  stageHistory: StageEntry[];
  tags: TagRef[];
};

/** A row of the deals table: the card plus where it stands. */
export type DealListRow = DealCard & {
  pipelineId: string;
  stageName: string;
  stageKind: StageKind;
  tags: TagRef[];
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
};

/** One month of the weighted forecast, in the base currency. */
export type ForecastMonth = { month: string; count: number; total: Converted; weighted: Converted };

/** Open deals by expected close month; deals without a date or already late are kept apart. */
export type Forecast = { baseCurrency: string; months: ForecastMonth[]; overdue: ForecastMonth; undated: ForecastMonth };

export type ExchangeRate = { id: string; currency: string; validFrom: string; rate: string };

export type CurrencySettings = { baseCurrency: string; rates: ExchangeRate[] };

export type LostReason = { id: string; label: string };
