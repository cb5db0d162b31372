import type { SponsorshipKind } from '@miteinander/contracts';

/** The county's numbers for sponsorships; configuration, never constants. */
export interface SponsorshipRules {
  /** Trial phase length when the coordinator does not choose one (6 by default, 4–12 allowed). */
  trialWeeksDefault: number;
  /** Months between regular check-ins after the trial review, per kind (3 by default). */
  checkInMonths: Record<SponsorshipKind, number>;
  /** Planned duration from the trial start, per kind (12 months; learning a school half-year, 6). */
  plannedMonths: Record<SponsorshipKind, number>;
  /** "Ending soon" lists sponsorships whose planned end is at most this many days away (30 by default). */
  endingSoonDays: number;
}

export const TRIAL_WEEKS_MIN = 4;
export const TRIAL_WEEKS_MAX = 12;
/** Children are people under this age: only volunteers with a valid police certificate meet them. */
export const ADULT_AGE = 18;
