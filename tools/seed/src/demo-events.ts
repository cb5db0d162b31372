import type { EntityManager } from 'typeorm';
import { addDays } from '@miteinander/domain-volunteers';

/** Evening events at 18:00 Berlin time (the demo runs in winter and summer alike: the offset comes from PostgreSQL). */
const at18 = (date: string) => `${date} 18:00 Europe/Berlin`;

/**
 * Demo recognition events: a volunteer reception in three weeks with an invitation list in every answer state and an
 * award category with nominations, and last month's thank-you festival with its attendance. No mails are written:
 * the demo shows the lists, not a full mailbox.
 */
export async function seedDemoEvents(m: EntityManager, today: string, coordinatorId: string): Promise<void> {
  const insertEvent = async (kind: string, title: string, date: string, capacity: number, deadline: string, status: string): Promise<string> => {
    const rows: { id: string }[] = await m.query(
      `INSERT INTO recognition_events (kind, title, starts_at, ends_at, venue_name, venue_address, accessibility, capacity, rsvp_deadline, plus_ones_allowed,
                                       description_de, description_en, status, created_by)
       VALUES ($1, $2, $3::timestamptz, $3::timestamptz + interval '3 hours', 'Rathaus Borna, Festsaal', 'Markt 1, 04552 Borna',
               'Stufenloser Zugang über den Hof, Aufzug, barrierefreies WC, Induktionsschleife im Saal.', $4, $5, true,
               'Der Landkreis dankt allen Ehrenamtlichen mit Musik, Essen und der Verleihung des Ehrenamtspreises.',
               'The county thanks all volunteers with music, food and the volunteer award.', $6, $7) RETURNING id`,
      [kind, title, at18(date), capacity, deadline, status, coordinatorId],
    );
    return rows[0]!.id;
  };
  const reception = await insertEvent('award_ceremony', 'Ehrenamtsempfang und Ehrenamtspreis', addDays(today, 21), 60, addDays(today, 10), 'invited');
  const festival = await insertEvent('thank_you_festival', 'Dankeschön-Fest im Sommer', addDays(today, -30), 120, addDays(today, -40), 'invited');

  const volunteers: { id: string; name: string; email: string }[] = await m.query(
    `SELECT id, first_name || ' ' || last_name AS name, email FROM volunteers WHERE email IS NOT NULL AND status IN ('active', 'paused') ORDER BY last_name, first_name LIMIT 16`,
  );
  const answers = ['accepted', 'accepted', 'accepted', 'declined', 'invited', 'accepted', 'waitlisted', 'invited'];
  for (const [i, v] of volunteers.entries()) {
    const status = answers[i % answers.length]!;
    await m.query(
      `INSERT INTO event_invitations (event_id, email_key, email, name, sources, status, waitlist_seq, plus_one, dietary_needs, photo_consent, invited_at, answered_at)
       VALUES ($1, lower($2), $2, $3, '{hours}', $4, CASE WHEN $4 = 'waitlisted' THEN nextval('event_waitlist_seq') END, $5, $6, $7, now() - interval '5 days',
               CASE WHEN $4 = 'invited' THEN NULL ELSE now() - interval '2 days' END)`,
      [reception, v.email, v.name, status, status === 'accepted' && i % 3 === 0, i % 4 === 0 ? 'vegetarisch' : null, status === 'accepted' ? i % 2 === 0 : null],
    );
    await m.query(
      `INSERT INTO event_invitations (event_id, email_key, email, name, sources, status, invited_at, answered_at, checked_in_at, checked_in_by)
       VALUES ($1, lower($2), $2, $3, '{activeYears}', 'accepted', now() - interval '50 days', now() - interval '45 days',
               CASE WHEN $4 THEN $5::timestamptz + interval '10 minutes' END, CASE WHEN $4 THEN $6::uuid END)`,
      [festival, v.email, v.name, i % 5 !== 4, at18(addDays(today, -30)), coordinatorId],
    );
  }
  const [{ id: category }] = await m.query(
    `INSERT INTO event_award_categories (event_id, name, description) VALUES ($1, 'Ehrenamtspreis des Landkreises', 'Für besonders langes und verlässliches Engagement.') RETURNING id`,
    [reception],
  );
  for (const v of volunteers.slice(0, 2)) {
    await m.query(`INSERT INTO event_nominations (category_id, volunteer_id, reason, nominated_by_user) VALUES ($1, $2, $3, $4)`, [
      category,
      v.id,
      'Begleitet seit Jahren Familien zu Ämtern und Ärzten und ist immer erreichbar, wenn es brennt.',
      coordinatorId,
    ]);
  }
}
