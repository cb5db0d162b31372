import { APPLICANT_TYPES, COST_CATEGORIES, FIELDS_OF_ACTION, type GrantApplicationData } from '@miteinander/contracts';
import { KEY_PATTERN, centsProblems, dateProblems, intProblems, isRecord, oneOfProblems, textProblems, unknownKeyProblems } from './checks';
import { COST_LINE_FIELDS, GRANT_FORM_FIELDS } from './form-fields';
import { problem, type GrantProblem } from './problem';

export const MAX_COST_LINES = 50;
export const MAX_PARTICIPANTS = 100_000;
/** Municipality ids are PostgreSQL integers. */
const MAX_ID = 2_147_483_647;

type FieldCheck = (value: unknown, field: string) => GrantProblem[];

const text = (max: number): FieldCheck => (v, f) => textProblems(v, f, max);
const oneOf = (values: readonly string[]): FieldCheck => (v, f) => oneOfProblems(v, f, values);
const cents: FieldCheck = (v, f) => centsProblems(v, f);
const participants: FieldCheck = (v, f) => intProblems(v, f, 0, MAX_PARTICIPANTS);

/** Per field what a saved value must look like; completeness is the submission's business, not the autosave's. */
const FIELD_CHECKS: Record<keyof GrantApplicationData, FieldCheck> = {
  applicantType: oneOf(APPLICANT_TYPES),
  organisationName: text(200),
  cooperatingOrganisation: text(200),
  contactPhone: text(200),
  title: text(200),
  goals: text(4000),
  targetGroup: text(4000),
  fieldOfAction: oneOf(FIELDS_OF_ACTION),
  projectArea: text(200),
  municipalityId: (v, f) => intProblems(v, f, 1, MAX_ID),
  startDate: dateProblems,
  endDate: dateProblems,
  plannedRefugees: participants,
  plannedLocals: participants,
  costLines: costLinesProblems,
  ownContributionCents: cents,
  otherFundingCents: cents,
  otherFundingSource: text(200),
  requestedCents: cents,
  accountHolder: text(200),
  iban: text(40),
  publicConsent: (v, f) => (typeof v === 'boolean' ? [] : [problem(f, 'type', { expected: 'boolean' })]),
  shortDescription: text(500),
};

/**
 * Type and range problems of a (possibly incomplete) application form, all at once. Runs on every autosave, so it
 * never asks for missing fields; an absent key is fine, a present one must be well-formed (null included: the
 * client omits a field it wants empty).
 */
export function draftShapeProblems(data: unknown): GrantProblem[] {
  if (!isRecord(data)) return [problem('data', 'type', { expected: 'object' })];
  const problems = unknownKeyProblems(data, GRANT_FORM_FIELDS, '');
  for (const field of GRANT_FORM_FIELDS) {
    if (data[field] !== undefined) problems.push(...FIELD_CHECKS[field](data[field], field));
  }
  return problems;
}

/**
 * Cost lines: each needs its stable id from the start (the final report refers to it); the other parts may still
 * be missing in a draft but must be well-formed when present.
 */
function costLinesProblems(value: unknown, field: string): GrantProblem[] {
  if (!Array.isArray(value)) return [problem(field, 'type', { expected: 'array' })];
  if (value.length > MAX_COST_LINES) return [problem(field, 'tooMany', { max: MAX_COST_LINES })];
  const problems: GrantProblem[] = [];
  const seen = new Set<string>();
  value.forEach((line: unknown, i) => {
    const at = `${field}.${i}`;
    if (!isRecord(line)) {
      problems.push(problem(at, 'type', { expected: 'object' }));
      return;
    }
    problems.push(...unknownKeyProblems(line, COST_LINE_FIELDS, `${at}.`));
    if (typeof line['id'] !== 'string' || !KEY_PATTERN.test(line['id'])) problems.push(problem(`${at}.id`, 'pattern'));
    else if (seen.has(line['id'])) problems.push(problem(`${at}.id`, 'duplicate'));
    else seen.add(line['id']);
    if (line['category'] !== undefined) problems.push(...oneOfProblems(line['category'], `${at}.category`, COST_CATEGORIES));
    if (line['description'] !== undefined) problems.push(...textProblems(line['description'], `${at}.description`, 300));
    if (line['amountCents'] !== undefined) problems.push(...centsProblems(line['amountCents'], `${at}.amountCents`));
  });
  return problems;
}
