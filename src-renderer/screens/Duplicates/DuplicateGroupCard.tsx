import { Combine } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup, DuplicatePair } from '../../../src-shared/domain/duplicates';
import { Button } from '../../components/Button';
import { evidenceText, reasonLabel, scoreLevel, scorePercent } from '../../components/duplicates/duplicate-text';
import { useLanguage } from '../../i18n/use-language';
import { dismissPair } from '../../stores/duplicates-actions';
import { DuplicateRecordsTable } from './DuplicateRecordsTable';

type DuplicateGroupCardProps = {
  group: DuplicateGroup;
  /** Opens the merge dialog on two records, the likely survivor first. */
  onMerge: (ids: [string, string]) => void;
};

function Score({ score }: { score: number }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const level = scoreLevel(score);
  return (
    <span className={`badge duplicate-score duplicate-score-${level}`} title={t(`duplicates.ui.score.${level}`)} data-testid="duplicate-score">
      {scorePercent(lang, score)}
    </span>
  );
}

/** One pair of look-alike records: why, and what to do ("Not duplicates", "Merge…"). */
function PairLine({ group, pair, onMerge }: { group: DuplicateGroup; pair: DuplicatePair; onMerge: DuplicateGroupCardProps['onMerge'] }) {
  const { t } = useTranslation();
  const [dismissing, setDismissing] = useState(false);
  const several = group.records.length > 2;
  const position = (id: string) => group.records.findIndex((record) => record.id === id);
  const ordered = [...pair.ids].sort((a, b) => position(a) - position(b)) as [string, string];
  const name = (id: string) => group.records.find((record) => record.id === id)?.displayName ?? '';
  const names = t('duplicates.ui.pairNames', { a: name(ordered[0]), b: name(ordered[1]) });
  return (
    <li className="duplicate-pair" data-testid="duplicate-pair">
      {several && (
        <>
          <Score score={pair.score} />
          <span className="duplicate-pair-names">{names}</span>
        </>
      )}
      <span className="duplicate-evidence muted">{pair.evidence.map((evidence) => evidenceText(t, evidence)).join(' · ')}</span>
      <span className="duplicate-pair-actions">
        <Button
          size="sm"
          variant="ghost"
          busy={dismissing}
          onClick={() => {
            setDismissing(true);
            void dismissPair(group.entity, pair).finally(() => setDismissing(false));
          }}
          aria-label={t('duplicates.ui.dismiss.label', { names })}
          data-testid="duplicate-dismiss"
        >
          {t('duplicates.ui.dismiss.button')}
        </Button>
        <Button size="sm" icon={<Combine size={14} />} onClick={() => onMerge(ordered)} aria-label={t('duplicates.ui.merge.label', { names })} data-testid="duplicate-merge">
          {t('duplicates.ui.merge.button')}
        </Button>
      </span>
    </li>
  );
}

/** A group of records that look like one another: score, reasons, the records, and their pairs. */
export function DuplicateGroupCard({ group, onMerge }: DuplicateGroupCardProps) {
  const { t } = useTranslation();
  return (
    <li className="card duplicate-group" data-testid="duplicate-group" aria-label={group.records.map((record) => record.displayName).join(', ')}>
      <header className="duplicate-group-head">
        <Score score={group.score} />
        <span className="duplicate-reasons">
          {group.reasons.map((reason) => (
            <span key={reason} className="badge duplicate-reason">
              {reasonLabel(t, reason)}
            </span>
          ))}
        </span>
        <span className="faint small duplicate-group-count">{t('duplicates.ui.groupRecords', { count: group.records.length })}</span>
      </header>
      <DuplicateRecordsTable group={group} />
      <ul className="duplicate-pairs">
        {group.pairs.map((pair) => (
          <PairLine key={pair.key} group={group} pair={pair} onMerge={onMerge} />
        ))}
      </ul>
    </li>
  );
}
