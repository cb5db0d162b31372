import { GRANT_MAX_POINTS, type GrantCriterion, type GrantScoreInput } from '@miteinander/contracts';
import { isInt, isRecord, textProblems, unknownKeyProblems } from './checks';
import { problem, type GrantProblem } from './problem';

export const MAX_SCORE_COMMENT = 2000;

/** Two decimals, as shown in the score sheet; the epsilon keeps 2.675 from becoming 2.67. */
const round2 = (x: number): number => Math.round((x + Number.EPSILON) * 100) / 100;

/**
 * One reviewer's weighted mean over all the call's criteria. Null until every criterion is scored: a half-filled
 * sheet would rank an application on the criteria that happened to be easy.
 */
export function weightedScore(criteria: GrantCriterion[], scores: GrantScoreInput[]): number | null {
  if (criteria.length === 0) return null;
  let weighted = 0;
  let weights = 0;
  for (const c of criteria) {
    const s = scores.find((x) => x.criterion === c.code);
    if (!s || !isInt(s.points, 0, GRANT_MAX_POINTS)) return null;
    weighted += c.weight * s.points;
    weights += c.weight;
  }
  return weights > 0 ? round2(weighted / weights) : null;
}

export interface CriterionStats {
  average: number | null;
  min: number | null;
  max: number | null;
  /** max − min: a large spread tells the coordinator the reviewers disagree. */
  spread: number | null;
}

export function criterionStats(points: number[]): CriterionStats {
  if (points.length === 0) return { average: null, min: null, max: null, spread: null };
  const min = Math.min(...points);
  const max = Math.max(...points);
  return { average: round2(points.reduce((a, b) => a + b, 0) / points.length), min, max, spread: max - min };
}

/** Problems of a reviewer's score sheet (PUT …/scores), all at once; field paths `scores.N.points`. */
export function scoreProblems(criteria: GrantCriterion[], scores: unknown): GrantProblem[] {
  if (!Array.isArray(scores)) return [problem('scores', 'type', { expected: 'array' })];
  const codes = criteria.map((c) => c.code);
  const seen = new Set<string>();
  const problems: GrantProblem[] = [];
  scores.forEach((s: unknown, i) => {
    const at = `scores.${i}`;
    if (!isRecord(s)) {
      problems.push(problem(at, 'type', { expected: 'object' }));
      return;
    }
    problems.push(...unknownKeyProblems(s, ['criterion', 'points', 'comment'], `${at}.`));
    const code = s['criterion'];
    if (typeof code !== 'string' || !codes.includes(code)) problems.push(problem(`${at}.criterion`, 'unknownCriterion'));
    else if (seen.has(code)) problems.push(problem(`${at}.criterion`, 'duplicate'));
    else seen.add(code);
    if (!isInt(s['points'], 0, GRANT_MAX_POINTS)) problems.push(problem(`${at}.points`, 'points', { min: 0, max: GRANT_MAX_POINTS }));
    if (s['comment'] !== undefined) problems.push(...textProblems(s['comment'], `${at}.comment`, MAX_SCORE_COMMENT));
  });
  return problems;
}
