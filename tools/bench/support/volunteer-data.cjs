// Bulk test data written with set-based SQL (generate_series), so 2,000,000 rows take seconds, not hours.
const LANGUAGES = ['ar', 'uk', 'ru', 'fa', 'en', 'tr', 'ps', 'ku', 'fr', 'ti'];
const LAST_NAMES = ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schulz', 'Al-Hassan', 'Kovalenko', 'Ahmadi', 'Yilmaz', 'Nowak', 'Petrov', 'Haddad', 'Karimi', 'Richter', 'Wolf'];
const FIRST_NAMES = ['Anna', 'Jonas', 'Fatima', 'Olena', 'Reza', 'Lea', 'Paul', 'Maryam', 'Dmytro', 'Sophie', 'Ali', 'Katrin', 'Yusuf', 'Mia', 'Omid'];

/** `volunteers` people spread over the county's municipalities, each speaking German and one or two other languages. */
async function insertVolunteers(pool, volunteers) {
  await pool.query(
    `INSERT INTO volunteers (first_name, last_name, email, municipality_id, languages, availability, skills, status, capacity)
     SELECT ($2::text[])[1 + (g * 7) % array_length($2::text[], 1)],
            ($3::text[])[1 + (g * 13) % array_length($3::text[], 1)] || ' ' || g,
            'v' || g || '@bench.invalid',
            m.ids[1 + (g * 31 + g / 7) % array_length(m.ids, 1)],
            jsonb_build_array(jsonb_build_object('code', 'de', 'level', CASE WHEN g % 3 = 0 THEN 'B1' ELSE 'native' END),
                              jsonb_build_object('code', ($1::text[])[1 + g % 10], 'level', 'native'))
              || CASE WHEN g % 4 = 0 THEN jsonb_build_array(jsonb_build_object('code', ($1::text[])[1 + (g / 10) % 10], 'level', 'B2')) ELSE '[]'::jsonb END,
            ARRAY['mon-evening', 'sat-morning'],
            ARRAY['tutoring'],
            (ARRAY['interested','intake_done','active','active','active','paused','left'])[1 + g % 7],
            1 + g % 3
       FROM generate_series(1, $4) g, (SELECT array_agg(id ORDER BY id) AS ids FROM municipalities) m`,
    [LANGUAGES, FIRST_NAMES, LAST_NAMES, volunteers],
  );
}

/** `perVolunteer` entries for every volunteer over the last three years: mostly approved, some waiting or rejected. */
async function insertHourEntries(pool, perVolunteer) {
  const { rows } = await pool.query(`SELECT id FROM volunteers ORDER BY id`);
  const chunk = 2000;
  for (let i = 0; i < rows.length; i += chunk) {
    await pool.query(
      `INSERT INTO hour_entries (volunteer_id, activity_date, minutes, activity, status)
       SELECT v, current_date - ((g * 37 + ord * 11) % 1095)::int, (15 * (1 + (g + ord) % 12))::int, 'Begleitung',
              CASE WHEN g % 20 = 0 THEN 'rejected' WHEN g % 10 = 0 THEN 'submitted' ELSE 'approved' END
         FROM unnest($1::uuid[]) WITH ORDINALITY AS t(v, ord), generate_series(1, $2) g`,
      [rows.slice(i, i + chunk).map((r) => r.id), perVolunteer],
    );
  }
}

module.exports = { insertVolunteers, insertHourEntries, LANGUAGES };
