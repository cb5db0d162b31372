import type { Role } from '@miteinander/contracts';
import { PasswordHasher, User } from '@miteinander/server-identity';
import { waitFor, type TestApp } from './test-app';

export const TEST_PASSWORD = 'Lange-Testphase-2026';

/** An account straight in the database (verified, active), for tests about what it may do. */
export async function createUser(t: TestApp, email: string, roles: Role[], password = TEST_PASSWORD): Promise<User> {
  const repo = t.dataSource.getRepository(User);
  const passwordHash = await t.app.get(PasswordHasher).hash(password);
  return repo.save(repo.create({ email, displayName: email.split('@')[0]!, roles, passwordHash, emailVerifiedAt: new Date(), locale: 'de' }));
}

export interface SignedIn {
  agent: ReturnType<TestApp['agent']>;
  csrf: string;
  userId: string;
}

/** Signs in through the API like the browser does; the agent keeps the cookies, `csrf` goes in X-XSRF-TOKEN. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD): Promise<SignedIn> {
  const agent = t.agent();
  const res = await agent.post('/api/v1/auth/login').send({ email, password });
  if (res.status !== 200) throw new Error(`sign-in failed for ${email}: ${res.status} ${JSON.stringify(res.body)}`);
  return { agent, csrf: res.body.csrfToken, userId: res.body.user.id };
}

/** The newest mail to an address, from the outbox (the captured mailbox in embedded mode). */
export async function latestMailTo(t: TestApp, to: string): Promise<{ subject: string; body_text: string | null; status: string; message_id: string } | undefined> {
  const rows = await t.dataSource.query(`SELECT subject, body_text, status, message_id FROM outbox WHERE recipient = $1 ORDER BY created_at DESC LIMIT 1`, [to]);
  return rows[0];
}

export function linkToken(text: string, path: string): string {
  const match = new RegExp(`/${path}\\?token=([A-Za-z0-9_-]+)`).exec(text);
  if (!match) throw new Error(`no ${path} link in: ${text}`);
  return match[1]!;
}

/** Waits until the newest mail to an address has been sent (captured or delivered). */
export function sentMailTo(t: TestApp, to: string): Promise<NonNullable<Awaited<ReturnType<typeof latestMailTo>>>> {
  return waitFor(async () => {
    const m = await latestMailTo(t, to);
    return m?.status === 'sent' ? m : undefined;
  }, 10_000, `mail to ${to}`);
}
