/**
 * Zod schemas for the model's entities, with the size limits of
 * {@link LIMITS}. Objects are strict: unknown keys (including
 * `__proto__`) are refused rather than silently dropped.
 */
import { z } from 'zod';
import { isCalendarDate } from './dates';
import { LIMITS } from './limits';
import {
  CLASSIFICATIONS,
  CRITICALITIES,
  ID_PATTERN,
  LINE_KINDS,
  POLICY_STATUSES,
  RACI_LETTERS,
  SUBJECT_TYPES,
} from './model';

export const idSchema = z
  .string()
  .regex(ID_PATTERN, 'must be 1 to 64 letters, digits or _ . : -');

/** Trimmed text up to `max` characters. */
export const text = (max: number = LIMITS.shortText) =>
  z.string().max(max, `must be at most ${max} characters`).transform((s) => s.trim());

export const requiredText = (max: number = LIMITS.shortText) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform((s) => s.trim())
    .refine((s) => s.length > 0, 'must not be empty');

export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine(isCalendarDate, 'is not a real calendar date');

export const urlSchema = z
  .string()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .transform((s) => s.trim())
  .refine((s) => s === '' || /^https?:\/\/[^\s]+$/i.test(s), 'must be an http(s) link or empty');

export const raciLetterSchema = z.enum(RACI_LETTERS);
export const subjectTypeSchema = z.enum(SUBJECT_TYPES);
export const lineKindSchema = z.enum(LINE_KINDS);
export const policyStatusSchema = z.enum(POLICY_STATUSES);
export const criticalitySchema = z.enum(CRITICALITIES);
export const classificationSchema = z.enum(CLASSIFICATIONS);
export const assetTypeSchema = z
  .string()
  .max(60, 'must be at most 60 characters')
  .transform((s) => s.trim().toLowerCase())
  .refine((s) => /^[a-z0-9][a-z0-9 _-]*$/.test(s), 'must be a short lower-case word such as "database"');

export const reviewIntervalSchema = z
  .number()
  .int('must be a whole number of months')
  .min(1, 'must be at least 1 month')
  .max(120, 'must be at most 120 months');

export const roleFields = {
  title: requiredText(),
  shortName: text(40),
  function: text(),
  description: text(LIMITS.longText),
};

export const personFields = {
  name: requiredText(),
  email: text(320),
  externalId: text(LIMITS.idLength * 2),
};

export const areaFields = {
  name: requiredText(),
  description: text(LIMITS.longText),
};

export const policyFields = {
  code: text(40),
  title: requiredText(),
  category: text(),
  status: policyStatusSchema,
  version: text(40),
  approverRoleId: idSchema.nullable(),
  reviewIntervalMonths: reviewIntervalSchema.nullable(),
  lastReviewedOn: isoDateSchema.nullable(),
  documentUrl: urlSchema,
};

export const assetFields = {
  name: requiredText(),
  type: assetTypeSchema,
  criticality: criticalitySchema,
  classification: classificationSchema,
  description: text(LIMITS.longText),
};

export const idListSchema = z
  .array(idSchema)
  .max(LIMITS.listItems, `must list at most ${LIMITS.listItems} ids`);
