import type { ContactUpdateInput } from '../../../src-shared/contract/inputs/contacts';
import type { Core } from '../../../src-main/core/core';
import { createRng } from '../../../src-main/jobs/seed/rng';
import type { Metrics } from '../suite';
import { latencyMetrics } from '../stats';
import { call, sampleCalls } from './call';

type Patch = ContactUpdateInput['patch'];

const edits: ((i: number) => Patch)[] = [
  (i) => ({ jobTitle: i % 2 ? 'Directrice commerciale' : 'Responsable des achats' }),
  (i) => ({ city: i % 2 ? 'Besançon' : 'Nîmes' }),
  (i) => ({ notes: `Rappelé le ${String((i % 28) + 1).padStart(2, '0')}/11, intéressé par l’offre.` }),
  (i) => ({ source: i % 2 ? 'Salon professionnel' : 'Recommandation' }),
  (i) => ({ consentEmail: i % 2 ? 'granted' : 'refused' }),
  (i) => ({ lastName: i % 2 ? 'Lefèvre' : 'Lefebvre' }),
];

/** Single-field `contacts.update` edits through the handlers: change capture, search index, read back. */
export async function measureEdits(core: Core, samples: number): Promise<Metrics> {
  const rng = createRng(3);
  const maxRowid = core.db.prepare('SELECT max(rowid) FROM contacts').pluck().get() as number;
  const idAt = core.db.prepare('SELECT id FROM contacts WHERE rowid = ? AND deleted = 0').pluck();
  const ids = Array.from({ length: 2000 }, () => idAt.get(1 + rng.int(maxRowid)) as string | undefined).filter((id): id is string => id !== undefined);
  const times = await sampleCalls(samples, (i) => {
    const id = ids[rng.int(ids.length)] as string;
    const edit = edits[rng.int(edits.length)] as (i: number) => Patch;
    return call(core, 'contacts.update', { id, patch: edit(Math.abs(i)) });
  });
  return { ...latencyMetrics('edit', times), edit_samples: times.length };
}
