// Bulk data for the reports benchmark, written with set-based SQL (generate_series): volunteers with status histories,
// organisations, families/pupils with sponsorships in every state and their transitions, hour entries (through
// hour_entries, so the hours rollup's triggers fill the rollup as in production), card applications and cards, two
// grant calls with applications and payments, and recognition events with invitations and check-ins.
// Every date lies in the past; spans are fractions of "created → now", so each history is in order.

const volunteerStatusPath = (g) => `CASE ${g} % 10
    WHEN 0 THEN ARRAY['interested']
    WHEN 1 THEN ARRAY['interested','intake_done']
    WHEN 5 THEN ARRAY['interested','active','paused','active']
    WHEN 6 THEN ARRAY['interested','active','paused','active']
    WHEN 7 THEN ARRAY['interested','active','paused']
    WHEN 8 THEN ARRAY['interested','active','left']
    WHEN 9 THEN ARRAY['interested','active','paused','left']
    ELSE ARRAY['interested','active'] END`;

/** `count` volunteers created over the last five years, each with a status history whose last row is their status. */
async function insertReportVolunteers(pool, count) {
  await pool.query(
    `INSERT INTO volunteers (first_name, last_name, email, municipality_id, languages, status, capacity, created_at, updated_at)
     SELECT 'Vorname', 'Name ' || g, 'rv' || g || '@bench.invalid',
            m.ids[1 + (g * 31 + g / 7) % array_length(m.ids, 1)],
            '[{"code":"de","level":"native"}]'::jsonb,
            p.path[array_length(p.path, 1)], 1 + g % 3,
            now() - make_interval(days => 1 + (g * 7919) % 1826, secs => g % 86400),
            now()
       FROM generate_series(1, $1::int) g
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities WHERE NOT outside_county) m
       CROSS JOIN LATERAL (SELECT ${volunteerStatusPath('g')} AS path) p`,
    [count],
  );
  // The k-th change of a history of n happens (k-1)/n of the way from the creation to now.
  await pool.query(
    `INSERT INTO volunteer_status_changes (volunteer_id, from_status, to_status, reason, changed_at)
     SELECT v.id, p.path[s.k - 1], p.path[s.k], CASE WHEN s.k = 1 THEN 'Angelegt' ELSE 'Statuswechsel' END,
            v.created_at + (now() - v.created_at) * ((s.k - 1)::float / array_length(p.path, 1))
       FROM (SELECT id, created_at, substring(last_name FROM 6)::int AS g FROM volunteers WHERE email LIKE 'rv%@bench.invalid') v
       CROSS JOIN LATERAL (SELECT ${volunteerStatusPath('v.g')} AS path) p
       CROSS JOIN LATERAL generate_series(1, array_length(p.path, 1)) AS s(k)`,
  );
}

/** Ten organisations of every kind, spread over the municipalities. */
async function insertOrganisations(pool) {
  await pool.query(
    `INSERT INTO organisations (name, kind, municipality_id)
     SELECT 'Organisation ' || g, (ARRAY['association','church','municipality','welfare','initiative'])[1 + g % 5],
            (SELECT id FROM municipalities ORDER BY id OFFSET g % 5 LIMIT 1)
       FROM generate_series(1, 10) g`,
  );
}

const STATES = `ARRAY['inquiry','intake','ready_to_match','match_proposed','intro_meeting','trial','active','closing','closed']`;
/** Index (1-based) of the current state in the full path, by g % 20: 7 of 20 closed, 5 active, the rest in between. */
const stateIndex = (g) => `(ARRAY[1,2,3,4,5,6,6,7,7,7,7,7,8,9,9,9,9,9,9,9])[1 + ${g} % 20]`;
/** Closed without ever being matched (inquiry → intake → closed), a quarter of the closed ones. */
const unmatched = (g) => `(${stateIndex(g)} = 9 AND (${g} / 20) % 4 = 0)`;
const statePath = (g) => `CASE WHEN ${unmatched(g)} THEN ARRAY['inquiry','intake','closed'] ELSE (${STATES})[1:${stateIndex(g)}] END`;

/** `count` beneficiaries with one sponsorship each, of the three kinds, in all states, and their transitions. */
async function insertSponsorships(pool, count) {
  await pool.query(
    `INSERT INTO beneficiaries (kind, name, municipality_id, german_level, needs, adults, children_ages, created_at)
     SELECT CASE WHEN g % 3 = 2 THEN 'pupil' ELSE 'family' END, 'Begünstigte ' || g,
            m.ids[1 + (g * 13) % array_length(m.ids, 1)], (ARRAY['none','A1','A2','B1'])[1 + g % 4], 'Begleitung im Alltag',
            CASE WHEN g % 3 = 2 THEN NULL ELSE 1 + g % 3 END, CASE WHEN g % 2 = 0 THEN ARRAY[4, 9] ELSE '{}' END,
            now() - make_interval(days => 30 + (g * 37) % 1065)
       FROM generate_series(1, $1::int) g
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities WHERE NOT outside_county) m`,
    [count],
  );
  await pool.query(
    `INSERT INTO sponsorships (kind, beneficiary_id, state, involves_minors, volunteer_id, planned_months, intro_meeting_date,
                               contacts_shared_at, trial_start, trial_weeks, has_trial_review, has_closing_talk, end_date, end_reason,
                               requested_at, updated_at)
     SELECT (ARRAY['family','mother','learning'])[1 + g % 3], b.id, p.path[p.n],
            g % 3 = 2 OR g % 2 = 0,
            CASE WHEN p.matched THEN vs.ids[1 + (g * 17) % array_length(vs.ids, 1)] END,
            6 + g % 13,
            CASE WHEN p.matched AND p.n >= 5 THEN (b.created_at + p.step * 4)::date END,
            CASE WHEN p.matched AND p.n >= 6 THEN b.created_at + p.step * 5 END,
            CASE WHEN p.matched AND p.n >= 6 THEN (b.created_at + p.step * 5)::date END,
            4 + g % 9,
            p.matched AND p.n >= 7, p.matched AND p.n = 9,
            CASE WHEN p.path[p.n] = 'closed' THEN (b.created_at + p.step * (p.n - 1))::date END,
            CASE WHEN p.path[p.n] <> 'closed' THEN NULL WHEN p.matched THEN (ARRAY['goal_reached','goal_reached','conflict','lack_of_time','moved_away','departure','other'])[1 + (g / 3) % 7] ELSE 'no_contact' END,
            b.created_at, now()
       FROM (SELECT id, created_at, substring(name FROM 13)::int AS g FROM beneficiaries WHERE name LIKE 'Begünstigte %') b
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM volunteers WHERE status = 'active') vs
       CROSS JOIN LATERAL (SELECT ${statePath('b.g')} AS path) pp
       CROSS JOIN LATERAL (SELECT pp.path, array_length(pp.path, 1) AS n, NOT ${unmatched('b.g')} AND ${stateIndex('b.g')} >= 4 AS matched,
                                  (now() - b.created_at) / array_length(pp.path, 1) AS step) p`,
  );
  // The k-th transition of a path of n happens (k-1)/n of the way from the request to now; the volunteer from the proposal on.
  await pool.query(
    `INSERT INTO sponsorship_transitions (sponsorship_id, from_state, to_state, volunteer_id, reason, changed_at)
     SELECT s.id, p.path[t.k - 1], p.path[t.k],
            CASE WHEN p.path[t.k] IN ('match_proposed','intro_meeting','trial','active','closing') OR (p.path[t.k] = 'closed' AND s.volunteer_id IS NOT NULL) THEN s.volunteer_id END,
            CASE WHEN p.path[t.k] = 'closed' THEN s.end_reason END,
            s.requested_at + (now() - s.requested_at) / array_length(p.path, 1) * (t.k - 1)
       FROM (SELECT s.*, substring(b.name FROM 13)::int AS g FROM sponsorships s JOIN beneficiaries b ON b.id = s.beneficiary_id) s
       CROSS JOIN LATERAL (SELECT ${statePath('s.g')} AS path) p
       CROSS JOIN LATERAL generate_series(1, array_length(p.path, 1)) AS t(k)`,
  );
}

/**
 * `perVolunteer` entries for every volunteer over the last three years (as volunteer-data.cjs' insertHourEntries):
 * mostly approved; every fifth linked to the volunteer's sponsorship (where they have one), every fourth to an organisation.
 */
async function insertReportHourEntries(pool, perVolunteer) {
  const { rows } = await pool.query(
    `SELECT v.id, (SELECT s.id FROM sponsorships s WHERE s.volunteer_id = v.id ORDER BY s.requested_at LIMIT 1) AS sponsorship_id
       FROM volunteers v ORDER BY v.id`,
  );
  const organisations = (await pool.query(`SELECT id FROM organisations ORDER BY id`)).rows.map((r) => r.id);
  const chunk = 2000;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    await pool.query(
      `INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status, sponsorship_id, organisation_id)
       SELECT v, current_date - ((g * 37 + ord * 11) % 1095)::int, (15 * (1 + (g + ord) % 12))::int, 'Begleitung',
              CASE WHEN g % 20 = 0 THEN 'rejected' WHEN g % 10 = 0 THEN 'submitted' ELSE 'approved' END,
              CASE WHEN g % 5 = 0 THEN s END,
              CASE WHEN g % 4 = 1 THEN ($4::uuid[])[1 + (g + ord) % array_length($4::uuid[], 1)] END
         FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS t(v, s, ord), generate_series(1, $3::int) g`,
      [part.map((r) => r.id), part.map((r) => r.sponsorship_id), perVolunteer, organisations],
    );
  }
}

/** `count` card applications of distinct volunteers over three years; the issued ones with their card. */
async function insertCards(pool, count) {
  await pool.query(
    `INSERT INTO card_applications (volunteer_id, rule_set_id, status, received_at, eligibility, flagged_not_eligible, status_token_hash,
                                    status_token_expires_at, approved, decided_at, withdrawn_at)
     SELECT vs.ids[1 + (g * 7) % array_length(vs.ids, 1)], rs.ids[1 + g % array_length(rs.ids, 1)], st.status,
            r.received_at, '{}'::jsonb, false, md5('card-status-' || g), now() + interval '30 days',
            CASE st.status WHEN 'issued' THEN true WHEN 'rejected' THEN false END,
            CASE WHEN st.status IN ('issued','rejected') THEN r.received_at + (now() - r.received_at) * 0.3 END,
            CASE WHEN st.status = 'withdrawn' THEN r.received_at + (now() - r.received_at) * 0.2 END
       FROM generate_series(1, $1::int) g
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM volunteers) vs
       CROSS JOIN (SELECT array_agg(id ORDER BY code, version) AS ids FROM card_rule_sets) rs
       CROSS JOIN LATERAL (SELECT (ARRAY['awaiting_confirmation','ready_for_decision','waiting_for_quota','issued','issued','issued','issued','issued','rejected','withdrawn'])[1 + g % 10] AS status) st
       CROSS JOIN LATERAL (SELECT now() - make_interval(days => 1 + (g * 13) % 1095, secs => g % 86400) AS received_at) r`,
    [count],
  );
  await pool.query(
    `INSERT INTO cards (application_id, volunteer_id, rule_set_code, card_number, valid_from, valid_until, verify_code, issued_at)
     SELECT a.id, a.volunteer_id, rs.code, 'EA-' || row_number() OVER (ORDER BY a.decided_at, a.id), (a.decided_at AT TIME ZONE 'Europe/Berlin')::date,
            (a.decided_at AT TIME ZONE 'Europe/Berlin')::date + 3 * 365, md5('verify-' || a.id), a.decided_at
       FROM card_applications a JOIN card_rule_sets rs ON rs.id = a.rule_set_id
      WHERE a.status = 'issued'`,
  );
}

const GRANT_STATUSES = `ARRAY['draft','submitted','revision_requested','in_review','approved','rejected','payment_requested','paid','report_submitted','report_corrections','closed','withdrawn']`;

/** Two calls (last year and this year) with `count` applications from 200 applicants, and payments where due. */
async function insertGrants(pool, count) {
  await pool.query(
    `INSERT INTO users (email, display_name, roles, email_verified_at)
     SELECT 'applicant' || g || '@bench.invalid', 'Antragsteller ' || g, ARRAY['applicant'], now() FROM generate_series(1, 200) g`,
  );
  await pool.query(
    `INSERT INTO grant_calls (year, title, total_budget_cents, max_per_project_cents, max_per_language_course_cents, deadline, min_lead_days,
                              fields_of_action, project_areas, criteria, report_months, status)
     SELECT y, 'Mikroprojekte ' || y, 10000000000, 500000, 100000, make_date(y, 10, 31), 14,
            '["language","education","work","cohesion"]'::jsonb,
            '[{"code":"sprachkurs","label":"Sprachkurs","fieldOfAction":"language","languageCourse":true},{"code":"begegnung","label":"Begegnungsprojekt","fieldOfAction":"cohesion","languageCourse":false}]'::jsonb,
            '[{"code":"bedarf","label":"Bedarf","weight":50},{"code":"wirkung","label":"Wirkung","weight":50}]'::jsonb, 6, 'open'
       FROM (SELECT extract(year FROM current_date)::int - k AS y FROM generate_series(0, 1) k) years`,
  );
  await pool.query(
    `INSERT INTO grant_applications (call_id, applicant_id, reference, status, version, data, requested_cents, submitted_at, approved_cents, decided_at, closed_at)
     SELECT c.id, us.ids[1 + g % array_length(us.ids, 1)],
            CASE WHEN st.status <> 'draft' THEN 'MP-' || c.year || '-' || lpad(g::text, 5, '0') END,
            st.status, CASE WHEN st.status = 'draft' THEN 0 ELSE 1 END,
            jsonb_build_object('title', 'Projekt ' || g, 'fieldOfAction', (ARRAY['language','education','work','cohesion'])[1 + g % 4],
                               'municipalityId', m.ids[1 + (g * 7) % array_length(m.ids, 1)], 'requestedCents', rq.cents),
            rq.cents,
            CASE WHEN st.status <> 'draft' THEN sub.at END,
            CASE WHEN st.approved THEN rq.cents - (g % 3) * 10000 END,
            CASE WHEN st.approved OR st.status = 'rejected' THEN sub.at + interval '30 days' END,
            CASE WHEN st.status = 'closed' THEN sub.at + interval '120 days' END
       FROM generate_series(1, $1::int) g
       CROSS JOIN (SELECT array_agg(id ORDER BY email) AS ids FROM users WHERE 'applicant' = ANY(roles)) us
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities) m
       CROSS JOIN LATERAL (SELECT * FROM grant_calls WHERE year = extract(year FROM current_date)::int - g % 2) c
       CROSS JOIN LATERAL (SELECT (${GRANT_STATUSES})[1 + (g / 2) % 12] AS status) s0
       CROSS JOIN LATERAL (SELECT s0.status, s0.status IN ('approved','payment_requested','paid','report_submitted','report_corrections','closed') AS approved) st
       CROSS JOIN LATERAL (SELECT 50000 + (g * 1237) % 4500 * 100 AS cents) rq
       CROSS JOIN LATERAL (SELECT make_date(c.year, 1, 10) + make_interval(days => (g * 7) % 200) AS at) sub`,
    [count],
  );
  await pool.query(
    `INSERT INTO grant_payments (application_id, amount_cents, requested_at, paid_on)
     SELECT id, approved_cents, decided_at + interval '10 days',
            CASE WHEN status <> 'payment_requested' THEN (decided_at + interval '20 days')::date END
       FROM grant_applications WHERE status IN ('payment_requested','paid','report_submitted','report_corrections','closed')`,
  );
  await pool.query(
    `UPDATE grant_calls c SET approved_cents = coalesce((SELECT sum(approved_cents) FROM grant_applications a WHERE a.call_id = c.id), 0)`,
  );
}

const INVITATION_STATUS = `(ARRAY['listed','invited','invited','accepted','accepted','accepted','accepted','declined','waitlisted','removed'])[1 + i % 10]`;

/** `events` recognition events over three years with `perEvent` invitations each; accepted guests of past events mostly checked in. */
async function insertEvents(pool, events, perEvent) {
  await pool.query(
    `INSERT INTO recognition_events (kind, title, starts_at, ends_at, venue_name, venue_address, capacity, rsvp_deadline, status)
     SELECT (ARRAY['award_ceremony','reception','thank_you_festival'])[1 + e % 3], 'Veranstaltung ' || e, s.at, s.at + interval '3 hours',
            'Rathaus', 'Markt 1', 100000, (s.at - interval '7 days')::date, CASE WHEN e % 10 = 0 THEN 'cancelled' ELSE 'invited' END
       FROM generate_series(1, $1::int) e
       CROSS JOIN LATERAL (SELECT date_trunc('day', now()) - make_interval(days => e * (1080 / $1::int)) + interval '17 hours' AS at) s`,
    [events],
  );
  await pool.query(
    `INSERT INTO event_invitations (event_id, email_key, email, name, volunteer_id, sources, status, waitlist_seq, invited_at, answered_at, checked_in_at)
     SELECT ev.id, 'guest' || i || '@bench.invalid', 'guest' || i || '@bench.invalid', 'Gast ' || i,
            vs.ids[1 + (ev.n * $1::int + i) % array_length(vs.ids, 1)], ARRAY['volunteers'], st.status,
            CASE WHEN st.status = 'waitlisted' THEN nextval('event_waitlist_seq') END,
            CASE WHEN st.status <> 'listed' THEN ev.starts_at - interval '30 days' END,
            CASE WHEN st.status IN ('accepted','declined','waitlisted') THEN ev.starts_at - interval '20 days' END,
            CASE WHEN st.status = 'accepted' AND i % 4 <> 0 AND ev.status = 'invited' THEN ev.starts_at + interval '10 minutes' END
       FROM (SELECT id, starts_at, status, row_number() OVER (ORDER BY starts_at) AS n FROM recognition_events) ev
       CROSS JOIN generate_series(1, $1::int) i
       CROSS JOIN (SELECT array_agg(id ORDER BY id) AS ids FROM volunteers) vs
       CROSS JOIN LATERAL (SELECT ${INVITATION_STATUS} AS status) st`,
    [perEvent],
  );
}

/** Everything, timed per part; returns the row counts and the seconds each part took. */
async function seedReportData(pool, size, log = console.log) {
  const timings = {};
  const timed = async (name, fn) => {
    const t0 = Date.now();
    await fn();
    timings[name] = (Date.now() - t0) / 1000;
    log(`  ${name}: ${timings[name].toFixed(1)} s`);
  };
  await timed('volunteers', () => insertReportVolunteers(pool, size.volunteers));
  await timed('organisations', () => insertOrganisations(pool));
  await timed('sponsorships', () => insertSponsorships(pool, size.sponsorships));
  await timed('hours', () => insertReportHourEntries(pool, size.hoursPerVolunteer));
  await timed('cards', () => insertCards(pool, size.cards));
  await timed('grants', () => insertGrants(pool, size.grants));
  await timed('events', () => insertEvents(pool, size.events, size.invitationsPerEvent));
  await timed('analyze', () => pool.query('VACUUM ANALYZE'));
  const counts = (
    await pool.query(
      `SELECT (SELECT count(*) FROM volunteers)::int AS volunteers, (SELECT count(*) FROM volunteer_status_changes)::int AS status_changes,
              (SELECT count(*) FROM hour_entries)::int AS hour_entries, (SELECT count(*) FROM sponsorships)::int AS sponsorships,
              (SELECT count(*) FROM sponsorship_transitions)::int AS transitions, (SELECT count(*) FROM card_applications)::int AS card_applications,
              (SELECT count(*) FROM cards)::int AS cards, (SELECT count(*) FROM grant_applications)::int AS grant_applications,
              (SELECT count(*) FROM grant_payments)::int AS grant_payments, (SELECT count(*) FROM event_invitations)::int AS invitations`,
    )
  ).rows[0];
  return { counts, timings };
}

module.exports = { seedReportData };
