import { createProblemTexts, type ParamProblem } from '@miteinander/server-platform';
import { daysBetween } from '@miteinander/domain-reporting';

/** What every report is asked for: a period (inclusive dates in the county) and optionally one municipality. */
export interface ReportScope {
  from: string;
  to: string;
  municipalityId: number | null;
}

/** Ten years and a leap day or three: longer periods are no evaluation and only load the database. */
export const MAX_PERIOD_DAYS = 3660;
/** The exact limit the message promises: the period ends at the latest the day before the same date ten years on. */
export const MAX_PERIOD_YEARS = 10;

/** yyyy-mm-dd the given years later (29 February lands on 1 March in a common year). */
const yearsLater = (date: string, years: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return d.toISOString().slice(0, 10);
};

const texts = createProblemTexts();
texts.register({
  fields: {
    from: { de: 'Zeitraum von', en: 'Period from' },
    to: { de: 'Zeitraum bis', en: 'Period to' },
    municipalityId: { de: 'Gemeinde', en: 'Municipality' },
  },
  rules: {
    required: { de: 'Bitte geben Sie ein Datum an.', en: 'Please enter a date.' },
    date: { de: 'Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-01-31.', en: 'Please enter a date as YYYY-MM-DD, e.g. 2026-01-31.' },
    order: { de: 'Das Ende darf nicht vor dem Beginn liegen.', en: 'The end must not be before the start.' },
    tooLong: { de: 'Der Zeitraum darf höchstens 10 Jahre umfassen.', en: 'The period may span at most 10 years.' },
    municipality: { de: 'Diese Gemeinde gibt es in der Liste nicht.', en: 'This municipality is not in the list.' },
  },
});

const isDate = (v: string): boolean => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);

/** Checks the query (or body) of a report request; a 400 names every wrong field in the requester's language. */
export function parseReportScope(input: Record<string, unknown>, knownMunicipality: (id: number) => boolean): ReportScope {
  const problems: ParamProblem[] = [];
  const dateOf = (field: 'from' | 'to'): string | null => {
    const v = input[field];
    if (v === undefined || v === null || v === '') return problems.push({ field, rule: 'required' }), null;
    if (typeof v !== 'string' || !isDate(v)) return problems.push({ field, rule: 'date' }), null;
    return v;
  };
  const from = dateOf('from');
  const to = dateOf('to');
  if (from && to && to < from) problems.push({ field: 'to', rule: 'order' });
  else if (from && to && (to >= yearsLater(from, MAX_PERIOD_YEARS) || daysBetween(from, to) > MAX_PERIOD_DAYS)) problems.push({ field: 'to', rule: 'tooLong' });
  let municipalityId: number | null = null;
  const m = input['municipalityId'];
  if (m !== undefined && m !== null && m !== '') {
    const n = typeof m === 'number' ? m : typeof m === 'string' && /^\d{1,9}$/.test(m) ? Number(m) : NaN;
    if (!Number.isInteger(n) || !knownMunicipality(n)) problems.push({ field: 'municipalityId', rule: 'municipality' });
    else municipalityId = n;
  }
  if (problems.length) throw texts.problemsError(problems);
  return { from: from!, to: to!, municipalityId };
}
