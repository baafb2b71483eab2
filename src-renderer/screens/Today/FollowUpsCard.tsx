import { useTranslation } from 'react-i18next';
import type { ActivityListRow } from '../../../src-shared/domain/activities';
import { Card } from '../../components/detail/Card';
import { ActivityLine } from './ActivityLine';

/** Follow-ups planned while logging, due in the next seven days. */
export function FollowUpsCard({ followUps, today }: { followUps: readonly ActivityListRow[]; today: string }) {
  const { t } = useTranslation();
  return (
    <Card title={t('activities.today.followUps')} count={followUps.length} testId="today-follow-ups">
      {followUps.length === 0 ? (
        <p className="faint">{t('activities.today.noFollowUps')}</p>
      ) : (
        <ul className="today-list">
          {followUps.map((row) => (
            <ActivityLine key={row.id} row={row} today={today} testId="today-follow-up" />
          ))}
        </ul>
      )}
    </Card>
  );
}
