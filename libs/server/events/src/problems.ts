import { createProblemTexts, type ParamProblem } from '@miteinander/server-platform';

/**
 * The events area's message table (field labels and rule texts, de/en, registered in messages.ts). A 400 names every
 * wrong field; a 409 says why something is not possible now (deadline passed, event over, nobody selected …).
 */
const texts = createProblemTexts();

export const registerEventTexts = texts.register;
export const eventProblemsError = (problems: ParamProblem[]) => texts.problemsError(problems);
export const eventConflict = (rule: string, params?: Record<string, string | number>, field = 'status') => texts.conflict(rule, params, field);
export const eventProblemMessage = (p: ParamProblem, lang?: 'de' | 'en') => texts.message(p, lang);
