import type { Core } from '../../core/core';
import { write } from '../../core/transactions';
import { baseCurrency } from '../../domains/currency/rates';
import { DEFAULT_PIPELINE_ID, ensureSalesDefaults } from '../../domains/pipelines/defaults';
import { listLostReasons, listPipelines } from '../../domains/pipelines/queries';
import { readQuoteSettings } from '../../domains/quotes/settings';
import { seedCatalogue, type Catalogue } from './catalogue';
import { SeedQuoteNumbers } from './quote-numbers';
import { seedExchangeRates } from './rates';
import type { Rng } from './rng';
import { dealTagWeights, type Tagging } from './tags';

export type StageRef = { id: string; probability: number };

/** What the sales generators need: the pipeline's stages by kind, lost reasons, the catalogue, quote defaults. */
export type SalesSetup = {
  /** The sales part's own random stream: adding it left the contacts and companies of a seed as they were. */
  rng: Rng;
  pipelineId: string;
  /** In order. */
  openStages: StageRef[];
  wonStage: StageRef | null;
  lostStage: StageRef | null;
  lostReasonIds: string[];
  catalogue: Catalogue;
  validityDays: number;
  terms: string | null;
  numbers: SeedQuoteNumbers;
  tagging: Tagging;
  /** Records written by the setup (rates, products, price lists and their items). */
  written: number;
};

const stageRef = (stage: { id: string; probability: number }): StageRef => ({ id: stage.id, probability: stage.probability });

/**
 * The sales ground the deals stand on: the default pipeline and lost reasons (the app's own,
 * made as on first use), monthly exchange rates, the catalogue and its price lists. Deals go to
 * the default pipeline, else to the first one with an open stage.
 */
export function prepareSales(core: Core, rng: Rng, span: { startMs: number; endMs: number }, tagIds: readonly string[], productCount: number): SalesSetup {
  ensureSalesDefaults(core);
  const pipelines = listPipelines(core.read).filter((candidate) => candidate.stages.some((stage) => stage.kind === 'open'));
  const pipeline = pipelines.find((candidate) => candidate.id === DEFAULT_PIPELINE_ID) ?? pipelines[0];
  if (!pipeline) throw new Error('no pipeline with an open stage to put the seeded deals in');
  const won = pipeline.stages.find((stage) => stage.kind === 'won');
  const lost = pipeline.stages.find((stage) => stage.kind === 'lost');
  const settings = readQuoteSettings(core.read);
  const { catalogue, rates } = write(core, (tx) => ({
    rates: seedExchangeRates(tx, rng, span, baseCurrency(core.read)),
    catalogue: seedCatalogue(tx, rng, span, productCount),
  }));
  return {
    rng,
    pipelineId: pipeline.id,
    openStages: pipeline.stages.filter((stage) => stage.kind === 'open').map(stageRef),
    wonStage: won ? stageRef(won) : null,
    lostStage: lost ? stageRef(lost) : null,
    lostReasonIds: listLostReasons(core.read).map((reason) => reason.id),
    catalogue,
    validityDays: settings.defaultValidityDays,
    terms: settings.defaultTerms,
    numbers: new SeedQuoteNumbers(),
    tagging: { rng, tagIds, weights: dealTagWeights, share: 0.2 },
    written: rates + catalogue.written,
  };
}
