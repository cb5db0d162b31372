// Realistic data for the load run: the reports benchmark's data set (volunteers with histories, organisations,
// sponsorships in every state, years of hours, cards, grants, past events), then what the workload acts with:
// coordinators and volunteers signed in (sessions written straight into the table, as the benchmarks do: signing
// in thousands through argon2 would measure argon2), organisation contacts, and an upcoming event created through
// the API with invitations whose RSVP links the load answers.
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { seedReportData } = require('../../bench/support/report-data.cjs');
const { createSessions } = require('../../bench/support/bench-db.cjs');

const berlinDay = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offsetDays * 86_400_000));

/** Volunteers with an account of their own: the first `count` active ones get a user and a live session. */
async function signedInVolunteers(pool, count, tag) {
  const sessions = await createSessions(pool, 'volunteer', count, `${tag}-vol-`);
  await pool.query(
    `UPDATE volunteers v SET user_id = s.user_id
       FROM (SELECT unnest($1::uuid[]) AS user_id, generate_series(1, cardinality($1::uuid[])) AS n) s,
            (SELECT id, row_number() OVER (ORDER BY id) AS n FROM volunteers WHERE status = 'active' AND user_id IS NULL) a
      WHERE a.n = s.n AND v.id = a.id`,
    [sessions.map((s) => s.userId)],
  );
  return sessions;
}

/** The approval queue: `perVolunteer` submitted entries of each signed-in volunteer over the last eight weeks. */
async function waitingEntries(pool, perVolunteer) {
  await pool.query(
    `INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status, created_by)
     SELECT v.id, current_date - (1 + (g * 11 + v.n) % 56)::int, (30 * (1 + (g + v.n) % 6))::int, 'Begleitung', 'submitted', v.user_id
       FROM (SELECT id, user_id, row_number() OVER (ORDER BY id)::int AS n FROM volunteers WHERE user_id IS NOT NULL) v
       CROSS JOIN generate_series(1, $1::int) g`,
    [perVolunteer],
  );
}

/** Two contacts with an email per organisation: the people approval links are mailed to. */
async function organisationContacts(pool) {
  const { rows } = await pool.query(
    `INSERT INTO organisation_contacts (organisation_id, name, email)
     SELECT o.id, 'Kontakt ' || k || ' ' || o.name, 'kontakt' || k || '-' || replace(o.id::text, '-', '') || '@load.invalid'
       FROM organisations o CROSS JOIN generate_series(1, 2) k
     RETURNING id AS "contactId", organisation_id AS "organisationId"`,
  );
  return rows;
}

/** A reception in four weeks created as a coordinator would, with `count` volunteers invited and their RSVP links. */
async function upcomingEvent(pool, url, coordinator, count) {
  const day = berlinDay(28);
  const res = await fetch(`${url}/api/v1/events`, {
    method: 'POST',
    headers: { ...coordinator.headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      kind: 'reception', title: 'Ehrenamtsempfang (Lasttest)', startsAt: `${day}T18:00`, endsAt: `${day}T21:00`,
      venueName: 'Rathaus Borna, Festsaal', venueAddress: 'Markt 1, 04552 Borna', accessibility: 'Stufenloser Zugang, Aufzug.',
      capacity: 100000, rsvpDeadline: berlinDay(14), plusOnesAllowed: false, descriptionDe: 'Der Landrat dankt allen Ehrenamtlichen.',
    }),
  });
  const event = await res.json();
  if (res.status !== 201) throw new Error(`POST /events: ${res.status} ${JSON.stringify(event)}`);
  const { rows } = await pool.query(
    `INSERT INTO event_invitations (event_id, email_key, email, name, locale, volunteer_id, sources, status, invited_at)
     SELECT $1, lower(v.email), v.email, v.first_name || ' ' || v.last_name, 'de', v.id, '{volunteers}', 'invited', now()
       FROM volunteers v WHERE v.status = 'active' AND v.email IS NOT NULL ORDER BY v.id LIMIT $2
     RETURNING id`,
    [event.id, count],
  );
  await pool.query(`UPDATE recognition_events SET status = 'invited' WHERE id = $1`, [event.id]);
  const tokens = rows.map(() => randomBytes(32).toString('base64url'));
  await pool.query(
    `INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) SELECT h, i, 'rsvp' FROM unnest($1::text[], $2::uuid[]) AS t(h, i)`,
    [tokens.map((t) => createHash('sha256').update(t).digest('hex')), rows.map((r) => r.id)],
  );
  return { eventId: event.id, tokens };
}

/** Everything the workload needs; `size` scales the data set. */
export async function seed(pool, url, size, tag, log) {
  const t0 = Date.now();
  const { counts } = await seedReportData(pool, size.data, (line) => log(`  seed${line}`));
  const coordinators = await createSessions(pool, 'coordinator', size.coordinators, `${tag}-coord-`);
  const volunteers = await signedInVolunteers(pool, size.signedInVolunteers, tag);
  await waitingEntries(pool, 5);
  const contacts = await organisationContacts(pool);
  const { eventId, tokens } = await upcomingEvent(pool, url, coordinators[0], size.invitations);
  // Waiting entries the coordinators decide on, besides those the load logs itself.
  const submitted = (await pool.query(`SELECT id FROM hour_entries WHERE status = 'submitted' ORDER BY created_at, id LIMIT 100000`)).rows.map((r) => r.id);
  const municipalities = (await pool.query(`SELECT id FROM municipalities WHERE NOT outside_county ORDER BY id`)).rows.map((r) => r.id);
  await pool.query('ANALYZE');
  log(`  data: ${Object.entries(counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ${coordinators.length} coordinators, ${volunteers.length} signed-in volunteers, ${tokens.length} invitations (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
  return { coordinators, volunteers, contacts, eventId, rsvpTokens: tokens, submitted, municipalities };
}
