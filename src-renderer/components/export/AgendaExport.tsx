import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../src-shared/contract/api';
import { scheduledKinds } from '../../../src-shared/domain/activities';
import { exportFormatsOf } from '../../../src-shared/domain/exports';
import { useLanguage } from '../../i18n/use-language';
import { civilOfLocal, userTimeZone } from '../../lib/agenda-dates';
import { useAgendaStore } from '../../stores/agenda-store';
import { useProfileStore } from '../../stores/profile-store';
import { ExportMenu, type ExportChoice } from './ExportMenu';

/**
 * The Export menu of the agenda's list view: the activities of the days shown, of the agendas
 * and kinds the filters keep (the user's own agenda by default), in time order.
 */
export function AgendaExport() {
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = useAgendaStore((state) => state.window);
  const events = useAgendaStore((state) => state.events.length);
  const request = (choice: ExportChoice): ApiInput<'exports.list'> => {
    const { window, kinds, userIds } = useAgendaStore.getState();
    const me = useProfileStore.getState().profile?.user.id;
    const owners = userIds && userIds.length > 0 ? userIds : me ? [me] : [];
    return {
      entity: 'activity',
      format: choice.format === 'csv' ? 'csv' : 'xlsx',
      source: {
        kind: 'list',
        sort: { field: 'at', dir: 'asc' },
        filters: {
          kinds: kinds ?? [...scheduledKinds],
          ...(owners.length > 0 ? { ownerIds: owners } : {}),
          // `to` is the local midnight after the last day shown.
          ...(window ? { from: civilOfLocal(new Date(window.from)), to: civilOfLocal(new Date(new Date(window.to).getTime() - 1)) } : {}),
        },
      },
      language,
      timeZone: userTimeZone(),
    };
  };
  return (
    <ExportMenu
      formats={exportFormatsOf.activity}
      shownCount={shown ? events : null}
      selectedCount={0}
      request={request}
      shownLabel={t('exports.menu.period')}
      buttonLabel={t('exports.menu.agendaButton')}
      hint={t('exports.menu.agendaHint')}
      testId="agenda-export"
    />
  );
}
