import { FIELDS_OF_ACTION, type GrantCallInput } from '@miteinander/contracts';
import { KEY_PATTERN, dateProblems, intProblems, isInt, isRecord, textProblems, unknownKeyProblems } from './checks';
import { problem, type GrantProblem } from './problem';

/** Up to 100 M € per call: a typo guard, the county's budgets are far smaller. */
const MAX_BUDGET_CENTS = 10_000_000_000;
const MAX_AREAS = 100;
const MAX_CRITERIA = 20;

/** A new call as the programme has run so far: 5,000 € per project, 1,000 € per language course, due 31 October. */
export function defaultCallInput(year: number): GrantCallInput {
  return {
    year,
    title: `Mikroprojekte ${year}`,
    totalBudgetCents: 5_000_000,
    maxPerProjectCents: 500_000,
    maxPerLanguageCourseCents: 100_000,
    deadline: `${year}-10-31`,
    minLeadDays: 14,
    fieldsOfAction: [...FIELDS_OF_ACTION],
    projectAreas: [
      { code: 'sprachkurs', label: 'Sprachkurs', fieldOfAction: 'language', languageCourse: true },
      { code: 'sprachmittlung', label: 'Sprachmittlung', fieldOfAction: 'language', languageCourse: false },
      { code: 'lernpatenschaft', label: 'Lernpatenschaft', fieldOfAction: 'education', languageCourse: false },
      { code: 'bildungsangebot', label: 'Bildungsangebot', fieldOfAction: 'education', languageCourse: false },
      { code: 'arbeitsmarktintegration', label: 'Arbeitsmarktintegration', fieldOfAction: 'work', languageCourse: false },
      { code: 'begegnungsprojekt', label: 'Begegnungsprojekt', fieldOfAction: 'cohesion', languageCourse: false },
      { code: 'ausflug', label: 'Ausflug', fieldOfAction: 'cohesion', languageCourse: false },
      { code: 'nachbarschaftsfest', label: 'Nachbarschaftsfest', fieldOfAction: 'cohesion', languageCourse: false },
      { code: 'familienpatenschaft', label: 'Familienpatenschaft', fieldOfAction: 'cohesion', languageCourse: false },
    ],
    criteria: [
      { code: 'bedarf', label: 'Bedarf', weight: 30 },
      { code: 'wirkung', label: 'Wirkung', weight: 30 },
      { code: 'beteiligung', label: 'Beteiligung Geflüchteter', weight: 20 },
      { code: 'nachhaltigkeit', label: 'Nachhaltigkeit', weight: 20 },
    ],
    reportMonths: 6,
  };
}

const CALL_FIELDS = [
  'year',
  'title',
  'totalBudgetCents',
  'maxPerProjectCents',
  'maxPerLanguageCourseCents',
  'deadline',
  'minLeadDays',
  'fieldsOfAction',
  'projectAreas',
  'criteria',
  'reportMonths',
] as const satisfies readonly (keyof GrantCallInput)[];

/** Everything wrong with a call's settings, all at once (POST/PATCH /grants/calls). Every field is required. */
export function callProblems(input: unknown): GrantProblem[] {
  if (!isRecord(input)) return [problem('call', 'type', { expected: 'object' })];
  const problems = unknownKeyProblems(input, CALL_FIELDS, '');
  const present = (f: string) => {
    if (input[f] === undefined) problems.push(problem(f, 'required'));
    return input[f] !== undefined;
  };

  if (present('year')) problems.push(...intProblems(input['year'], 'year', 2000, 2100));
  if (present('title')) problems.push(...titleProblems(input['title'], 'title', 200));

  const budget = input['totalBudgetCents'];
  if (present('totalBudgetCents')) problems.push(...intProblems(budget, 'totalBudgetCents', 1, MAX_BUDGET_CENTS));
  const project = input['maxPerProjectCents'];
  for (const f of ['maxPerProjectCents', 'maxPerLanguageCourseCents']) {
    if (!present(f)) continue;
    const v = input[f];
    if (!isInt(v, 1, MAX_BUDGET_CENTS)) problems.push(problem(f, 'range', { min: 1, max: MAX_BUDGET_CENTS }));
    else if (isInt(budget, 1, MAX_BUDGET_CENTS) && v > budget) problems.push(problem(f, 'notAboveBudget', { limit: budget }));
    else if (f === 'maxPerLanguageCourseCents' && isInt(project, 1, MAX_BUDGET_CENTS) && v > project) problems.push(problem(f, 'notAboveProjectLimit', { limit: project }));
  }

  if (present('deadline')) problems.push(...dateProblems(input['deadline'], 'deadline'));
  if (present('minLeadDays')) problems.push(...intProblems(input['minLeadDays'], 'minLeadDays', 0, 365));
  if (present('reportMonths')) problems.push(...intProblems(input['reportMonths'], 'reportMonths', 1, 36));

  const fields = present('fieldsOfAction') ? fieldsOfActionProblems(input['fieldsOfAction'], problems) : [];
  if (present('projectAreas')) problems.push(...areaProblems(input['projectAreas'], fields));
  if (present('criteria')) problems.push(...criterionProblems(input['criteria']));
  return problems;
}

/** Non-empty text up to `max` characters. */
function titleProblems(value: unknown, field: string, max: number): GrantProblem[] {
  if (typeof value === 'string' && value.trim() === '') return [problem(field, 'required')];
  return textProblems(value, field, max);
}

/** Pushes its problems and returns the valid fields, which the areas must stay within. */
function fieldsOfActionProblems(value: unknown, problems: GrantProblem[]): string[] {
  if (!Array.isArray(value)) {
    problems.push(problem('fieldsOfAction', 'type', { expected: 'array' }));
    return [];
  }
  if (value.length === 0) problems.push(problem('fieldsOfAction', 'required'));
  const valid: string[] = [];
  value.forEach((f: unknown, i) => {
    if (typeof f !== 'string' || !(FIELDS_OF_ACTION as readonly string[]).includes(f)) problems.push(problem(`fieldsOfAction.${i}`, 'oneOf'));
    else if (valid.includes(f)) problems.push(problem(`fieldsOfAction.${i}`, 'duplicate'));
    else valid.push(f);
  });
  return valid;
}

/** An application must name an area, so a call needs at least one; each area sits in one of the call's fields. */
function areaProblems(value: unknown, fields: string[]): GrantProblem[] {
  if (!Array.isArray(value)) return [problem('projectAreas', 'type', { expected: 'array' })];
  if (value.length === 0) return [problem('projectAreas', 'required')];
  if (value.length > MAX_AREAS) return [problem('projectAreas', 'tooMany', { max: MAX_AREAS })];
  const problems: GrantProblem[] = [];
  const codes = new Set<string>();
  value.forEach((area: unknown, i) => {
    const at = `projectAreas.${i}`;
    if (!isRecord(area)) {
      problems.push(problem(at, 'type', { expected: 'object' }));
      return;
    }
    problems.push(...unknownKeyProblems(area, ['code', 'label', 'fieldOfAction', 'languageCourse'], `${at}.`));
    problems.push(...codeProblems(area['code'], `${at}.code`, codes));
    problems.push(...titleProblems(area['label'], `${at}.label`, 100));
    const field = area['fieldOfAction'];
    if (typeof field !== 'string' || !(FIELDS_OF_ACTION as readonly string[]).includes(field)) problems.push(problem(`${at}.fieldOfAction`, 'oneOf'));
    else if (!fields.includes(field)) problems.push(problem(`${at}.fieldOfAction`, 'notInCall'));
    if (typeof area['languageCourse'] !== 'boolean') problems.push(problem(`${at}.languageCourse`, 'type', { expected: 'boolean' }));
  });
  return problems;
}

function criterionProblems(value: unknown): GrantProblem[] {
  if (!Array.isArray(value)) return [problem('criteria', 'type', { expected: 'array' })];
  if (value.length === 0) return [problem('criteria', 'required')];
  if (value.length > MAX_CRITERIA) return [problem('criteria', 'tooMany', { max: MAX_CRITERIA })];
  const problems: GrantProblem[] = [];
  const codes = new Set<string>();
  value.forEach((criterion: unknown, i) => {
    const at = `criteria.${i}`;
    if (!isRecord(criterion)) {
      problems.push(problem(at, 'type', { expected: 'object' }));
      return;
    }
    problems.push(...unknownKeyProblems(criterion, ['code', 'label', 'weight'], `${at}.`));
    problems.push(...codeProblems(criterion['code'], `${at}.code`, codes));
    problems.push(...titleProblems(criterion['label'], `${at}.label`, 100));
    problems.push(...intProblems(criterion['weight'], `${at}.weight`, 1, 100));
  });
  return problems;
}

/** Codes are stored with applications and scores, so they must be well-formed and unique within the call. */
function codeProblems(value: unknown, field: string, seen: Set<string>): GrantProblem[] {
  if (typeof value !== 'string' || !KEY_PATTERN.test(value)) return [problem(field, 'pattern')];
  if (seen.has(value)) return [problem(field, 'duplicate')];
  seen.add(value);
  return [];
}
