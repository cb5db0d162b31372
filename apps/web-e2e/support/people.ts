import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';

export interface Person {
  email: string;
  displayName: string;
  password: string;
}

/** A short random tag; people created with the same tag can be found together by searching for it. */
export function uniqueTag(): string {
  return randomUUID().slice(0, 8);
}

/** A person nobody has used before: every test gets its own, so tests never share state. */
export function newPerson(prefix = 'person', displayName = 'Erika Muster', tag = uniqueTag()): Person {
  return { email: `${prefix}-${tag}@e2e.example`, displayName: `${displayName} ${tag}`, password: `Sonnenblume-${tag}-2026` };
}

/** Registers through the API (for tests whose subject is something else). */
export async function registerViaApi(request: APIRequestContext, person: Person): Promise<void> {
  const response = await request.post('/api/v1/auth/register', {
    data: { email: person.email, password: person.password, displayName: person.displayName, role: 'volunteer', locale: 'de' },
  });
  if (response.status() !== 202) throw new Error(`registration failed: ${response.status()} ${await response.text()}`);
}
