import type { ApiProblem } from '../../core/api/api-problem';

/** How a page behind an emailed link stands: still loading, working, or the link does not (or no longer) work. */
export type LinkState = 'loading' | 'ready' | 'unknown' | 'replaced' | 'failed';

/** 404: a link we never made (or mistyped); 410: replaced by a newer mail or withdrawn. Otherwise null. */
export function brokenLink(problem: ApiProblem): 'unknown' | 'replaced' | null {
  if (problem.status === 404) return 'unknown';
  if (problem.status === 410) return 'replaced';
  return null;
}
