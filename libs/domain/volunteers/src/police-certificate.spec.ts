import fc from 'fast-check';
import { earliestValidIssueDate, policeCertificateProblems, policeCertificateState, policeCertificateValidUntil, type PoliceCertificateRules } from './police-certificate';

const RULES: PoliceCertificateRules = { maxAgeMonths: 3, validYears: 5, remindDays: 60 };
const TODAY = '2026-06-15';

describe('police certificate inspection (§72a SGB VIII)', () => {
  it('accepts a certificate issued up to the configured months before the inspection', () => {
    expect(policeCertificateProblems({ issueDate: '2026-03-15', inspectionDate: '2026-06-15' }, TODAY, RULES)).toEqual([]);
    expect(policeCertificateProblems({ issueDate: '2026-06-15', inspectionDate: '2026-06-15' }, TODAY, RULES)).toEqual([]);
  });

  it('refuses a certificate older than that at the inspection, naming the issue date and the months', () => {
    expect(policeCertificateProblems({ issueDate: '2026-03-14', inspectionDate: '2026-06-15' }, TODAY, RULES)).toEqual([
      { field: 'issueDate', rule: 'certificateTooOld', n: 3 },
    ]);
  });

  it('takes the months from the rules, not from the code', () => {
    expect(policeCertificateProblems({ issueDate: '2026-01-20', inspectionDate: '2026-06-15' }, TODAY, { ...RULES, maxAgeMonths: 6 })).toEqual([]);
  });

  it('refuses an inspection before the certificate was issued', () => {
    expect(policeCertificateProblems({ issueDate: '2026-05-10', inspectionDate: '2026-05-01' }, TODAY, RULES)).toEqual([
      { field: 'inspectionDate', rule: 'inspectionBeforeIssue' },
    ]);
  });

  it('refuses an inspection in the future', () => {
    expect(policeCertificateProblems({ issueDate: '2026-06-01', inspectionDate: '2026-06-16' }, TODAY, RULES)).toEqual([
      { field: 'inspectionDate', rule: 'dateInFuture' },
    ]);
  });

  it('names impossible dates instead of comparing them', () => {
    expect(policeCertificateProblems({ issueDate: '2026-02-30', inspectionDate: 'gestern' }, TODAY, RULES)).toEqual([
      { field: 'inspectionDate', rule: 'calendarDate' },
      { field: 'issueDate', rule: 'calendarDate' },
    ]);
  });
});

describe('police certificate state', () => {
  const facts = (issueDate: string, relevantEntry = false) => ({ issueDate, inspectionDate: issueDate, relevantEntry });

  it('is valid until issue date + the configured years', () => {
    expect(policeCertificateValidUntil('2026-01-10', RULES)).toBe('2031-01-10');
    expect(policeCertificateValidUntil('2024-02-29', RULES)).toBe('2029-02-28');
  });

  it('walks from valid through re-inspection due to expired', () => {
    // valid until 2026-08-14; the reminder window opens 60 days before, on 2026-06-15
    expect(policeCertificateState(facts('2021-08-14'), '2026-06-14', RULES)).toBe('valid');
    expect(policeCertificateState(facts('2021-08-14'), '2026-06-15', RULES)).toBe('reinspection_due');
    expect(policeCertificateState(facts('2021-08-14'), '2026-08-14', RULES)).toBe('reinspection_due');
    expect(policeCertificateState(facts('2021-08-14'), '2026-08-15', RULES)).toBe('expired');
  });

  it('is missing without an inspection, and a relevant entry overrides any date', () => {
    expect(policeCertificateState(null, TODAY, RULES)).toBe('missing');
    expect(policeCertificateState(facts('2026-06-01', true), TODAY, RULES)).toBe('relevant_entry');
  });

  it('uses the configured reminder window', () => {
    expect(policeCertificateState(facts('2021-08-14'), '2026-06-15', { ...RULES, remindDays: 30 })).toBe('valid');
  });
});

describe('the earliest issue date still valid today', () => {
  const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2032, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

  it('an inspection counts exactly when issued on or after it, including around 29 February (property)', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 1, max: 10 }), (today, issued, validYears) => {
        const counts = policeCertificateState({ issueDate: issued, inspectionDate: issued, relevantEntry: false }, today, { validYears, remindDays: 30 }) !== 'expired';
        expect(issued >= earliestValidIssueDate(today, { validYears })).toBe(counts);
      }),
      { numRuns: 3000 },
    );
    expect(earliestValidIssueDate('2028-02-29', { validYears: 5 })).toBe('2023-03-01');
    expect(earliestValidIssueDate('2029-02-28', { validYears: 5 })).toBe('2024-02-28');
  });
});
