import type { AvailabilitySlot } from '@miteinander/contracts';
import { MATCH_FACTORS, type MatchWeights, type RequestFacts } from './match-facts';
import { distanceFactor } from './score-pair';

/**
 * An upper bound of scorePair's score (before rounding) for any volunteer of a request, from the two factors a
 * database statement can evaluate cheaply: distance (exact, looked up by municipality) and availability overlap
 * (matched / wanted); every other factor counts as a full fit. Ordering candidates by it lets the suggestions
 * score the most promising few exactly and stop once no unseen candidate can beat the tenth.
 *
 * bound = (constant + distanceWeight × distanceFit + availabilityWeight × matched / wanted.length) × 100 / total
 */
export interface ScoreBound {
  constant: number;
  distanceWeight: number;
  availabilityWeight: number;
  total: number;
  /** Exact distance fit for a volunteer living in each municipality. */
  municipalityFits: { municipalityId: number; fit: number }[];
  /** Volunteers without a municipality. */
  noMunicipalityFit: number;
  /** The request's wanted slots; empty means the availability factor is folded into `constant`. */
  wanted: readonly AvailabilitySlot[];
}

export function scoreBound(req: RequestFacts, weights: MatchWeights, municipalities: readonly { id: number; location: { lat: number; lon: number } | null }[]): ScoreBound {
  const total = MATCH_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const wanted = req.availability;
  const others = MATCH_FACTORS.filter((f) => f !== 'distance' && (f !== 'availability' || !wanted.length)).reduce((sum, f) => sum + weights[f], 0);
  return {
    constant: others,
    distanceWeight: weights.distance,
    availabilityWeight: wanted.length ? weights.availability : 0,
    total,
    municipalityFits: municipalities.map((m) => ({ municipalityId: m.id, fit: distanceFactor(req, { municipalityId: m.id, location: m.location }).fit })),
    noMunicipalityFit: distanceFactor(req, { municipalityId: null, location: null }).fit,
    wanted,
  };
}

/** The bound for one volunteer (what the statement computes), for tests and for checking the statement. */
export function boundOf(b: ScoreBound, municipalityId: number | null, availability: readonly AvailabilitySlot[]): number {
  const distanceFit = municipalityId === null ? b.noMunicipalityFit : (b.municipalityFits.find((m) => m.municipalityId === municipalityId)?.fit ?? b.noMunicipalityFit);
  const matched = b.wanted.length ? b.wanted.filter((slot) => availability.includes(slot)).length / b.wanted.length : 0;
  return b.total ? ((b.constant + b.distanceWeight * distanceFit + b.availabilityWeight * matched) * 100) / b.total : 0;
}
