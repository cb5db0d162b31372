import type { AwardCategoryInput, NominationInput } from '@miteinander/contracts';
import type { ParamProblem } from '@miteinander/server-platform';

export const REASON_MIN = 10;
export const REASON_MAX = 2000;
export const CATEGORY_NAME_MAX = 200;
export const CATEGORY_DESCRIPTION_MAX = 2000;

const filled = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** Exactly one nominee (a volunteer or an organisation) and a reason of 10–2000 characters; all problems at once. */
export function nominationProblems(input: Pick<NominationInput, 'volunteerId' | 'organisationId' | 'reason'>): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const hasVolunteer = filled(input.volunteerId);
  const hasOrganisation = filled(input.organisationId);
  if (hasVolunteer === hasOrganisation) problems.push({ field: hasOrganisation ? 'organisationId' : 'volunteerId', rule: 'oneNominee' });
  const reason = (input.reason ?? '').trim();
  if (reason.length < REASON_MIN || reason.length > REASON_MAX) problems.push({ field: 'reason', rule: 'reasonLength', params: { min: REASON_MIN, max: REASON_MAX } });
  return problems;
}

export function categoryProblems(input: AwardCategoryInput): ParamProblem[] {
  const problems: ParamProblem[] = [];
  const name = (input.name ?? '').trim();
  if (name.length < 1 || name.length > CATEGORY_NAME_MAX) problems.push({ field: 'name', rule: 'nameLength', params: { max: CATEGORY_NAME_MAX } });
  if ((input.description ?? '').trim().length > CATEGORY_DESCRIPTION_MAX) problems.push({ field: 'description', rule: 'maxLength', params: { max: CATEGORY_DESCRIPTION_MAX } });
  return problems;
}
