import { randomUUID } from 'node:crypto';
import { Pool } from 'pg';

/** The test database (the PostgreSQL server in the services run, PGlite otherwise), straight through `pg`. */
export function testDatabasePool(max = 4): Pool {
  const url = process.env['TEST_DATABASE_URL'];
  if (!url) throw new Error('TEST_DATABASE_URL is not set: run integration tests through jest --selectProjects integration');
  return new Pool({ connectionString: url, max });
}

export interface OutboxRowSpec {
  recipient: string;
}

/** Deterministic Message-ID of a test row, as MailService would write it (domain test.local). */
export const messageIdOf = (id: string): string => `<${id}@test.local>`;

/** Values of a pending outbox row, as MailService writes them (verify-email, German). */
export function outboxValues(id: string, recipient: string): unknown[] {
  return [
    id,
    'verify-email',
    recipient,
    'de',
    'Bitte bestätigen Sie Ihre E-Mail-Adresse',
    `<p>Hallo ${recipient},</p><p>bitte bestätigen Sie Ihre E-Mail-Adresse.</p>`,
    `Hallo ${recipient},\n\nbitte bestätigen Sie Ihre E-Mail-Adresse.`,
    messageIdOf(id),
  ];
}

export const INSERT_OUTBOX_SQL = `INSERT INTO outbox (id, template, recipient, locale, subject, html, body_text, message_id)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

/** Pending outbox rows in one statement; returns their ids in order. */
export async function insertPendingRows(db: Pool, recipients: string[]): Promise<string[]> {
  const ids = recipients.map(() => randomUUID());
  const columns: unknown[][] = [[], [], [], [], [], [], [], []];
  ids.forEach((id, i) => outboxValues(id, recipients[i]!).forEach((v, c) => columns[c]!.push(v)));
  await db.query(
    `INSERT INTO outbox (id, template, recipient, locale, subject, html, body_text, message_id)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    columns,
  );
  return ids;
}

export async function statusCounts(db: Pool): Promise<Record<string, number>> {
  const rows: { status: string; n: string }[] = (await db.query(`SELECT status, count(*) AS n FROM outbox GROUP BY status`)).rows;
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Polls until `check` returns a value (not undefined/false), or fails after `timeoutMs` naming `what`. */
export async function waitFor<T>(check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs: number, what: string, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
