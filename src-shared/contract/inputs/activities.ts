import { z } from 'zod';
import { activityKinds, callOutcomes, directions, MAX_REMINDER_MINUTES, MAX_REMINDERS, taskPriorities } from '../../domain/activities';
import { frequencies, isTimeZone, validateRule, weekdays, type RecurrenceRule } from '../../domain/recurrence';
import { fileIdSchema, idSchema, isoDate, optionalText, paging, shortText, sortDirection } from './common';

/** An IANA zone this runtime knows ("Europe/Paris"). */
export const timeZoneSchema = z.string().max(64).refine(isTimeZone, 'must be a time zone such as Europe/Paris');

const instant = z.iso.datetime({ offset: true });

/** A timed event in a zone, or an all-day one (end date exclusive). */
export const timingSchema = z.discriminatedUnion('allDay', [
  z
    .strictObject({ allDay: z.literal(false), start: instant, end: instant, timeZone: timeZoneSchema })
    .refine((timing) => Date.parse(timing.end) >= Date.parse(timing.start), { message: 'the end cannot be before the start', path: ['end'] }),
  z
    .strictObject({ allDay: z.literal(true), startDate: isoDate, endDate: isoDate })
    .refine((timing) => timing.endDate > timing.startDate, { message: 'the end date comes after the first day (it is exclusive)', path: ['endDate'] }),
]);

const untilSchema = z.union([z.strictObject({ date: isoDate }), z.strictObject({ instant: z.iso.datetime() }), z.strictObject({ local: z.iso.datetime({ local: true }) })]);

const ruleSchema = z
  .strictObject({
    frequency: z.enum(frequencies),
    interval: z.number().int().optional(),
    byDay: z.array(z.strictObject({ weekday: z.enum(weekdays), ordinal: z.number().int().optional() })).max(7 * 10).optional(),
    byMonthDay: z.array(z.number().int()).max(62).optional(),
    byMonth: z.array(z.number().int()).max(12).optional(),
    bySetPos: z.array(z.number().int()).max(366).optional(),
    weekStart: z.enum(weekdays).optional(),
    count: z.number().int().nullable().optional(),
    until: untilSchema.nullable().optional(),
  })
  .superRefine((rule, context) => {
    const problem = validateRule(rule as RecurrenceRule);
    if (problem) context.addIssue({ code: 'custom', message: `the repeat rule is not valid (${problem.code}${problem.part ? ` ${problem.part}` : ''})` });
  });

const subject = shortText(300).pipe(z.string({ error: 'an activity needs a subject' }));
const location = optionalText(300);

const occurrenceKey = z.string().regex(/^\d{8}(T\d{6})?$/, 'must be an occurrence key such as 20270104T090000');

export const recurrenceSchema = z.strictObject({
  rule: ruleSchema,
  exceptions: z.array(occurrenceKey).max(1_000).optional(),
  overrides: z
    .array(
      z.union([
        z.strictObject({ key: occurrenceKey, cancelled: z.literal(true) }),
        z.strictObject({ key: occurrenceKey, cancelled: z.literal(false).optional(), timing: timingSchema, subject: subject.optional(), location }),
      ]),
    )
    .max(1_000)
    .optional(),
});

export const attendeeSchema = z.strictObject({ kind: z.enum(['contact', 'user']), id: idSchema });

const reminderMinutes = z.number().int().min(0).max(MAX_REMINDER_MINUTES, 'a reminder is at most four weeks before');

/** The fields of an activity (which ones apply depends on its kind; the core checks the combination). */
const activityFields = {
  notes: optionalText(20_000),
  ownerId: idSchema.optional(),
  scope: z.string().max(80).nullable().optional(),
  contactId: idSchema.nullable().optional(),
  companyId: idSchema.nullable().optional(),
  dealId: idSchema.nullable().optional(),
  timing: timingSchema.nullable().optional(),
  recurrence: recurrenceSchema.nullable().optional(),
  location,
  attendees: z.array(attendeeSchema).max(200).optional(),
  priority: z.enum(taskPriorities).nullable().optional(),
  direction: z.enum(directions).nullable().optional(),
  durationMinutes: z.number().int().min(0).max(24 * 60).nullable().optional(),
  outcome: z.enum(callOutcomes).nullable().optional(),
  reminders: z.array(reminderMinutes).max(MAX_REMINDERS).optional(),
};

/** A task planned while logging (the follow-up of a call: "follow up Tuesday"). */
export const followUpSchema = z.strictObject({
  kind: z.enum(['task', 'call']).default('task'),
  subject,
  timing: timingSchema,
});

export const activityCreateInput = z.strictObject({
  kind: z.enum(activityKinds),
  subject,
  done: z.boolean().optional(),
  followUpOf: idSchema.nullable().optional(),
  followUp: followUpSchema.optional(),
  ...activityFields,
});
export type ActivityCreateInput = z.input<typeof activityCreateInput>;

export const activityUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject({ subject: subject.optional(), ...activityFields }),
});

export const activityCompleteInput = z.strictObject({ id: idSchema, done: z.boolean() });

/**
 * Changes one occurrence of a series, and only it: cancelled; back as the series has it
 * (`restore`); or given its own time (dragged in the agenda), subject or place — what is not
 * given stays as the occurrence has it. One of the three at a time.
 */
export const occurrenceEditInput = z.strictObject({
  id: idSchema,
  occurrenceKey,
  change: z
    .strictObject({
      cancelled: z.literal(true).optional(),
      restore: z.literal(true).optional(),
      timing: timingSchema.optional(),
      subject: subject.optional(),
      location,
    })
    .superRefine((change, context) => {
      const edits = change.timing !== undefined || change.subject !== undefined || change.location !== undefined;
      if ([change.cancelled === true, change.restore === true, edits].filter(Boolean).length !== 1) {
        context.addIssue({ code: 'custom', message: 'cancel the occurrence, restore it, or change its time, subject or place: one of them' });
      }
    }),
});

/** A window of the agenda: occurrences overlapping [from, to), all-day dates read in `timeZone`. */
export const agendaRangeInput = z
  .strictObject({
    from: instant,
    to: instant,
    timeZone: timeZoneSchema,
    /** Whose events: absent = the current user's. */
    userIds: z.array(idSchema).min(1).max(50).optional(),
    kinds: z.array(z.enum(activityKinds)).max(activityKinds.length).optional(),
  })
  .refine((range) => Date.parse(range.to) > Date.parse(range.from), { message: 'the window ends after it starts', path: ['to'] })
  .refine((range) => Date.parse(range.to) - Date.parse(range.from) <= 400 * 86_400_000, { message: 'at most 400 days at once', path: ['to'] });

export const todayInput = z.strictObject({
  timeZone: timeZoneSchema,
  /** Accounts without an activity for this many days are listed as neglected. */
  neglectedDays: z.number().int().min(1).max(3_650).optional(),
});

export const timelineInput = z.strictObject({
  entity: z.enum(['contact', 'company', 'deal']),
  id: idSchema,
  kinds: z.array(z.enum(activityKinds)).max(activityKinds.length).optional(),
  /** Record changes from the history merged in (on by default). */
  withChanges: z.boolean().default(true),
  /** Items strictly older than this ISO instant (the page before). */
  before: z.string().max(40).optional(),
  limit: z.number().int().min(1).max(200).default(50),
});

export const activitySortFields = ['at', 'subject', 'kind', 'createdAt'] as const;

export const activityListInput = z.strictObject({
  ...paging,
  sort: z.strictObject({ field: z.enum(activitySortFields), dir: sortDirection }).default({ field: 'at', dir: 'desc' }),
  filters: z
    .strictObject({
      q: z.string().max(200).optional(),
      kinds: z.array(z.enum(activityKinds)).max(activityKinds.length).optional(),
      ownerIds: z.array(idSchema).max(50).optional(),
      /** Tasks only: open (not done) or done. */
      status: z.enum(['open', 'done']).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      contactId: idSchema.optional(),
      companyId: idSchema.optional(),
      dealId: idSchema.optional(),
      deleted: z.boolean().default(false),
    })
    .default({ deleted: false }),
});

export const reminderRefInput = z.strictObject({ activityId: idSchema, occurrenceKey: occurrenceKey.nullable() });
export const reminderSnoozeInput = z.strictObject({
  activityId: idSchema,
  occurrenceKey: occurrenceKey.nullable(),
  minutes: z.number().int().min(1).max(7 * 24 * 60),
});

export const icalExportInput = z.strictObject({
  from: isoDate,
  to: isoDate,
  timeZone: timeZoneSchema,
  userIds: z.array(idSchema).min(1).max(50).optional(),
  kinds: z.array(z.enum(activityKinds)).max(activityKinds.length).optional(),
});

export const icalImportInput = z.strictObject({
  fileId: fileIdSchema,
  /** The zone floating times are read in when the file names none. */
  timeZone: timeZoneSchema,
  /** Link the imported meetings to this record. */
  contactId: idSchema.nullable().optional(),
  companyId: idSchema.nullable().optional(),
});
