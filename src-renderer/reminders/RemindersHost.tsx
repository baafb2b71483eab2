import { BellRing } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { on } from '../api/client';
import { Button } from '../components/Button';
import { reminderKey, useRemindersStore } from '../stores/reminders-store';
import { notify } from '../stores/toast-store';
import { askForNotifications, canOfferNotifications, notifyInBrowser } from './browser-notifications';
import { openReminderActivity } from './open-reminder';
import { ReminderCard } from './ReminderCard';

/** Cards shown before "+ N more". */
const SHOWN = 3;
/** Changes arriving together (a sync, an answer and its event) ask the core once. */
const RELOAD_AFTER_MS = 250;

/**
 * Follows the reminders: what is pending when the window opens, each reminder as it rings
 * (a card here; in browser mode also a browser notification, once allowed), answers made
 * elsewhere (another device, another window) as activities change.
 */
function useFollowReminders(): void {
  useEffect(() => {
    const store = useRemindersStore.getState();
    void store.load();
    let timer: number | null = null;
    const stops = [
      on('reminder.due', (reminder) => {
        useRemindersStore.getState().received(reminder);
        notifyInBrowser(reminder, openReminderActivity);
      }),
      on('reminder.open', openReminderActivity),
      on('data.changed', ({ entity }) => {
        // Only cards on screen can be answered or deleted elsewhere; new reminders come as reminder.due.
        if (entity !== 'activity' || timer !== null || useRemindersStore.getState().cards.length === 0) return;
        timer = window.setTimeout(() => {
          timer = null;
          void useRemindersStore.getState().load();
        }, RELOAD_AFTER_MS);
      }),
    ];
    return () => {
      if (timer !== null) window.clearTimeout(timer);
      for (const stop of stops) stop();
    };
  }, []);
}

/** The reminder cards, bottom right, above every screen. */
export function RemindersHost() {
  const { t } = useTranslation();
  const cards = useRemindersStore((state) => state.cards);
  const [expanded, setExpanded] = useState(false);
  const [offer, setOffer] = useState(canOfferNotifications);
  useFollowReminders();

  if (cards.length === 0) return null;
  const shown = expanded ? cards : cards.slice(0, SHOWN);
  const hidden = cards.length - shown.length;
  return (
    <section className="reminders" aria-label={t('reminders.region')} data-testid="reminders">
      <div className="reminders-list" aria-live="polite">
        {shown.map((reminder) => (
          <ReminderCard key={reminderKey(reminder)} reminder={reminder} />
        ))}
      </div>
      {(hidden > 0 || expanded || cards.length > 1 || offer) && (
        <div className="reminders-footer">
          {hidden > 0 && (
            <button type="button" className="reminders-link" onClick={() => setExpanded(true)}>
              {t('reminders.more', { count: hidden })}
            </button>
          )}
          {expanded && cards.length > SHOWN && (
            <button type="button" className="reminders-link" onClick={() => setExpanded(false)}>
              {t('reminders.showFewer')}
            </button>
          )}
          {cards.length > 1 && (
            <Button size="sm" variant="ghost" onClick={() => void useRemindersStore.getState().dismissAll()}>
              {t('reminders.dismissAll')}
            </Button>
          )}
          {offer && (
            <button
              type="button"
              className="reminders-link reminders-offer"
              onClick={() => {
                setOffer(false);
                void askForNotifications().then((permission) => {
                  if (permission === 'denied') notify(t('reminders.notificationsBlocked'), 'info');
                });
              }}
            >
              <BellRing size={13} aria-hidden="true" />
              {t('reminders.enableNotifications')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
