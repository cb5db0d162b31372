import { argon2id, hash } from 'argon2';
import type { Pool } from 'pg';
import { hashToken, newSecretToken } from '@miteinander/server-platform';

export const PASSWORD = 'Lange-Testphase-2026';

export interface ScaleOutData {
  organisationId: string;
  coordinator: { email: string };
  /** Volunteers with an account who sign in and log hours. */
  loggers: { email: string; volunteerId: string }[];
  /** Every active volunteer with an email address: each is due one hours-nudge reminder. */
  reminderRecipients: string[];
  event: { id: string; capacity: number; tokens: string[] };
}

/**
 * The world the workload runs in, straight in the tables (these areas' own tests cover how it gets there):
 * a coordinator, `loggers` volunteers with accounts linked to one organisation, two volunteers matching can
 * place, plain active volunteers up to `activeVolunteers` in all, and a reception with RSVP links.
 */
export async function seedScaleOut(db: Pool, o: { activeVolunteers: number; loggers: number; invitees: number; capacity: number }): Promise<ScaleOutData> {
  // One argon2 hash for every account (hashing costs ~0.1 s and 64 MiB each).
  const passwordHash = await hash(PASSWORD, { type: argon2id });
  const addUser = async (email: string, roles: string[]): Promise<string> =>
    (
      await db.query(`INSERT INTO users (email, display_name, roles, password_hash, email_verified_at, locale) VALUES ($1, $2, $3, $4, now(), 'de') RETURNING id`, [
        email,
        email.split('@')[0],
        roles,
        passwordHash,
      ])
    ).rows[0].id;
  const coordinator = { email: 'koordination@scale.example.org' };
  await addUser(coordinator.email, ['coordinator']);
  const organisationId: string = (await db.query(`INSERT INTO organisations (name, kind) VALUES ('Tafel Borna', 'association') RETURNING id`)).rows[0].id;
  const [{ id: grimma }] = (await db.query(`SELECT id FROM municipalities WHERE name = 'Grimma'`)).rows;

  const loggers: ScaleOutData['loggers'] = [];
  for (let i = 0; i < o.loggers; i++) {
    const email = `logger${i}@scale.example.org`;
    const userId = await addUser(email, ['volunteer']);
    const [{ id }] = (
      await db.query(`INSERT INTO volunteers (first_name, last_name, email, user_id, status, municipality_id) VALUES ($1, 'Stunden', $2, $3, 'active', $4) RETURNING id`, [
        `Lena${i}`,
        email,
        userId,
        grimma,
      ])
    ).rows;
    await db.query(`INSERT INTO volunteer_organisations (volunteer_id, organisation_id) VALUES ($1, $2)`, [id, organisationId]);
    loggers.push({ email, volunteerId: id });
  }
  // Arabic-speaking volunteers in Grimma, free Tuesday evenings: what the matching round's requests ask for.
  for (const name of ['Greta', 'Wanda']) {
    await db.query(
      `INSERT INTO volunteers (first_name, last_name, email, status, municipality_id, languages, availability, interests, capacity)
       VALUES ($1, 'Passend', $2, 'active', $3, '[{"code":"ar","level":"C1"},{"code":"de","level":"native"}]'::jsonb, '{tue-evening,sat-morning}', '{family_sponsorship}', 1)`,
      [name, `${name.toLowerCase()}@scale.example.org`, grimma],
    );
  }
  const rest = o.activeVolunteers - o.loggers - 2;
  await db.query(
    `INSERT INTO volunteers (first_name, last_name, email, status, municipality_id)
     SELECT 'Person' || n, 'Erinnert', 'volunteer' || n || '@scale.example.org', 'active', $2 FROM generate_series(1, $1::int) n`,
    [rest, grimma],
  );
  const reminderRecipients: string[] = (await db.query(`SELECT lower(email) AS email FROM volunteers WHERE status = 'active' AND email IS NOT NULL`)).rows.map(
    (r: { email: string }) => r.email,
  );

  const startsAt = new Date(Date.now() + 28 * 86_400_000);
  const rsvpDeadline = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  const [{ id: eventId }] = (
    await db.query(
      `INSERT INTO recognition_events (kind, title, starts_at, venue_name, venue_address, capacity, rsvp_deadline, plus_ones_allowed, status)
       VALUES ('reception', 'Ehrenamtsempfang', $1, 'Rathaus Borna', 'Markt 1, 04552 Borna', $2, $3, false, 'invited') RETURNING id`,
      [startsAt, o.capacity, rsvpDeadline],
    )
  ).rows;
  const tokens: string[] = [];
  for (let i = 0; i < o.invitees; i++) {
    const email = `gast${i}@scale.example.org`;
    const [{ id }] = (
      await db.query(
        `INSERT INTO event_invitations (event_id, email_key, email, name, locale, sources, status, plus_one, invited_at)
         VALUES ($1, lower($2), $2, $3, 'de', '{manual}', 'invited', false, now()) RETURNING id`,
        [eventId, email, `Gast ${i}`],
      )
    ).rows;
    const token = newSecretToken();
    await db.query(`INSERT INTO event_invitation_tokens (token_hash, invitation_id, purpose) VALUES ($1, $2, 'rsvp')`, [hashToken(token), id]);
    tokens.push(token);
  }
  return { organisationId, coordinator, loggers, reminderRecipients, event: { id: eventId, capacity: o.capacity, tokens } };
}

/** A family request (adults only, Arabic-speaking, in Grimma) as the coordinator enters it. */
export function familyRequestBody(name: string, municipalityId: number, daysAgo: (n: number) => string): Record<string, unknown> {
  return {
    kind: 'family',
    name,
    municipalityId,
    languages: [{ code: 'ar', level: 'native' }],
    germanLevel: 'A1',
    needs: 'Begleitung zu Ämtern, Deutsch üben',
    availability: ['tue-evening', 'sat-morning'],
    contact: { phone: '0176 5550123', address: 'Lange Straße 3, 04668 Grimma' },
    adults: 2,
    childrenAges: [],
    guardianConsent: { givenBy: `${name} (Mutter)`, date: daysAgo(3) },
  };
}
