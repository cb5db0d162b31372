import type { PoliceCertificateState } from '@miteinander/contracts';
import { MATCH_FACTORS, type RequestFacts, type VolunteerFacts } from './match-facts';

/** Why a pair can never be proposed. */
export type Exclusion = 'notActive' | 'capacityFull' | 'noSharedLanguage' | 'policeCertificate' | 'excluded';

const CERTIFICATE_OK: readonly PoliceCertificateState[] = ['valid', 'reinspection_due'];

/** The language codes a volunteer can share with the request: its own languages, and German once it has some. */
export function shareableLanguages(req: Pick<RequestFacts, 'languages' | 'germanLevel'>): string[] {
  const codes = req.languages.map((l) => l.code);
  if (req.germanLevel !== 'none') codes.push('de');
  return [...new Set(codes)];
}

/**
 * The first hard constraint a pair breaks, or null. These never produce a candidate, whatever the weights:
 * status, capacity, no common language without an interpreter, children without a valid police certificate,
 * and pairs a coordinator excluded.
 */
export function exclusionOf(req: RequestFacts, v: VolunteerFacts, excluded: boolean): Exclusion | null {
  if (excluded) return 'excluded';
  if (v.status !== 'active') return 'notActive';
  if (v.occupied >= v.capacity) return 'capacityFull';
  if (req.involvesMinors && !CERTIFICATE_OK.includes(v.policeCertificate)) return 'policeCertificate';
  const codes = shareableLanguages(req);
  if (!req.interpreter && !v.languages.some((l) => codes.includes(l.code))) return 'noSharedLanguage';
  return null;
}

/** Weights are whole or decimal numbers 0–10 and not all zero; each problem names its factor. */
export function weightProblems(weights: Partial<Record<string, unknown>>): { field: string; rule: string }[] {
  const problems = MATCH_FACTORS.filter((f) => {
    const w = weights[f];
    return typeof w !== 'number' || !Number.isFinite(w) || w < 0 || w > 10;
  }).map((f) => ({ field: `weights.${f}`, rule: 'weightRange' }));
  if (!problems.length && MATCH_FACTORS.every((f) => weights[f] === 0)) problems.push({ field: 'weights', rule: 'weightsAllZero' });
  return problems;
}

