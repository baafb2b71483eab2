import type { SearchHit } from '../../src-shared/domain/records';
import type { Language } from '../../src-shared/i18n';
import { formatShortCalendarDate, formatShortDate } from '../lib/format';
import type { Route } from '../lib/routes';

/** The page a hit opens: its own, or for an activity the record it is about. */
export const hitRoute = (hit: SearchHit): Route => ({ name: hit.opens.entity, id: hit.opens.id });

/** The palette's sections of hits, in the order the core returns them. */
export type HitSection = 'records' | 'deals' | 'activities';

export const hitSection = (hit: SearchHit): HitSection => (hit.entity === 'deal' ? 'deals' : hit.entity === 'activity' ? 'activities' : 'records');

/** The line under a hit's title; an activity's says what it is about and when. */
export function hitSubtitle(lang: Language, hit: SearchHit): string | null {
  const when = hit.activity?.at ? (hit.activity.allDay ? formatShortCalendarDate(lang, hit.activity.at) : formatShortDate(lang, hit.activity.at)) : '';
  return [hit.subtitle, when].filter(Boolean).join(' · ') || null;
}
