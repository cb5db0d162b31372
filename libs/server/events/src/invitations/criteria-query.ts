import type { EntityManager } from 'typeorm';
import type { InvitationCriteria, InvitationSource } from '@miteinander/contracts';
import { addYears } from '@miteinander/domain-calendar';
import type { Candidate } from '@miteinander/domain-events';
import { localDate } from '@miteinander/domain-reminders';
import type { EventRecord } from '../events/event-record';

/** A volunteer as an invitee: the profile's address, else the account's; the account's language, else the profile's. */
const VOLUNTEER_CANDIDATES = `
  SELECT v.id AS "volunteerId", COALESCE(v.email, u.email) AS email, trim(v.first_name || ' ' || v.last_name) AS name,
         COALESCE(u.locale, v.mail_locale, 'de') AS locale
    FROM volunteers v LEFT JOIN users u ON u.id = v.user_id
   WHERE v.id IN`;

/** Each volunteer criterion as the ids it selects (one parameterised query each). */
const VOLUNTEER_IDS: Record<'hours' | 'activeYears' | 'cardHolder' | 'completedSponsorship' | 'nominated', string> = {
  // Approved minutes in the calendar year.
  hours: `SELECT h.volunteer_id FROM hour_entries h
           WHERE h.status = 'approved' AND h.activity_date >= make_date($1::int, 1, 1) AND h.activity_date < make_date($1::int + 1, 1, 1)
           GROUP BY h.volunteer_id HAVING sum(h.minutes) >= $2::int`,
  // The first approved activity on or before the cut-off day; people who left are not counted.
  activeYears: `SELECT h.volunteer_id FROM hour_entries h JOIN volunteers v ON v.id = h.volunteer_id
                 WHERE h.status = 'approved' AND v.status <> 'left'
                 GROUP BY h.volunteer_id HAVING min(h.activity_date) <= $1::date`,
  // A card that is not revoked and still valid on the event's day.
  cardHolder: `SELECT c.volunteer_id FROM cards c WHERE c.revoked_at IS NULL AND (c.valid_until IS NULL OR c.valid_until >= $1::date)`,
  completedSponsorship: `SELECT s.volunteer_id FROM sponsorships s
                          WHERE s.state = 'closed' AND s.volunteer_id IS NOT NULL AND s.end_date BETWEEN $1::date AND $2::date`,
  nominated: `SELECT n.volunteer_id FROM event_nominations n JOIN event_award_categories ac ON ac.id = n.category_id
               WHERE ac.event_id = $1 AND n.volunteer_id IS NOT NULL`,
};

interface VolunteerRow {
  volunteerId: string;
  email: string | null;
  name: string;
  locale: string;
}

interface ContactRow {
  contactId: string;
  email: string | null;
  name: string;
}

export interface CriteriaContext {
  today: string;
  timeZone: string;
}

/** Candidates per source, each criterion on its own (for "how many does it select"), before combining. */
export type CandidatesBySource = Partial<Record<InvitationSource, Candidate[]>>;

/**
 * Runs every criterion that is set. The volunteer criteria (hours, years active, card, sponsorship) are combined
 * with `volunteerMatch`: all = only volunteers every one of them selects, any = everyone one of them selects.
 * Organisation contacts and nominees come on top. Returns the combined candidates (one per person and source, for
 * mergeCandidates) and each criterion's own selection.
 */
export async function criteriaCandidates(
  m: EntityManager,
  event: EventRecord,
  c: InvitationCriteria,
  ctx: CriteriaContext,
): Promise<{ candidates: Candidate[]; bySource: CandidatesBySource }> {
  const volunteerSets: { source: InvitationSource; rows: VolunteerRow[] }[] = [];
  if (c.hoursInYear) volunteerSets.push({ source: 'hours', rows: await volunteers(m, VOLUNTEER_IDS.hours, [c.hoursInYear.year, c.hoursInYear.minHours * 60]) });
  if (typeof c.activeYears === 'number') {
    volunteerSets.push({ source: 'activeYears', rows: await volunteers(m, VOLUNTEER_IDS.activeYears, [addYears(ctx.today, -c.activeYears)]) });
  }
  if (c.cardHolders) {
    volunteerSets.push({ source: 'cardHolder', rows: await volunteers(m, VOLUNTEER_IDS.cardHolder, [localDate(new Date(event.startsAt), ctx.timeZone)]) });
  }
  if (c.completedSponsorships) {
    const { from, to } = c.completedSponsorships;
    volunteerSets.push({ source: 'completedSponsorship', rows: await volunteers(m, VOLUNTEER_IDS.completedSponsorship, [from, to]) });
  }

  const bySource: CandidatesBySource = {};
  for (const set of volunteerSets) bySource[set.source] = set.rows.map((r) => volunteerCandidate(r, set.source));
  const candidates = combineVolunteers(volunteerSets, c.volunteerMatch ?? 'all');

  const orgs = c.organisationContacts;
  if (orgs === true || (Array.isArray(orgs) && orgs.length)) {
    const rows = await contacts(m, `SELECT oc.id FROM organisation_contacts oc WHERE $1::uuid[] IS NULL OR oc.organisation_id = ANY($1::uuid[])`, [
      Array.isArray(orgs) ? orgs : null,
    ]);
    bySource.organisationContact = rows.map((r) => contactCandidate(r, 'organisationContact'));
    candidates.push(...bySource.organisationContact);
  }

  if (c.nominated) {
    const nominees = (await volunteers(m, VOLUNTEER_IDS.nominated, [event.id])).map((r) => volunteerCandidate(r, 'nominated'));
    // An initiative or association is invited through its contact persons.
    const orgContacts = await contacts(
      m,
      `SELECT oc.id FROM organisation_contacts oc JOIN event_nominations n ON n.organisation_id = oc.organisation_id
         JOIN event_award_categories ac ON ac.id = n.category_id WHERE ac.event_id = $1`,
      [event.id],
    );
    bySource.nominated = [...nominees, ...orgContacts.map((r) => contactCandidate(r, 'nominated'))];
    candidates.push(...bySource.nominated);
  }
  return { candidates, bySource };
}

function combineVolunteers(sets: { source: InvitationSource; rows: VolunteerRow[] }[], match: 'all' | 'any'): Candidate[] {
  if (!sets.length) return [];
  const idSets = sets.map((s) => new Set(s.rows.map((r) => r.volunteerId)));
  const chosen = match === 'all' ? (id: string) => idSets.every((ids) => ids.has(id)) : () => true;
  return sets.flatMap((s) => s.rows.filter((r) => chosen(r.volunteerId)).map((r) => volunteerCandidate(r, s.source)));
}

async function volunteers(m: EntityManager, idsSql: string, params: unknown[]): Promise<VolunteerRow[]> {
  return m.query(`${VOLUNTEER_CANDIDATES} (${idsSql}) ORDER BY v.last_name, v.first_name, v.id`, params);
}

async function contacts(m: EntityManager, idsSql: string, params: unknown[]): Promise<ContactRow[]> {
  return m.query(`SELECT c.id AS "contactId", c.email, c.name FROM organisation_contacts c WHERE c.id IN (${idsSql}) ORDER BY c.name, c.id`, params);
}

const volunteerCandidate = (r: VolunteerRow, source: InvitationSource): Candidate => ({
  email: r.email, name: r.name, source, volunteerId: r.volunteerId, contactId: null, locale: r.locale,
});

/** Contacts have no language of their own: a volunteer with the same address decides it, else German. */
const contactCandidate = (r: ContactRow, source: InvitationSource): Candidate => ({ email: r.email, name: r.name, source, volunteerId: null, contactId: r.contactId, locale: null });
