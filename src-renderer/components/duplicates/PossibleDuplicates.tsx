import { TriangleAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { DuplicateEntity } from '../../../src-shared/domain/duplicates';
import { recordHash } from '../../lib/routes';
import type { DuplicateCheckDraft } from './duplicate-draft';
import { evidenceText, recordContext, reasonsText } from './duplicate-text';
import { useDuplicateCheck } from './use-duplicate-check';

type PossibleDuplicatesProps = {
  entity: DuplicateEntity;
  draft: DuplicateCheckDraft;
  /** The record being edited: never shown as its own duplicate. */
  excludeId?: string | undefined;
  /** Opening an existing record leaves the form (what was typed is not saved). */
  onOpen: () => void;
};

/**
 * "Possible duplicate: Hélène Dupont (ACME, Lyon) — same e-mail", shown in a form as the user
 * types, with a link to the existing record. Saving stays possible: it is a warning, not a block.
 */
export function PossibleDuplicates({ entity, draft, excludeId, onOpen }: PossibleDuplicatesProps) {
  const { t } = useTranslation();
  const candidates = useDuplicateCheck(entity, draft, excludeId);
  return (
    // The live region stays in the page, empty, so that a match appearing is announced.
    <div className="possible-duplicates-region" role="status" aria-live="polite">
      {candidates.length > 0 && (
        <div className="possible-duplicates" data-testid="possible-duplicates">
          <TriangleAlert size={16} aria-hidden="true" className="possible-duplicates-icon" />
          <div className="possible-duplicates-text">
            <strong>{t('duplicates.ui.check.title', { count: candidates.length })}</strong>
            <ul>
              {candidates.map((candidate) => {
                const context = recordContext(candidate.record);
                return (
                  <li key={candidate.record.id} data-testid="possible-duplicate">
                    <a
                      href={recordHash(entity, candidate.record.id)}
                      onClick={onOpen}
                      title={t('duplicates.ui.check.openTitle', { name: candidate.record.displayName })}
                      data-testid="possible-duplicate-link"
                    >
                      {candidate.record.displayName}
                    </a>
                    {context && <span className="muted"> ({context})</span>}
                    <span title={candidate.evidence.map((evidence) => evidenceText(t, evidence)).join('\n')}> — {reasonsText(t, candidate.reasons)}</span>
                  </li>
                );
              })}
            </ul>
            <span className="faint small">{t('duplicates.ui.check.canSave')}</span>
          </div>
        </div>
      )}
    </div>
  );
}
