import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activityKinds, type ActivityKind } from '../../../src-shared/domain/activities';
import { parseQuickLog, type QuickLog } from '../../../src-shared/domain/quick-log';
import { errorMessage } from '../../i18n/error-message';
import { userTimeZone } from '../../lib/agenda-dates';
import { openActivityDialog } from '../../stores/activity-dialog-store';
import { closeQuickLog, saveQuickLog, useQuickLogStore, type QuickLogContext } from '../../stores/quick-log-store';
import { notify } from '../../stores/toast-store';
import { Button } from '../Button';
import { Dialog } from '../Dialog';
import { civilDateOf, dayLabel, todayDate } from '../timeline/activity-format';
import { KindIcon } from '../timeline/KindIcon';
import { useNow } from '../use-now';
import { useLanguage } from '../../i18n/use-language';
import type { Language } from '../../../src-shared/i18n';
import { whoFinder } from './find-who';
import { createInputOf, linksWith, type QuickLogChoices, type QuickLogHit, type QuickLogWording } from './quick-log-input';
import { LinkChips, QuickLogPreview, type WhoState } from './QuickLogPreview';

/** The quick log, one for the window: Ctrl+L, the palette, and "Log next step" buttons open it. */
export function QuickLogHost() {
  const { open, context, openings } = useQuickLogStore();
  return open ? <QuickLogDialog key={openings} context={context} /> : null;
}

type LinkKey = keyof QuickLogContext;

/** A day label inside a sentence: "mardi", "demain"; English keeps its weekdays' capitals. */
function inSentence(label: string, language: Language): string {
  const relative = /^(?:Today|Tomorrow|Yesterday)$/u.test(label);
  return language === 'fr' || relative ? label.charAt(0).toLocaleLowerCase() + label.slice(1) : label;
}

/** Who the line names: the best match unless the user chose another (or none) for that name. */
function useWho(name: string | null): { state: WhoState; chosen: QuickLogHit | null; choose: (hit: QuickLogHit | null) => void; resolve: () => Promise<QuickLogHit | null> } {
  const find = useMemo(() => whoFinder(), []);
  const [found, setFound] = useState<{ name: string; hits: QuickLogHit[]; failed: boolean } | null>(null);
  const [choice, setChoice] = useState<{ name: string; hit: QuickLogHit | null } | null>(null);
  useEffect(() => {
    if (!name) return;
    let current = true;
    const timer = window.setTimeout(() => {
      find(name).then(
        (hits) => current && setFound({ name, hits, failed: false }),
        () => current && setFound({ name, hits: [], failed: true }),
      );
    }, 150);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [name, find]);
  const hits = found && found.name === name ? found.hits : null;
  const chosenHere = choice && choice.name === name ? choice : null;
  const chosen = !name ? null : chosenHere ? chosenHere.hit : (hits?.[0] ?? null);
  return {
    state: { name, hits, searching: name !== null && hits === null, chosen },
    chosen,
    choose: (hit) => name && setChoice({ name, hit }),
    resolve: async () => {
      if (!name) return null;
      if (chosenHere) return chosenHere.hit;
      try {
        return (await find(name))[0] ?? null;
      } catch {
        return null;
      }
    },
  };
}

function QuickLogDialog({ context }: { context: QuickLogContext }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const nowMs = useNow();
  const timeZone = userTimeZone();
  const [text, setText] = useState('');
  const [kindChosen, setKindChosen] = useState<ActivityKind | null>(null);
  const [dropFollowUp, setDropFollowUp] = useState(false);
  const [removed, setRemoved] = useState<readonly LinkKey[]>([]);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const input = useRef<HTMLInputElement>(null);

  const parsed = useMemo(() => parseQuickLog(text, { now: nowMs, timeZone }), [text, nowMs, timeZone]);
  const who = useWho(parsed.who);
  const kind = kindChosen ?? parsed.kind;
  const wording: QuickLogWording = {
    kindName: (value) => t(`activities.kind.${value}`),
    defaultSubject: (kindName, name) => t('activities.quickLog.defaultSubject', { kind: kindName, name }),
  };
  const pageLinks: QuickLogContext = {
    contact: removed.includes('contact') ? null : context.contact,
    company: removed.includes('company') ? null : context.company,
    deal: removed.includes('deal') ? null : context.deal,
  };
  const choicesWith = (hit: QuickLogHit | null, now: number): QuickLogChoices => ({
    kind,
    links: linksWith(pageLinks, hit),
    unmatchedName: hit ? null : parsed.who,
    keepFollowUp: !dropFollowUp,
    nowMs: now,
    timeZone,
  });
  const preview = createInputOf(parsed, choicesWith(who.chosen, nowMs), wording);
  const empty = text.trim() === '';

  const save = async (fresh: QuickLog) => {
    const hit = await who.resolve();
    const call = createInputOf(fresh, choicesWith(hit, Date.now()), wording);
    setSaving(true);
    setError(null);
    try {
      const activity = await saveQuickLog(call);
      closeQuickLog();
      const kindName = t(`activities.kind.${activity.kind}`);
      const followUp = call.followUp;
      const date = followUp ? inSentence(dayLabel(language, followUp.timing.allDay ? followUp.timing.startDate : civilDateOf(followUp.timing.start), todayDate()), language) : '';
      notify(followUp ? t('activities.quickLog.savedWithFollowUp', { kind: kindName, subject: activity.subject, date }) : t('activities.quickLog.saved', { kind: kindName, subject: activity.subject }));
    } catch (failure) {
      setError(failure);
      input.current?.focus();
    } finally {
      setSaving(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (empty || saving) return;
    void save(parseQuickLog(text, { now: Date.now(), timeZone }));
  };

  const moreDetails = () => {
    closeQuickLog();
    openActivityDialog({
      kind,
      subject: preview.subject,
      ...(preview.timing ? { timing: preview.timing } : {}),
      contactId: preview.contactId ?? null,
      companyId: preview.companyId ?? null,
      dealId: preview.dealId ?? null,
    });
  };

  return (
    <Dialog
      title={t('activities.quickLog.title')}
      onClose={closeQuickLog}
      footer={
        <>
          <Button variant="ghost" onClick={moreDetails} data-testid="quick-log-more">
            {t('activities.quickLog.moreDetails')}
          </Button>
          <span className="quick-log-hint faint small">{t('activities.quickLog.enterHint')}</span>
          <Button onClick={closeQuickLog}>{t('common.cancel')}</Button>
          <Button variant="primary" type="submit" form="quick-log-form" busy={saving} disabled={empty} data-testid="quick-log-save">
            {saving ? t('activities.quickLog.saving') : t('activities.quickLog.save')}
          </Button>
        </>
      }
    >
      <form id="quick-log-form" className="quick-log" onSubmit={submit} data-testid="quick-log">
        <label className="field-label" htmlFor="quick-log-line">
          {t('activities.quickLog.label')}
        </label>
        <input
          ref={input}
          id="quick-log-line"
          className="input quick-log-line"
          data-autofocus
          data-testid="quick-log-input"
          value={text}
          placeholder={t('activities.quickLog.placeholder')}
          onChange={(event) => {
            setText(event.target.value);
            setError(null);
          }}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="quick-log-examples"
        />
        <p id="quick-log-examples" className="field-hint">
          {t('activities.quickLog.examples')}
        </p>
        <div className="quick-log-kinds" role="radiogroup" aria-label={t('activities.quickLog.kindLabel')}>
          {activityKinds.map((value) => (
            <button
              key={value}
              type="button"
              role="radio"
              aria-checked={value === kind}
              className={`kind-chip ${value === kind ? 'kind-chip-on' : ''}`}
              onClick={() => setKindChosen(value)}
              data-testid={`quick-log-kind-${value}`}
            >
              <KindIcon kind={value} size={13} />
              {t(`activities.kind.${value}`)}
            </button>
          ))}
        </div>
        {empty ? (
          <>
            <p className="quick-log-empty muted">{t('activities.quickLog.empty')}</p>
            <dl className="quick-log-context">
              <LinkChips links={pageLinks} pageLinks={pageLinks} onRemoveLink={(key) => setRemoved((keys) => [...keys, key])} />
            </dl>
          </>
        ) : (
          <QuickLogPreview
            parsed={parsed}
            input={preview}
            who={who.state}
            onChooseWho={who.choose}
            pageLinks={pageLinks}
            onRemoveLink={(key) => setRemoved((keys) => [...keys, key])}
            onDropFollowUp={() => setDropFollowUp(true)}
          />
        )}
        {error !== null && (
          <p className="quick-log-error" role="alert" data-testid="quick-log-error">
            {errorMessage(t, error)}
          </p>
        )}
      </form>
    </Dialog>
  );
}
