import { expect, type Page } from '@playwright/test';
import type { Role } from '@miteinander/contracts';
import type { AdminApi } from './admin-api';
import { newPerson, registerViaApi, type Person } from './people';

/**
 * A confirmed account holding `roles`, prepared through the API and the emailed confirmation link
 * (the registration UI itself is tested in registration-journey.spec.ts).
 */
export async function accountWithRoles(page: Page, admin: AdminApi, roles: Role[], prefix: string, displayName: string): Promise<Person> {
  const person = newPerson(prefix, displayName);
  await registerViaApi(page.request, person);
  await page.goto(await admin.linkFromMail(person.email, '/verify-email'));
  await expect(page.getByText('Vielen Dank! Ihre E-Mail-Adresse ist bestätigt.')).toBeVisible();
  if (roles.join() !== 'volunteer') await admin.setRoles((await admin.findUser(person.email)).id, roles);
  return person;
}
