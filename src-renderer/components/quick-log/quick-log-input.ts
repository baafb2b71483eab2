/**
 * From what the quick log read to the `activities.create` call it makes: the kind the user kept
 * or chose, the records it is linked to, a subject when the line gave none, and what each kind
 * takes (a call its duration and outcome, a meeting its hour, a task its priority).
 */
import type { ActivityCreateInput } from '../../../src-shared/contract/inputs/activities';
import type { ActivityKind } from '../../../src-shared/domain/activities';
import type { QuickLog } from '../../../src-shared/domain/quick-log';
import type { EventTiming } from '../../../src-shared/domain/recurrence';
import type { QuickLogContext, QuickLogRecord } from '../../stores/quick-log-store';

/** A contact or company found for the name the line gave. */
export type QuickLogHit = QuickLogRecord & { entity: 'contact' | 'company'; detail: string | null };

/** A meeting or visit given a start without an end lasts this long. */
export const DEFAULT_MEETING_MINUTES = 60;

export type QuickLogChoices = {
  kind: ActivityKind;
  /** The records it is linked to: the page's, and whoever the line named. */
  links: QuickLogContext;
  /** The name as typed, when it matched nobody (it then names the activity). */
  unmatchedName: string | null;
  keepFollowUp: boolean;
  nowMs: number;
  timeZone: string;
};

export type QuickLogWording = { kindName: (kind: ActivityKind) => string; defaultSubject: (kind: string, name: string) => string };

/** The page's records, with whoever the line named in its place (a contact's page and "Acme": both). */
export function linksWith(context: QuickLogContext, who: QuickLogHit | null): QuickLogContext {
  if (!who) return context;
  const record = { id: who.id, name: who.name };
  return who.entity === 'contact' ? { ...context, contact: record } : { ...context, company: record };
}

const iso = (ms: number) => new Date(ms).toISOString();

function timingFor(kind: ActivityKind, parsed: QuickLog, choices: QuickLogChoices): EventTiming | null {
  const timing = parsed.timing;
  if (kind !== 'meeting' && kind !== 'visit') return timing;
  const minutes = parsed.durationMinutes ?? DEFAULT_MEETING_MINUTES;
  // A meeting or visit without a time is one that just ended.
  if (!timing) return { allDay: false, start: iso(choices.nowMs - minutes * 60_000), end: iso(choices.nowMs), timeZone: choices.timeZone };
  if (!timing.allDay && timing.end === timing.start) return { ...timing, end: iso(Date.parse(timing.start) + minutes * 60_000) };
  return timing;
}

/** What names the activity when the line gave no subject: "Appel – Jean Dupont", or the kind. */
export function subjectOf(parsed: QuickLog, choices: QuickLogChoices, wording: QuickLogWording): string {
  if (parsed.subject) return parsed.subject;
  const { links } = choices;
  const name = (choices.kind === 'task' ? null : choices.unmatchedName) ?? links.contact?.name ?? links.company?.name ?? links.deal?.name ?? null;
  const kind = wording.kindName(choices.kind);
  return name ? wording.defaultSubject(kind, name) : kind;
}

/** The call to make. */
export function createInputOf(parsed: QuickLog, choices: QuickLogChoices, wording: QuickLogWording): ActivityCreateInput {
  const { kind, links } = choices;
  const input: ActivityCreateInput = { kind, subject: subjectOf(parsed, choices, wording).slice(0, 300) };
  const timing = timingFor(kind, parsed, choices);
  if (timing) input.timing = timing;
  if (links.contact) input.contactId = links.contact.id;
  if (links.company) input.companyId = links.company.id;
  if (links.deal) input.dealId = links.deal.id;
  if (kind === 'call') {
    if (parsed.durationMinutes !== null) input.durationMinutes = parsed.durationMinutes;
    if (parsed.outcome) input.outcome = parsed.outcome;
  }
  if ((kind === 'call' || kind === 'email') && parsed.direction) input.direction = parsed.direction;
  if (kind === 'task' && parsed.priority) input.priority = parsed.priority;
  if (kind !== 'task' && parsed.followUp && choices.keepFollowUp) {
    input.followUp = { kind: parsed.followUp.kind, subject: parsed.followUp.subject, timing: parsed.followUp.timing };
  }
  return input;
}
