import { encodeHlc } from '../../../src-shared/sync/hlc';
import type { StageKind } from '../../../src-shared/domain/sales';
import type { Core } from '../../core/core';
import { getMeta } from '../../core/meta';
import { write } from '../../core/transactions';
import { prepared } from '../../db/handles';
import { insertRecord } from '../../db/write-path';
import { derivedUuid } from '../common/derived-id';

type Named = { fr: string; en: string };

export const defaultStages: (Named & { key: string; probability: number; kind: StageKind })[] = [
  { key: 'qualification', fr: 'Qualification', en: 'Qualification', probability: 10, kind: 'open' },
  { key: 'discovery', fr: 'Découverte', en: 'Discovery', probability: 25, kind: 'open' },
  { key: 'proposal', fr: 'Proposition', en: 'Proposal', probability: 50, kind: 'open' },
  { key: 'negotiation', fr: 'Négociation', en: 'Negotiation', probability: 75, kind: 'open' },
  { key: 'won', fr: 'Gagné', en: 'Won', probability: 100, kind: 'won' },
  { key: 'lost', fr: 'Perdu', en: 'Lost', probability: 0, kind: 'lost' },
];

const defaultLostReasons: (Named & { key: string })[] = [
  { key: 'price', fr: 'Prix', en: 'Price' },
  { key: 'competitor', fr: 'Concurrent retenu', en: 'Went with a competitor' },
  { key: 'budget', fr: 'Pas de budget', en: 'No budget' },
  { key: 'no-decision', fr: 'Pas de décision', en: 'No decision' },
  { key: 'timing', fr: 'Calendrier', en: 'Timing' },
];

export const DEFAULT_PIPELINE_ID = derivedUuid('default-pipeline');
export const defaultStageId = (key: string) => derivedUuid(`default-pipeline/stage/${key}`);

/**
 * The first pipeline (and the list of lost reasons), made the first time sales are used on a
 * device that has none. Every device derives the same ids and stamps them at the epoch: two
 * devices starting offline converge on one pipeline, and any edit made by someone (a renamed
 * stage, the pipeline deleted) wins over these defaults when the device syncs.
 */
export function ensureSalesDefaults(core: Core): void {
  const hasPipeline = prepared(core.read, 'SELECT 1 FROM pipelines LIMIT 1').get() !== undefined;
  const hasReasons = prepared(core.read, 'SELECT 1 FROM lost_reasons LIMIT 1').get() !== undefined;
  if (hasPipeline && hasReasons) return;
  const language = getMeta(core.db, 'settings.language') === 'en' ? 'en' : 'fr';
  const epoch = encodeHlc({ wallMs: 0, counter: 0 }, core.hlcNode);
  const createdAt = new Date(core.clock.now()).toISOString();
  write(core, (tx) => {
    if (!hasPipeline) {
      insertRecord(tx, 'pipelines', DEFAULT_PIPELINE_ID, { name: language === 'fr' ? 'Ventes' : 'Sales', position: 0, created_at: createdAt }, epoch);
      defaultStages.forEach((stage, position) => {
        insertRecord(
          tx,
          'pipeline_stages',
          defaultStageId(stage.key),
          { pipeline_id: DEFAULT_PIPELINE_ID, name: stage[language], position, probability: stage.probability, kind: stage.kind, created_at: createdAt },
          epoch,
        );
      });
    }
    if (!hasReasons) {
      defaultLostReasons.forEach((reason, position) => {
        insertRecord(tx, 'lost_reasons', derivedUuid(`lost-reason/${reason.key}`), { label: reason[language], position, created_at: createdAt }, epoch);
      });
    }
  });
}
