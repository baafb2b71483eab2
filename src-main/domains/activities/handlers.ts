import { correctedNow } from '../../core/core';
import type { ApiHandlers } from '../../core/dispatch';
import { agendaRange } from './agenda';
import { editOccurrence } from './occurrences';
import { getActivity, listActivities } from './queries';
import { completeActivity, createActivity, setActivitiesDeleted, updateActivity } from './service';
import { recordTimeline } from './timeline';
import { todayView } from './today';

export const activityHandlers = {
  'activities.create': (input, { core }) => createActivity(core, input),
  'activities.update': (input, { core }) => updateActivity(core, input),
  'activities.complete': (input, { core }) => completeActivity(core, input),
  'activities.editOccurrence': (input, { core }) => editOccurrence(core, input),
  'activities.delete': (input, { core }) => setActivitiesDeleted(core, input.ids, true),
  'activities.restore': (input, { core }) => setActivitiesDeleted(core, input.ids, false),
  'activities.get': (input, { core }) => getActivity(core.read, core.userId, input.id),
  'activities.list': (input, { core }) => listActivities(core.read, core.userId, input),
  'activities.timeline': (input, { core }) => recordTimeline(core.read, core.userId, input),
  'agenda.range': (input, { core }) => agendaRange(core.read, core.userId, input),
  'today.get': (input, { core }) => todayView(core.read, core.userId, correctedNow(core), input),
} satisfies Partial<ApiHandlers>;
