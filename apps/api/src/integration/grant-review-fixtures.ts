import type { GrantApplicationData, GrantApplicationStatus } from '@miteinander/contracts';
import type { TestApp } from '../test-support/test-app';
import { insertApplication, validData } from './grant-fixtures';

/** An application of `applicantId` already accepted into review (or any later state), with its own reference. */
export async function inReview(
  t: TestApp,
  callId: string,
  applicantId: string,
  o: { reference: string; data?: Partial<GrantApplicationData>; status?: GrantApplicationStatus; approvedCents?: number },
): Promise<string> {
  return insertApplication(t, { callId, applicantId, status: o.status ?? 'in_review', data: await validData(t, o.data ?? {}), reference: o.reference, approvedCents: o.approvedCents });
}

/** The call's budget row and how many of its applications are approved, straight from the database. */
export async function budgetOf(t: TestApp, callId: string): Promise<{ total: number; approved: number; approvedApplications: number; approvedSum: number }> {
  const [c] = await t.dataSource.query(
    `SELECT c.total_budget_cents::int AS total, c.approved_cents::int AS approved,
            (SELECT count(*)::int FROM grant_applications a WHERE a.call_id = c.id AND a.status = 'approved') AS "approvedApplications",
            (SELECT COALESCE(sum(approved_cents), 0)::int FROM grant_applications a WHERE a.call_id = c.id AND a.status = 'approved') AS "approvedSum"
       FROM grant_calls c WHERE c.id = $1`,
    [callId],
  );
  return c;
}

/** Collects a binary response body (PDF, XLSX) into a Buffer: use with `.buffer(true).parse(binary)`. */
export function binary(response: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const res = response as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => done(null, Buffer.concat(chunks)));
}
