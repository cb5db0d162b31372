import type { EntityManager } from 'typeorm';
import { HOURS_STATES, type Locale, type SponsorshipState } from '@miteinander/contracts';
import { exceedsDailyLimit, formatHours, isInFuture, isLocked, minutesProblem } from '@miteinander/domain-hours';
import type { FieldProblem } from '@miteinander/server-platform';
import { docLang, formatDate } from './format';

/** What the rules need from the database, read in one round trip (after the volunteer row is locked). */
export interface EntryFacts {
  lockedThrough: string | null;
  /** Submitted and approved minutes already logged that day, without the entry being edited. */
  dayMinutes: number;
  /** Null when there is no such organisation (or none was given). */
  organisationName: string | null;
  volunteerLinked: boolean;
  /** The state of the named sponsorship if it is this volunteer's; null otherwise (or none named). */
  sponsorshipState: SponsorshipState | null;
}

/**
 * The columns of EntryFacts, for a statement whose $1 is the volunteer, $2 the organisation and $3 the date.
 * `excludeEntry` is the placeholder of an entry being edited (its own minutes do not count), or NULL;
 * `sponsorship` the placeholder of the sponsorship the hours are logged against.
 */
export function entryFactsColumns(excludeEntry: '$4' | 'NULL', sponsorship: string): string {
  return `(SELECT locked_through::text FROM hours_period_lock) AS locked_through,
          (SELECT COALESCE(sum(minutes), 0)::int FROM hour_entries
            WHERE volunteer_id = $1 AND activity_date = $3::date AND status IN ('submitted', 'approved') AND id IS DISTINCT FROM ${excludeEntry}::uuid) AS day_minutes,
          (SELECT name FROM organisations WHERE id = $2::uuid) AS organisation_name,
          EXISTS (SELECT 1 FROM volunteer_organisations WHERE volunteer_id = $1 AND organisation_id = $2::uuid) AS linked,
          (SELECT state FROM sponsorships WHERE id = ${sponsorship}::uuid AND volunteer_id = $1) AS sponsorship_state`;
}

export interface EntryFactsRow {
  locked_through: string | null;
  day_minutes: number;
  organisation_name: string | null;
  linked: boolean;
  sponsorship_state: SponsorshipState | null;
}

export function toEntryFacts(row: EntryFactsRow): EntryFacts {
  return { lockedThrough: row.locked_through, dayMinutes: row.day_minutes, organisationName: row.organisation_name, volunteerLinked: row.linked, sponsorshipState: row.sponsorship_state };
}

export async function loadEntryFacts(
  m: EntityManager,
  volunteerId: string,
  activityDate: string,
  organisationId: string | null,
  excludeEntryId: string | null,
  sponsorshipId: string | null,
): Promise<EntryFacts> {
  const [row]: EntryFactsRow[] = await m.query(`SELECT ${entryFactsColumns('$4', '$5')}`, [volunteerId, organisationId, activityDate, excludeEntryId, sponsorshipId]);
  return toEntryFacts(row!);
}

export interface EntryInput {
  activityDate: string;
  minutes: number;
  organisationId: string | null;
  /** When editing: the date the entry had, which must not be in a closed period either. */
  previousDate?: string;
  /** Only check the organisation when it is new or changed. */
  organisationChanged: boolean;
  sponsorshipId: string | null;
  sponsorshipChanged: boolean;
}

/**
 * Every rule an entry breaks, each naming its field: quarter hours, 24 h a day across entries,
 * no future dates (Europe/Berlin), no closed periods, an existing organisation the volunteer works for.
 */
export function entryProblems(input: EntryInput, facts: EntryFacts, opts: { today: string; mustBeLinked: boolean; locale: Locale | undefined }): FieldProblem[] {
  const lang = docLang(opts.locale);
  const problems: FieldProblem[] = [];
  const minutes = minutesProblem(input.minutes);
  if (minutes) problems.push({ field: 'minutes', rule: minutes, n: formatHours(facts.dayMinutes, lang) });
  else if (exceedsDailyLimit(facts.dayMinutes, input.minutes)) problems.push({ field: 'minutes', rule: 'dailyLimit', n: formatHours(facts.dayMinutes, lang) });

  const lockedDate = [input.previousDate, input.activityDate].find((d) => d !== undefined && isLocked(d, facts.lockedThrough));
  if (isInFuture(input.activityDate, opts.today)) problems.push({ field: 'activityDate', rule: 'dateInFuture' });
  else if (lockedDate) problems.push({ field: 'activityDate', rule: 'periodLocked', n: formatDate(facts.lockedThrough!, lang) });

  if (input.organisationId && input.organisationChanged) {
    if (facts.organisationName === null) problems.push({ field: 'organisationId', rule: 'unknownOrganisation' });
    else if (opts.mustBeLinked && !facts.volunteerLinked) problems.push({ field: 'organisationId', rule: 'notYourOrganisation' });
  }
  if (input.sponsorshipId && input.sponsorshipChanged) {
    if (facts.sponsorshipState === null) problems.push({ field: 'sponsorshipId', rule: 'notYourSponsorship' });
    else if (!HOURS_STATES.includes(facts.sponsorshipState)) problems.push({ field: 'sponsorshipId', rule: 'sponsorshipNotForHours' });
  }
  return problems;
}
