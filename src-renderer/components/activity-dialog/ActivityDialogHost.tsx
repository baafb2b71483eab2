import { closeActivityDialog, useActivityDialogStore } from '../../stores/activity-dialog-store';
import { ActivityDialog } from './ActivityDialog';

/** Shows the activity dialog when something asked for it (openActivityDialog). */
export function ActivityDialogHost() {
  const request = useActivityDialogStore((state) => state.request);
  const openings = useActivityDialogStore((state) => state.openings);
  if (!request) return null;
  return <ActivityDialog key={openings} request={request} onClose={closeActivityDialog} />;
}
