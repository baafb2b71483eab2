import { z } from 'zod';
import type { FieldIssueCode } from '../errors';
import { checkDefinition, type SegmentIssueCode } from '../../domain/segments/check';
import { segmentLimits } from '../../domain/segments/limits';
import { segmentEntities, type SegmentDefinition, type SegmentEntity } from '../../domain/segments/types';
import { idSchema } from './common';
import { timeZoneSchema } from './activities';

export const segmentEntitySchema = z.enum(segmentEntities);

const fieldIssueCodes: Record<SegmentIssueCode, FieldIssueCode> = {
  invalid_shape: 'invalid_value',
  unknown_field: 'unknown_field',
  unknown_relation: 'unknown_field',
  unknown_operator: 'invalid_value',
  operator_not_allowed: 'invalid_value',
  invalid_value: 'invalid_value',
  too_deep: 'too_many',
  too_many_conditions: 'too_many',
  too_many_children: 'too_many',
};

/**
 * Typed as a definition for callers; read from whatever was sent by checkDefinition (shape,
 * catalogue, operators, values, bounds), which names each problem's place ("definition.children.0.field").
 */
const definitionField = z.custom<SegmentDefinition>();

function withCheckedDefinition<T extends { entity: SegmentEntity; definition: SegmentDefinition }>(value: T, ctx: z.RefinementCtx): T {
  const check = checkDefinition(value.entity, value.definition);
  if (check.ok) return { ...value, definition: check.definition };
  for (const issue of check.issues) {
    const path = ['definition', ...issue.path.split('.').filter((part) => part !== '').map((part) => (/^\d+$/.test(part) ? Number(part) : part))];
    ctx.addIssue({ code: 'custom', path, message: issue.message, params: { code: fieldIssueCodes[issue.code], segmentCode: issue.code } });
  }
  return z.NEVER;
}

export const segmentListInput = z.strictObject({
  /** Only segments of this list (all when absent). */
  entity: segmentEntitySchema.optional(),
});

export const segmentSaveInput = z
  .strictObject({
    /** Absent: a new segment. */
    id: idSchema.optional(),
    name: z.string().trim().min(1).max(segmentLimits.maxNameLength),
    entity: segmentEntitySchema,
    definition: definitionField,
    /** Seen by the whole office (true) or by its owner only (false). */
    shared: z.boolean().default(false),
  })
  .transform(withCheckedDefinition);

const previewOptions = {
  /** Records listed besides the count (by name). */
  limit: z.number().int().min(0).max(50).default(10),
  /** The user's zone, for relative dates and calendar days (the device's when absent). */
  timeZone: timeZoneSchema.optional(),
};

/** A definition being built (not saved), or a saved segment by id. */
export const segmentPreviewInput = z.union([
  z
    .strictObject({ entity: segmentEntitySchema, definition: definitionField, ...previewOptions })
    .transform(withCheckedDefinition),
  z.strictObject({ segmentId: idSchema, ...previewOptions }),
]);
