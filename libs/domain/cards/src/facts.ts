/** What eligibility is decided on: one volunteer's profile facts and approved minutes summed over the fact windows. */
export interface CardFacts {
  dateOfBirth: string | null;
  /** The first approved activity's date (all organisations). */
  firstActivity: string | null;
  employedOrInTraining: boolean;
  /** Main residence in one of the county's municipalities (not "outside the county", not unknown). */
  residesInCounty: boolean;
  minutesCurrentYear: number;
  minutesPreviousYear: number;
  minutesRolling: number;
  minutesRecent: number;
  /** Declared on an application; null when not known (then not checked). */
  allowanceCentsPerMonth: number | null;
}
