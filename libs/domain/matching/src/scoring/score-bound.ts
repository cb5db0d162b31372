import { SKILLS, type AvailabilitySlot, type Interest } from '@miteinander/contracts';
import { MATCH_FACTORS, type MatchWeights, type RequestFacts } from './match-facts';
import { distanceFactor, interestsFactor, KIND_INTEREST, languageFactor, lifeStageFactor } from './score-pair';

/**
 * An upper bound of scorePair's score (before rounding) for any volunteer of a request, from what a database
 * statement can evaluate cheaply: distance (exact, looked up by municipality), availability overlap (matched /
 * wanted), whether the volunteer has the request's kind among their interests, and whether they bring childcare;
 * the best fit the scoring rules allow in each case is found by evaluating them on model volunteers, so the bound
 * follows the rules. Every other factor counts as a full fit. Ordering candidates by it lets the suggestions score
 * the most promising few exactly and stop once no unseen candidate can beat the tenth.
 *
 * bound = (constant + distanceWeight × distanceFit + availabilityWeight × matched / wanted.length
 *          + interestsWeight × (has interest ? interestFit.with : interestFit.without)
 *          + lifeStageWeight × (has childcare ? lifeStageFit.with : lifeStageFit.without)
 *          + languageWeight × (speaks one of the request's languages ? languageFit.shared
 *                              : speaks German ? languageFit.german : languageFit.none)) × 100 / total
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
  interestsWeight: number;
  /** The interest that matches the request's kind, and the best interests fit with and without it. */
  interest: Interest;
  interestFit: { with: number; without: number };
  lifeStageWeight: number;
  /** The best life-stage fit with and without childcare among the skills (over every age). */
  lifeStageFit: { with: number; without: number };
  languageWeight: number;
  /** The request's own language codes, and the best language fit when one is shared, when only German is, and when none. */
  languageCodes: readonly string[];
  languageFit: { shared: number; german: number; none: number };
}

/** Every age the rules could tell apart, and unknown. */
const AGES: readonly (number | null)[] = [null, ...Array.from({ length: 90 }, (_, i) => 16 + i)];

function bestLifeStage(req: RequestFacts, childcare: boolean): number {
  const skills = childcare ? SKILLS : SKILLS.filter((s) => s !== 'childcare');
  return Math.max(...AGES.map((age) => lifeStageFactor(req, { skills, age }).fit));
}

export function scoreBound(req: RequestFacts, weights: MatchWeights, municipalities: readonly { id: number; location: { lat: number; lon: number } | null }[]): ScoreBound {
  const total = MATCH_FACTORS.reduce((sum, f) => sum + weights[f], 0);
  const wanted = req.availability;
  const others = MATCH_FACTORS.filter((f) => !['distance', 'interests', 'lifeStage', 'language'].includes(f) && (f !== 'availability' || !wanted.length)).reduce((sum, f) => sum + weights[f], 0);
  const codes = req.languages.map((l) => l.code);
  const interest = KIND_INTEREST[req.kind];
  return {
    constant: others,
    distanceWeight: weights.distance,
    availabilityWeight: wanted.length ? weights.availability : 0,
    total,
    municipalityFits: municipalities.map((m) => ({ municipalityId: m.id, fit: distanceFactor(req, { municipalityId: m.id, location: m.location }).fit })),
    noMunicipalityFit: distanceFactor(req, { municipalityId: null, location: null }).fit,
    wanted,
    interestsWeight: weights.interests,
    interest,
    interestFit: { with: interestsFactor(req, { interests: [interest], skills: SKILLS }).fit, without: interestsFactor(req, { interests: [], skills: SKILLS }).fit },
    lifeStageWeight: weights.lifeStage,
    lifeStageFit: { with: bestLifeStage(req, true), without: bestLifeStage(req, false) },
    languageWeight: weights.language,
    languageCodes: codes,
    languageFit: {
      shared: Math.max(0, ...codes.map((code) => languageFactor(req, { languages: [{ code, level: 'native' }, { code: 'de', level: 'native' }] }).fit)),
      german: languageFactor(req, { languages: [{ code: 'de', level: 'native' }] }).fit,
      none: languageFactor(req, { languages: [] }).fit,
    },
  };
}

/** The bound for one volunteer (what the statement computes), for tests and for checking the statement. */
export function boundOf(
  b: ScoreBound,
  v: { municipalityId: number | null; availability: readonly AvailabilitySlot[]; interests: readonly Interest[]; skills: readonly string[]; languages: readonly { code: string }[] },
): number {
  const distanceFit = v.municipalityId === null ? b.noMunicipalityFit : (b.municipalityFits.find((m) => m.municipalityId === v.municipalityId)?.fit ?? 1);
  const matched = b.wanted.length ? b.wanted.filter((slot) => v.availability.includes(slot)).length / b.wanted.length : 0;
  const interests = v.interests.includes(b.interest) ? b.interestFit.with : b.interestFit.without;
  const lifeStage = v.skills.includes('childcare') ? b.lifeStageFit.with : b.lifeStageFit.without;
  const codes = v.languages.map((l) => l.code);
  const language = codes.some((c) => b.languageCodes.includes(c)) ? b.languageFit.shared : codes.includes('de') ? b.languageFit.german : b.languageFit.none;
  const sum = b.constant + b.distanceWeight * distanceFit + b.availabilityWeight * matched + b.interestsWeight * interests + b.lifeStageWeight * lifeStage + b.languageWeight * language;
  return b.total ? (sum * 100) / b.total : 0;
}
