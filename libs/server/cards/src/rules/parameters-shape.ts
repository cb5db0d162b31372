import { z } from 'zod';
import { CARD_RESIDENCE_RULES } from '@miteinander/contracts';

const count = z.number().int();
const nullableCount = count.nullable();

/** The shape of rule parameters (kinds, types, no extra keys); the ranges are the domain's ruleParameterProblems. */
const schema = z
  .object({
    minAge: nullableCount,
    minMonthsActive: count,
    hours: z
      .object({
        window: z.discriminatedUnion('kind', [z.object({ kind: z.literal('calendarYear') }).strict(), z.object({ kind: z.literal('rollingMonths'), months: count }).strict()]),
        minutesPerYear: nullableCount,
        reducedMinutesPerYear: nullableCount,
        minutesPerWeek: nullableCount,
      })
      .strict(),
    maxAllowanceCentsPerMonth: nullableCount,
    maxAllowanceCentsPerYear: nullableCount,
    residence: z.enum(CARD_RESIDENCE_RULES),
    validity: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('months'), months: count }).strict(),
      z.object({ kind: z.literal('fixedEnd'), endDate: z.string() }).strict(),
      z.object({ kind: z.literal('lifetime') }).strict(),
    ]),
    yearlyQuota: nullableCount,
    numberPrefix: z.string(),
  })
  .strict();

/** The first wrong field's path ("hours.window.months"), or null when the shape is right. */
export function parameterShapeProblem(value: unknown): string | null {
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const path = parsed.error.issues[0]?.path.join('.');
  return path || 'parameters';
}

