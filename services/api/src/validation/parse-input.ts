import { z } from 'zod';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { amountProblem, MAX_CENTS, toCents } from '../shared/money.js';

/**
 * Validates service input against its schema. The first problem names the
 * field (`input.website`); all problems are listed in `details.issues`.
 */
export function parseInput<S extends z.ZodType>(schema: S, data: unknown, root = 'input'): z.output<S> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({
    field: [root, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = issues[0] ?? { field: root, message: 'Invalid input' };
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `${first.field}: ${first.message}`, {
    field: first.field,
    reason: 'VALIDATION_FAILED',
    details: { issues },
  });
}

/** Reusable field rules. */
export const rules = {
  text: (max: number, min = 0) => z.string().trim().min(min).max(max),
  optionalText: (max: number) =>
    z
      .string()
      .trim()
      .max(max)
      .nullish()
      .transform((v) => (v ? v : null)),
  url: () =>
    z
      .string()
      .trim()
      .max(300)
      .nullish()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || /^https?:\/\/[^\s/$.?#][^\s]*\.[^\s]{2,}/i.test(v), 'must be an http(s) web address'),
  email: () => z.string().trim().toLowerCase().max(254).pipe(z.email('must be a valid email address')),
  uuid: () => z.uuid('must be a valid id'),
  uuids: () => z.array(z.uuid('must be a valid id')).max(100),
  /** Tags from a vocabulary, goals, organisations of an account: small lists by nature (see MAX_TAGS). */
  tagIds: () => z.array(z.uuid('must be a valid id')).max(50, 'at most 50'),
  isoDate: () =>
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      // Date.parse rolls 2026-02-30 over into March; only a day that prints back the same exists.
      .refine((v) => {
        const time = Date.parse(`${v}T00:00:00Z`);
        return !Number.isNaN(time) && new Date(time).toISOString().startsWith(v);
      }, 'must be a real date'),
  /** Euros as a string with at most two decimals ("1250.50" or "1250,50"), to integer cents; more than zero. */
  amount: () =>
    z
      .string()
      .max(20)
      .superRefine((v, ctx) => {
        const problem = amountProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .transform(toCents)
      .refine((cents) => cents > 0, 'must be more than zero')
      .refine((cents) => cents <= MAX_CENTS, 'is too large'),
};
