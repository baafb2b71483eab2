import { useEffect, useRef, useState } from 'react';
import type { DuplicateCandidate, DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { invoke } from '../../api/client';
import { hasDuplicateClues, type DuplicateCheckDraft } from './duplicate-draft';

/** How long typing must pause before the core is asked. */
export const CHECK_DELAY_MS = 300;
const SHOWN = 3;

/**
 * The possible duplicates of a record being typed: asked once typing pauses, and only the
 * answer to the latest question is kept (an earlier, slower answer arriving late is dropped).
 * A failed check shows nothing: it must never stand in the way of saving.
 */
export function useDuplicateCheck(entity: DuplicateEntity, draft: DuplicateCheckDraft, excludeId?: string): DuplicateCandidate[] {
  const [candidates, setCandidates] = useState<DuplicateCandidate[]>([]);
  const latest = useRef(0);
  const key = JSON.stringify(draft);
  const clues = hasDuplicateClues(draft);

  useEffect(() => {
    latest.current += 1;
    const question = latest.current;
    if (!clues) return;
    const timer = window.setTimeout(() => {
      const typed = JSON.parse(key) as DuplicateCheckDraft;
      invoke('duplicates.check', { entity, draft: typed, limit: SHOWN, ...(excludeId ? { excludeId } : {}) }).then(
        (found) => {
          if (question === latest.current) setCandidates(found.filter((candidate) => candidate.record.id !== excludeId));
        },
        () => {
          if (question === latest.current) setCandidates([]);
        },
      );
    }, CHECK_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [entity, key, excludeId, clues]);

  // An emptied form shows nothing at once; otherwise the last answer stays until the next one.
  return clues ? candidates : [];
}
