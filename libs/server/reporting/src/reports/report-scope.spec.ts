import type { AppError } from '@miteinander/server-platform';
import { parseReportScope } from './report-scope';

const known = (id: number) => id === 7;
/** Field → message of the 400 a bad request gets (German outside a request). */
const problems = (input: Record<string, unknown>): Record<string, string> => {
  try {
    parseReportScope(input, known);
  } catch (e) {
    const error = e as AppError;
    expect(error.httpStatus).toBe(400);
    return Object.fromEntries((error.errors ?? []).map((x) => [x.field, x.message]));
  }
  throw new Error('no 400');
};

describe('parseReportScope', () => {
  it('takes a period and an optional known municipality', () => {
    expect(parseReportScope({ from: '2025-01-01', to: '2025-12-31' }, known)).toEqual({ from: '2025-01-01', to: '2025-12-31', municipalityId: null });
    expect(parseReportScope({ from: '2024-02-29', to: '2024-02-29', municipalityId: '7' }, known)).toEqual({ from: '2024-02-29', to: '2024-02-29', municipalityId: 7 });
    expect(parseReportScope({ from: '2025-01-01', to: '2025-01-01', municipalityId: 7 }, known).municipalityId).toBe(7);
    expect(parseReportScope({ from: '2025-01-01', to: '2025-01-01', municipalityId: '' }, known).municipalityId).toBeNull();
  });

  it('names both missing dates at once', () => {
    expect(problems({})).toEqual({ from: 'Zeitraum von: Bitte geben Sie ein Datum an.', to: 'Zeitraum bis: Bitte geben Sie ein Datum an.' });
  });

  it('refuses dates that are not calendar dates as yyyy-mm-dd', () => {
    for (const bad of ['2025-02-30', '2025-13-01', 'yesterday', '2025-1-1', '01.02.2025', "2025-01-01' OR '1'='1", '2025-01-01T00:00', ['2025-01-01', '2025-02-01']]) {
      expect(problems({ from: bad, to: '2025-12-31' })).toEqual({ from: 'Zeitraum von: Bitte ein Datum im Format JJJJ-MM-TT angeben, z. B. 2026-01-31.' });
    }
    expect(Object.keys(problems({ from: '2025-01-01', to: '2023-02-29' }))).toEqual(['to']);
  });

  it('refuses an end before the start and periods over ten years', () => {
    expect(problems({ from: '2025-02-01', to: '2025-01-31' })).toEqual({ to: 'Zeitraum bis: Das Ende darf nicht vor dem Beginn liegen.' });
    expect(problems({ from: '2015-01-01', to: '2025-12-31' })).toEqual({ to: 'Zeitraum bis: Der Zeitraum darf höchstens 10 Jahre umfassen.' });
    // Exactly ten years is the most: 2016-01-01 to 2025-12-31, not a day more.
    expect(parseReportScope({ from: '2016-01-01', to: '2025-12-31' }, known).from).toBe('2016-01-01');
    expect(Object.keys(problems({ from: '2016-01-01', to: '2026-01-01' }))).toEqual(['to']);
    expect(Object.keys(problems({ from: '2016-01-01', to: '2026-01-08' }))).toEqual(['to']);
  });

  it('refuses a municipality that is not a known id', () => {
    for (const bad of ['abc', '99999', '7 OR 1=1', '-7', '7.0', 1.5, 8, ['7']]) {
      expect(problems({ from: '2025-01-01', to: '2025-01-31', municipalityId: bad })).toEqual({ municipalityId: 'Gemeinde: Diese Gemeinde gibt es in der Liste nicht.' });
    }
  });
});
