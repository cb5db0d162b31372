import type { PersonRef, SponsorshipKind } from './sponsorships';

/** The factors of a match score, in the order they are shown. */
export const MATCH_FACTORS = ['language', 'distance', 'availability', 'interests', 'preferences', 'lifeStage', 'capacity'] as const;
export type MatchFactor = (typeof MATCH_FACTORS)[number];

/** Coordinators' weights per factor, 0–10 each (decimals allowed), not all zero. */
export type MatchWeights = Record<MatchFactor, number>;

/** GET /api/v1/matching/weights: the weights in force; each save is a new version. */
export interface MatchWeightsView {
  version: number;
  weights: MatchWeights;
  createdAt: string;
  /** null for the built-in defaults (version 0 has never been saved). */
  createdBy: PersonRef | null;
}

/** PUT /api/v1/matching/weights and POST …/suggestions/preview. */
export interface UpdateMatchWeightsRequest {
  weights: MatchWeights;
}

/** One factor of a candidate's score. `reason` is an i18n key (e.g. 'language.shared') with `params` for the sentence. */
export interface MatchFactorView {
  factor: MatchFactor;
  /** 0–1 */
  fit: number;
  weight: number;
  reason: string;
  params?: Record<string, string | number>;
}

/** Hard constraints: a pair breaking one is never a candidate. */
export const MATCH_EXCLUSION_REASONS = ['notActive', 'capacityFull', 'noSharedLanguage', 'policeCertificate', 'excluded'] as const;
export type MatchExclusionReason = (typeof MATCH_EXCLUSION_REASONS)[number];

export interface MatchCandidate {
  volunteer: { id: string; name: string; municipalityName: string | null };
  /** 0–100, integer */
  score: number;
  freePlaces: number;
  factors: MatchFactorView[];
  /** Only in previews: the candidate's rank (1-based) under the saved weights, null when not in that list. */
  currentRank?: number | null;
}

/** A coordinator's explicit "not this volunteer for this request". */
export interface MatchExclusionView {
  id: string;
  volunteer: PersonRef;
  reason: string;
  createdAt: string;
  /** Name of the coordinator who excluded the pair; null when the account is gone. */
  createdBy: string | null;
}

/** GET /api/v1/matching/requests/:id/suggestions?limit=10 (the request must be ready_to_match). */
export interface MatchSuggestions {
  sponsorshipId: string;
  weightsVersion: number;
  /** Best first (score desc, then volunteer name, then id). */
  candidates: MatchCandidate[];
  /** How many volunteers each hard constraint removed (only reasons that removed someone). */
  excludedCounts: Partial<Record<MatchExclusionReason, number>>;
  exclusions: MatchExclusionView[];
}

/** POST /api/v1/matching/requests/:id/suggestions/preview: unsaved weights; every candidate carries `currentRank`. */
export interface MatchPreviewRequest {
  weights: MatchWeights;
}

/** POST /api/v1/matching/requests/:id/exclusions */
export interface CreateMatchExclusionRequest {
  volunteerId: string;
  /** Required, 1–500 characters. */
  reason: string;
}

export interface MatchPair {
  sponsorshipId: string;
  volunteerId: string;
}

/**
 * POST /api/v1/matching/rounds: an optimal matching over the selected ready_to_match requests and all active volunteers.
 * Without `sponsorshipIds` every ready_to_match request (filtered by `kind`/`municipalityId`) takes part.
 */
export interface MatchRoundRequest {
  sponsorshipIds?: string[];
  kind?: SponsorshipKind;
  municipalityId?: number;
  /** Pairs forced into the result (each must satisfy the hard constraints). */
  locks?: MatchPair[];
  /** Pairs left out of this round. */
  excludedPairs?: MatchPair[];
}

export interface MatchRoundSponsorshipRef {
  id: string;
  name: string;
  kind: SponsorshipKind;
  municipalityName: string | null;
}

export interface MatchRoundProposal {
  sponsorship: MatchRoundSponsorshipRef;
  volunteer: PersonRef;
  score: number;
  factors: MatchFactorView[];
  locked: boolean;
  /** When the proposal was accepted (the sponsorship moved to match_proposed); null until then. */
  acceptedAt: string | null;
}

/** noCandidate: no volunteer passes the hard constraints; taken: candidates exist but the optimum gave them to others. */
export type MatchUnservedReason = 'noCandidate' | 'taken';

export interface MatchRoundUnserved {
  sponsorship: MatchRoundSponsorshipRef;
  reason: MatchUnservedReason;
  excludedCounts: Partial<Record<MatchExclusionReason, number>>;
}

export interface MatchRoundView {
  id: string;
  createdAt: string;
  weightsVersion: number;
  /** Sum of the proposals' scores: the maximum possible under the locks and capacities. */
  totalScore: number;
  proposals: MatchRoundProposal[];
  unserved: MatchRoundUnserved[];
}

/** POST /api/v1/matching/rounds/:id/accept: each listed proposal becomes a match_proposed sponsorship. */
export interface AcceptMatchRoundRequest {
  sponsorshipIds: string[];
}

export interface AcceptMatchRoundResult {
  accepted: string[];
  failed: { sponsorshipId: string; message: string }[];
}
