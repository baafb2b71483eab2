import { X } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivityCreateInput } from '../../../src-shared/contract/inputs/activities';
import type { QuickLog } from '../../../src-shared/domain/quick-log';
import { useLanguage } from '../../i18n/use-language';
import type { QuickLogContext } from '../../stores/quick-log-store';
import { IconButton } from '../Button';
import { timingText, todayDate } from '../timeline/activity-format';
import { KindIcon } from '../timeline/KindIcon';
import { linksWith, type QuickLogHit } from './quick-log-input';

export type WhoState = { name: string | null; hits: QuickLogHit[] | null; searching: boolean; chosen: QuickLogHit | null };

type PreviewProps = {
  parsed: QuickLog;
  input: ActivityCreateInput;
  who: WhoState;
  onChooseWho: (hit: QuickLogHit | null) => void;
  pageLinks: QuickLogContext;
  onRemoveLink: (key: keyof QuickLogContext) => void;
  onDropFollowUp: () => void;
};

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="quick-log-row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Who the line names: the best match, changeable among the others or none. */
function WhoChooser({ who, onChoose }: { who: WhoState; onChoose: (hit: QuickLogHit | null) => void }) {
  const { t } = useTranslation();
  if (!who.name) return null;
  if (who.searching) return <span className="muted">{t('activities.quickLog.searching', { name: who.name })}</span>;
  const hits = who.hits ?? [];
  if (hits.length === 0) return <span className="quick-log-warning">{t('activities.quickLog.noMatch', { name: who.name })}</span>;
  return (
    <select
      className="select quick-log-who"
      aria-label={t('activities.quickLog.chooseWho')}
      value={who.chosen ? `${who.chosen.entity}:${who.chosen.id}` : ''}
      onChange={(event) => onChoose(hits.find((hit) => `${hit.entity}:${hit.id}` === event.target.value) ?? null)}
      data-testid="quick-log-who"
    >
      {hits.map((hit) => (
        <option key={`${hit.entity}:${hit.id}`} value={`${hit.entity}:${hit.id}`}>
          {[hit.name, t(`activities.quickLog.record.${hit.entity}`), hit.detail].filter(Boolean).join(' · ')}
        </option>
      ))}
      <option value="">{t('activities.quickLog.noLink')}</option>
    </select>
  );
}

type LinkChipsProps = { links: QuickLogContext; pageLinks: QuickLogContext; onRemoveLink: (key: keyof QuickLogContext) => void };

/** The records the activity will be linked to; those of the page it was opened from can be removed. */
export function LinkChips({ links, pageLinks, onRemoveLink }: LinkChipsProps) {
  const { t } = useTranslation();
  const keys = (['contact', 'company', 'deal'] as const).filter((key) => links[key]);
  if (keys.length === 0) return null;
  return (
    <Row label={t('activities.quickLog.linkedTo')} testId="quick-log-links">
      <span className="quick-log-links">
        {keys.map((key) => {
          const record = links[key];
          if (!record) return null;
          const fromPage = pageLinks[key]?.id === record.id;
          return (
            <span key={key} className="quick-log-link" data-testid={`quick-log-link-${key}`}>
              <span className="faint">{t(`activities.quickLog.record.${key}`)}</span> {record.name}
              {fromPage && <IconButton size="sm" label={t('activities.quickLog.removeLink', { name: record.name })} icon={<X size={12} />} onClick={() => onRemoveLink(key)} />}
            </span>
          );
        })}
      </span>
    </Row>
  );
}

/** What Enter will save: kind, subject, links, when, how long, how it went, and the follow-up. */
export function QuickLogPreview({ parsed, input, who, onChooseWho, pageLinks, onRemoveLink, onDropFollowUp }: PreviewProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const today = todayDate();
  const links = linksWith(pageLinks, who.chosen);
  const logged = input.kind === 'call' || input.kind === 'note' || input.kind === 'email';
  const when = input.timing ? timingText(language, input.timing, today, t('activities.allDay')) : logged ? t('activities.quickLog.now') : t('activities.timeline.undated');
  const followUp = input.followUp;
  return (
    <section className="quick-log-preview" aria-label={t('activities.quickLog.preview')} aria-live="polite">
      <h3 className="quick-log-preview-title">
        <KindIcon kind={input.kind} />
        {t('activities.quickLog.preview')} · {t(`activities.kind.${input.kind}`)}
      </h3>
      <dl>
        <Row label={t('activities.quickLog.subject')} testId="quick-log-subject">
          {input.subject}
        </Row>
        {who.name && (
          <Row label={t('activities.quickLog.who')}>
            <WhoChooser who={who} onChoose={onChooseWho} />
          </Row>
        )}
        <LinkChips links={links} pageLinks={pageLinks} onRemoveLink={onRemoveLink} />
        <Row label={t('activities.quickLog.when')} testId="quick-log-when">
          {when}
        </Row>
        {input.durationMinutes != null && <Row label={t('activities.quickLog.lasted')}>{t('activities.minutes', { count: input.durationMinutes })}</Row>}
        {input.outcome && (
          <Row label={t('activities.quickLog.outcome')} testId="quick-log-outcome">
            {t(`activities.outcome.${input.outcome}`)}
          </Row>
        )}
        {input.direction && <Row label={t('activities.quickLog.direction')}>{t(`activities.direction.${input.direction}`)}</Row>}
        {input.priority && <Row label={t('activities.quickLog.priority')}>{t(`activities.priority.${input.priority}`)}</Row>}
        {followUp && (
          <Row label={t('activities.quickLog.followUp')} testId="quick-log-follow-up">
            <span className="quick-log-follow-up">
              <KindIcon kind={followUp.kind ?? 'task'} size={13} />
              <span>
                {followUp.subject} — {timingText(language, followUp.timing, today, t('activities.allDay'))}
                {parsed.followUp?.dateGuessed && <span className="faint"> ({t('activities.quickLog.nextWorkingDay')})</span>}
              </span>
              <IconButton size="sm" label={t('activities.quickLog.noFollowUp')} icon={<X size={12} />} onClick={onDropFollowUp} data-testid="quick-log-drop-follow-up" />
            </span>
          </Row>
        )}
      </dl>
    </section>
  );
}
