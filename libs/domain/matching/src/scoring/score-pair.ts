import type { Interest, LanguageLevel, Skill, SponsorshipKind } from '@miteinander/contracts';
import { MATCH_FACTORS, type MatchFactor, type MatchWeights, type RequestFacts, type VolunteerFacts } from './match-facts';

/** One factor of a score: how well it fits (0–1), and the sentence's key and values for the UI to say why. */
export interface FactorScore {
  factor: MatchFactor;
  fit: number;
  weight: number;
  reason: string;
  params?: Record<string, string | number>;
}

export interface PairScore {
  /** 0–100: the weighted mean of the factors' fit. */
  score: number;
  factors: FactorScore[];
}

const LEVELS: readonly LanguageLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'];
const rank = (level: string): number => LEVELS.indexOf(level as LanguageLevel);
const CONVERSATIONAL = rank('B1');

/** Beyond this distance between municipalities (km) the distance factor is 0. */
const FAR_KM = 40;

export const KIND_INTEREST: Record<SponsorshipKind, Interest> = { family: 'family_sponsorship', mother: 'mother_sponsorship', learning: 'learning_sponsorship' };
const KIND_SKILLS: Record<SponsorshipKind, readonly Skill[]> = {
  family: ['accompaniment', 'translation', 'housing_search', 'job_search', 'administration'],
  mother: ['childcare', 'accompaniment', 'translation'],
  learning: ['tutoring', 'german_teaching'],
};

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Exported for the score bound, which evaluates it on model volunteers. */
export function languageFactor(req: RequestFacts, v: Pick<VolunteerFacts, 'languages'>): Omit<FactorScore, 'weight'> {
  let best: { code: string; fit: number } | null = null;
  for (const own of req.languages) {
    const theirs = v.languages.find((l) => l.code === own.code);
    if (!theirs) continue;
    const fit = rank(theirs.level) >= CONVERSATIONAL ? 1 : 0.6;
    if (!best || fit > best.fit) best = { code: own.code, fit };
  }
  if (best) return { factor: 'language', fit: best.fit, reason: best.fit === 1 ? 'language.shared' : 'language.sharedBasic', params: { language: best.code } };
  if (req.germanLevel !== 'none' && v.languages.some((l) => l.code === 'de')) {
    const fit = rank(req.germanLevel) >= CONVERSATIONAL ? 0.8 : 0.4;
    return { factor: 'language', fit, reason: 'language.german', params: { level: req.germanLevel } };
  }
  return { factor: 'language', fit: 0, reason: 'language.interpreter' };
}

/** The distance factor for a volunteer living at `v` (exported: the suggestions' score bound uses it per municipality). */
export function distanceFactor(req: RequestFacts, v: Pick<VolunteerFacts, 'municipalityId' | 'location'>): Omit<FactorScore, 'weight'> {
  if (v.municipalityId === req.municipalityId) return { factor: 'distance', fit: 1, reason: 'distance.same' };
  if (!req.location || !v.location) return { factor: 'distance', fit: 0.5, reason: 'distance.unknown' };
  const km = distanceKm(req.location, v.location);
  return { factor: 'distance', fit: Math.max(0, 1 - km / FAR_KM), reason: 'distance.km', params: { km: Math.round(km) } };
}

function availability(req: RequestFacts, v: VolunteerFacts): Omit<FactorScore, 'weight'> {
  if (!req.availability.length) return { factor: 'availability', fit: 0.5, reason: 'availability.open' };
  const matched = req.availability.filter((slot) => v.availability.includes(slot)).length;
  return { factor: 'availability', fit: matched / req.availability.length, reason: 'availability.overlap', params: { matched, wanted: req.availability.length } };
}

/** Subjects a pupil needs help in, and the volunteer skill that covers them. */
const SUBJECT_SKILL: Partial<Record<string, Skill>> = { german: 'german_teaching' };

/** Exported for the score bound, which evaluates it on model volunteers. */
export function interestsFactor(req: RequestFacts, v: Pick<VolunteerFacts, 'interests' | 'skills'>): Omit<FactorScore, 'weight'> {
  const wants = v.interests.includes(KIND_INTEREST[req.kind]);
  if (req.kind === 'learning' && req.pupil) {
    // Pupils: German needs german_teaching (or tutoring), every other subject tutoring; the grade is named for the reason.
    const subjects = req.pupil.subjects;
    const covered = subjects.filter((s) => v.skills.includes(SUBJECT_SKILL[s] ?? 'tutoring') || v.skills.includes('tutoring'));
    const skillFit = subjects.length ? covered.length / subjects.length : KIND_SKILLS.learning.some((s) => v.skills.includes(s)) ? 1 : 0;
    const fit = (wants ? 0.5 : 0) + 0.5 * skillFit;
    const reason = wants ? (covered.length ? 'interests.kindAndSubjects' : 'interests.kind') : covered.length ? 'interests.subjects' : 'interests.none';
    return { factor: 'interests', fit, reason, params: { subjects: covered.join(', '), wanted: subjects.length, grade: req.pupil.grade } };
  }
  const skills = KIND_SKILLS[req.kind].filter((s) => v.skills.includes(s));
  const fit = (wants ? 0.6 : 0) + (skills.length ? 0.4 : 0);
  return { factor: 'interests', fit, reason: wants ? (skills.length ? 'interests.kindAndSkills' : 'interests.kind') : skills.length ? 'interests.skills' : 'interests.none', params: { skills: skills.join(', ') } };
}

/** Gender and age wishes: each wish present counts half; without any wish the factor fits fully. */
function preferences(req: RequestFacts, v: VolunteerFacts): Omit<FactorScore, 'weight'> {
  const age = req.sponsorAge && (req.sponsorAge.min != null || req.sponsorAge.max != null) ? req.sponsorAge : null;
  if (!req.sponsorGender && !age) return { factor: 'preferences', fit: 1, reason: 'preferences.none' };
  const parts: { fit: number; reason: string }[] = [];
  const params: Record<string, string | number> = {};
  if (req.sponsorGender) {
    params['gender'] = req.sponsorGender;
    parts.push(v.gender === req.sponsorGender ? { fit: 1, reason: 'gender' } : { fit: 0, reason: 'genderDiffers' });
  }
  if (age) {
    if (age.min != null) params['minAge'] = age.min;
    if (age.max != null) params['maxAge'] = age.max;
    if (v.age == null) parts.push({ fit: 0.5, reason: 'ageUnknown' });
    else {
      params['age'] = v.age;
      const inside = (age.min == null || v.age >= age.min) && (age.max == null || v.age <= age.max);
      parts.push(inside ? { fit: 1, reason: 'age' } : { fit: 0, reason: 'ageDiffers' });
    }
  }
  const fit = parts.reduce((sum, p) => sum + p.fit, 0) / parts.length;
  // The reason names the worst part, so "why not higher" is answered first.
  const worst = parts.reduce((a, b) => (b.fit < a.fit ? b : a));
  const reason = parts.length > 1 && worst.fit === 1 ? 'genderAndAge' : worst.reason;
  return { factor: 'preferences', fit, reason: `preferences.${reason}`, params };
}

/**
 * Life stage: families with children fit volunteers who bring childcare experience; otherwise the volunteer's age says
 * little, so without data the factor is neutral (0.5, 'lifeStage.unknown').
 */
/** Exported for the score bound, which evaluates it on model volunteers. */
export function lifeStageFactor(req: RequestFacts, v: Pick<VolunteerFacts, 'skills' | 'age'>): Omit<FactorScore, 'weight'> {
  const children = req.childrenAges?.length ?? 0;
  if (req.kind !== 'learning' && children > 0) {
    if (v.skills.includes('childcare')) return { factor: 'lifeStage', fit: 1, reason: 'lifeStage.childcare', params: { children } };
    if (v.age != null && v.age >= 25) return { factor: 'lifeStage', fit: 0.6, reason: 'lifeStage.adult', params: { children, age: v.age } };
    if (v.age != null) return { factor: 'lifeStage', fit: 0.3, reason: 'lifeStage.young', params: { children, age: v.age } };
    return { factor: 'lifeStage', fit: 0.5, reason: 'lifeStage.unknown' };
  }
  if (req.kind === 'learning' && req.pupil && v.age != null) {
    // Pupils in upper grades get on well with students and young adults; younger pupils with anyone patient.
    const fit = req.pupil.grade >= 9 ? (v.age <= 35 ? 1 : 0.7) : 0.8;
    return { factor: 'lifeStage', fit, reason: 'lifeStage.pupil', params: { grade: req.pupil.grade, age: v.age } };
  }
  return { factor: 'lifeStage', fit: 0.5, reason: 'lifeStage.unknown' };
}

function capacity(v: VolunteerFacts): Omit<FactorScore, 'weight'> {
  const free = Math.max(0, v.capacity - v.occupied);
  return { factor: 'capacity', fit: v.capacity ? free / v.capacity : 0, reason: 'capacity.free', params: { free, capacity: v.capacity } };
}

/** The pair's score (0–100) with each factor's part and reason; hard constraints are checked separately. */
export function scorePair(req: RequestFacts, v: VolunteerFacts, weights: MatchWeights): PairScore {
  const parts: Record<MatchFactor, Omit<FactorScore, 'weight'>> = {
    language: languageFactor(req, v),
    distance: distanceFactor(req, v),
    availability: availability(req, v),
    interests: interestsFactor(req, v),
    preferences: preferences(req, v),
    lifeStage: lifeStageFactor(req, v),
    capacity: capacity(v),
  };
  const factors = MATCH_FACTORS.map((f) => ({ ...parts[f], weight: weights[f] }));
  const total = factors.reduce((sum, f) => sum + f.weight, 0);
  const score = total ? Math.round((100 * factors.reduce((sum, f) => sum + f.weight * f.fit, 0)) / total) : 0;
  return { score, factors };
}
