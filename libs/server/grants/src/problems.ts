import type { GrantProblem } from '@miteinander/domain-grants';
import { createProblemTexts, type AppError } from '@miteinander/server-platform';

/** Parameters that hold money (cents) and are shown in euros. */
const texts = createProblemTexts({ moneyParams: ['limit', 'computed', 'left', 'remaining', 'amount'] });

export const registerGrantTexts = texts.register;
export const problemMessage = (p: GrantProblem, lang?: 'de' | 'en'): string => texts.message(p, lang);
export const grantProblemsError = (problems: GrantProblem[]): AppError => texts.problemsError(problems);
export const grantConflict = (rule: string, params?: Record<string, string | number>, field = 'status'): AppError => texts.conflict(rule, params, field);
