import type { GrantCallInput } from '@miteinander/contracts';

/** The most an application may request: language courses have their own, lower limit (1,000 € instead of 5,000 €). */
export function requestLimitCents(
  call: Pick<GrantCallInput, 'maxPerProjectCents' | 'maxPerLanguageCourseCents' | 'projectAreas'>,
  projectArea: string | undefined,
): number {
  const area = call.projectAreas.find((a) => a.code === projectArea);
  // The lower of the two, in case a call was set up with the language limit above the project limit.
  return area?.languageCourse ? Math.min(call.maxPerLanguageCourseCents, call.maxPerProjectCents) : call.maxPerProjectCents;
}
