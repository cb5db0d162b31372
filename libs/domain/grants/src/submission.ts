import type { GrantApplicationData, GrantCallInput, GrantCallStatus } from '@miteinander/contracts';
import { addDays, isCalendarDate } from '@miteinander/domain-calendar';
import { isBlank, isRecord } from './checks';
import { draftShapeProblems } from './draft-shape';
import { GRANT_FORM_FIELDS } from './form-fields';
import { isValidIban } from './iban';
import { requestLimitCents } from './limits';
import { planTotals } from './plan';
import { problem, type GrantProblem, type GrantProblemRule } from './problem';

/** What of a call the submission rules need. */
export type GrantCallRules = Pick<
  GrantCallInput,
  'deadline' | 'minLeadDays' | 'maxPerProjectCents' | 'maxPerLanguageCourseCents' | 'fieldsOfAction' | 'projectAreas'
>;

export interface SubmissionContext {
  /** yyyy-mm-dd in the county's time zone. */
  today: string;
  callStatus: GrantCallStatus;
}

const REQUIRED = [
  'applicantType',
  'title',
  'goals',
  'targetGroup',
  'fieldOfAction',
  'projectArea',
  'municipalityId',
  'startDate',
  'endDate',
  'plannedRefugees',
  'plannedLocals',
  'requestedCents',
  'accountHolder',
  'iban',
] as const;

const MONEY_FIELDS = ['ownContributionCents', 'otherFundingCents', 'requestedCents'];

/** What the rule groups below share: the form, which of its fields are unusable, and where problems go. */
interface Checking {
  call: GrantCallRules;
  data: GrantApplicationData;
  today: string;
  /** Paths with a shape problem (reported already). */
  brokenPaths: Set<string>;
  /** Top-level fields with a shape problem somewhere inside; rules do not build on them. */
  broken: Set<string>;
  add: (field: string, rule: GrantProblemRule, params?: Record<string, string | number>) => void;
}

/**
 * Everything standing between a form and its submission, all at once and in the form's order (call problems
 * first), so the applicant can fix them in one pass. Never throws, whatever the stored JSON holds: a field with a
 * shape problem is reported once and left out of the rules that would build on it.
 */
export function submissionProblems(call: GrantCallRules, data: GrantApplicationData, ctx: SubmissionContext): GrantProblem[] {
  const problems = [...callProblemsAt(call, ctx)];
  const shape = draftShapeProblems(data);
  problems.push(...shape);
  if (!isRecord(data as unknown)) return problems;
  const c: Checking = {
    call,
    data,
    today: ctx.today,
    brokenPaths: new Set(shape.map((p) => p.field)),
    broken: new Set(shape.map((p) => p.field.split('.')[0])),
    add: (field, rule, params) => problems.push(problem(field, rule, params)),
  };
  requiredRules(c);
  placeRules(c);
  dateRules(c);
  costLineRules(c);
  financingRules(c);
  otherRules(c);
  return sortByForm(problems);
}

const usable = <K extends keyof GrantApplicationData>(c: Checking, k: K): GrantApplicationData[K] | undefined => (c.broken.has(k) ? undefined : c.data[k]);

function requiredRules(c: Checking): void {
  for (const field of REQUIRED) if (!c.broken.has(field) && isBlank(c.data[field])) c.add(field, 'required');
  // A private person applies without an organisation; everyone else names theirs.
  if (!c.broken.has('organisationName') && c.data.applicantType !== 'private' && isBlank(c.data.organisationName)) c.add('organisationName', 'required');
}

function placeRules(c: Checking): void {
  const field = usable(c, 'fieldOfAction');
  if (field !== undefined && !c.call.fieldsOfAction.includes(field)) c.add('fieldOfAction', 'notInCall');
  const areaCode = usable(c, 'projectArea');
  if (isBlank(areaCode)) return;
  const area = c.call.projectAreas.find((a) => a.code === areaCode);
  if (!area) c.add('projectArea', 'notInCall');
  else if (field !== undefined && area.fieldOfAction !== field) c.add('projectArea', 'areaNotInField');
}

function dateRules(c: Checking): void {
  const start = usable(c, 'startDate');
  const end = usable(c, 'endDate');
  // A one-day project (end == start) is fine.
  if (start !== undefined && end !== undefined && end < start) c.add('endDate', 'endBeforeStart');
  if (start !== undefined && isCalendarDate(c.today)) {
    const earliest = addDays(c.today, c.call.minLeadDays);
    if (start < earliest) c.add('startDate', 'startTooSoon', { earliest, days: c.call.minLeadDays });
  }
}

/** Lines are looked at one by one: a typo in line 2 must not hide a missing description in line 3. */
function costLineRules(c: Checking): void {
  if (c.brokenPaths.has('costLines')) return;
  const lines = c.data.costLines ?? [];
  if (lines.length === 0) c.add('costLines', 'costLinesRequired');
  lines.forEach((line, i) => {
    const at = (part: string) => `costLines.${i}${part}`;
    if (c.brokenPaths.has(at(''))) return;
    if (!c.brokenPaths.has(at('.category')) && isBlank(line.category)) c.add(at('.category'), 'required');
    if (!c.brokenPaths.has(at('.description')) && isBlank(line.description)) c.add(at('.description'), 'required');
    if (line.amountCents === undefined) c.add(at('.amountCents'), 'required');
  });
}

function financingRules(c: Checking): void {
  const requested = usable(c, 'requestedCents');
  if (requested !== undefined) {
    const limit = requestLimitCents(c.call, usable(c, 'projectArea'));
    if (requested > limit) c.add('requestedCents', 'overLimit', { limit });
  }
  const otherFunding = usable(c, 'otherFundingCents');
  if (otherFunding !== undefined && otherFunding > 0 && !c.broken.has('otherFundingSource') && isBlank(c.data.otherFundingSource)) c.add('otherFundingSource', 'required');

  // Comparing sums only makes sense when every part of the plan is a real amount and there is a plan at all.
  const lines = c.brokenPaths.has('costLines') ? [] : (c.data.costLines ?? []);
  const amountBroken = lines.some((_, i) => c.brokenPaths.has(`costLines.${i}`) || c.brokenPaths.has(`costLines.${i}.amountCents`));
  if (lines.length === 0 || amountBroken || MONEY_FIELDS.some((f) => c.brokenPaths.has(f))) return;
  const totals = planTotals(c.data);
  if (totals.ownContributionCents + totals.otherFundingCents > totals.costsCents) c.add('ownContributionCents', 'financingExceedsCosts');
  else if (totals.computedRequestCents === 0) c.add('requestedCents', 'nothingToFund');
  else if (requested !== undefined && requested !== totals.computedRequestCents) c.add('requestedCents', 'requestedMismatch', { computed: totals.computedRequestCents });
}

function otherRules(c: Checking): void {
  const refugees = usable(c, 'plannedRefugees');
  const locals = usable(c, 'plannedLocals');
  if (refugees !== undefined && locals !== undefined && refugees + locals < 1) c.add('plannedRefugees', 'participantsRequired');
  const iban = usable(c, 'iban');
  if (iban !== undefined && !isBlank(iban) && !isValidIban(iban)) c.add('iban', 'iban');
  // The public page shows the short description, so consenting to it needs one.
  if (usable(c, 'publicConsent') === true && !c.broken.has('shortDescription') && isBlank(c.data.shortDescription)) c.add('shortDescription', 'required');
}

function callProblemsAt(call: GrantCallRules, ctx: SubmissionContext): GrantProblem[] {
  const problems: GrantProblem[] = [];
  if (ctx.callStatus === 'draft') problems.push(problem('call', 'callNotOpen'));
  if (ctx.callStatus === 'paused') problems.push(problem('call', 'callPaused'));
  if (ctx.callStatus === 'closed') problems.push(problem('call', 'callClosed'));
  // The deadline day itself still counts.
  if (ctx.today > call.deadline) problems.push(problem('call', 'deadlinePassed', { deadline: call.deadline }));
  return problems;
}

/** `call` first, then form order, cost lines by their index; unknown keys last. Stable within a field. */
function sortByForm(problems: GrantProblem[]): GrantProblem[] {
  const order = (p: GrantProblem): [number, number] => {
    const [head, index] = p.field.split('.');
    if (head === 'call') return [-1, 0];
    const at = (GRANT_FORM_FIELDS as readonly string[]).indexOf(head);
    const line = head === 'costLines' && index !== undefined ? Number(index) + 1 : 0;
    return [at === -1 ? GRANT_FORM_FIELDS.length : at, Number.isFinite(line) ? line : 0];
  };
  return problems
    .map((p, i) => ({ p, i, o: order(p) }))
    .sort((a, b) => a.o[0] - b.o[0] || a.o[1] - b.o[1] || a.i - b.i)
    .map(({ p }) => p);
}
