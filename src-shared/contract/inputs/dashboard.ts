import { z } from 'zod';
import { timeZoneSchema } from './activities';
import { idSchema } from './common';
import { reportPeriodInput } from './reports';

export const dashboardInput = z.strictObject({
  /** Calendar days, both included; this month when absent. */
  period: reportPeriodInput.optional(),
  /** Salespeople; none: the user (managers and administrators only may ask for others). */
  ownerIds: z.array(idSchema).max(50).default([]),
  /** A team: its members' figures (managers and administrators only). */
  teamId: idSchema.nullable().default(null),
  /** Everyone's figures (managers and administrators only). */
  office: z.boolean().default(false),
  /** The zone the period's days are taken in; this computer's when absent. */
  timeZone: timeZoneSchema.optional(),
});
