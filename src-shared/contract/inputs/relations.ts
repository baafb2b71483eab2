import { z } from 'zod';
import { idSchema, isoDate, optionalText } from './common';

export const linkInput = z.strictObject({
  contactId: idSchema,
  companyId: idSchema,
  role: optionalText(100),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  isPrimary: z.boolean().optional(),
});

export const linkUpdateInput = z.strictObject({
  id: idSchema,
  patch: z.strictObject({
    role: optionalText(100),
    startDate: isoDate.nullable().optional(),
    endDate: isoDate.nullable().optional(),
    isPrimary: z.boolean().optional(),
  }),
});

/** "from reports to to", "from referred to": the kinds read in one direction. */
export const relationKinds = ['referral', 'family', 'reports_to', 'colleague'] as const;
export type RelationKind = (typeof relationKinds)[number];

export const relationAddInput = z.strictObject({
  fromContactId: idSchema,
  toContactId: idSchema,
  kind: z.enum(relationKinds),
  note: optionalText(500),
});
