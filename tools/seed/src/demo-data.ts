import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordHasher, User } from '@miteinander/server-identity';
import type { Locale, Role } from '@miteinander/contracts';

export const DEMO_PASSWORD = 'Miteinander-Demo-2026';

interface DemoUser {
  email: string;
  displayName: string;
  roles: Role[];
  locale: Locale;
}

const STAFF: DemoUser[] = [
  { email: 'koordination@demo.miteinander.local', displayName: 'Katrin Hoffmann', roles: ['coordinator'], locale: 'de' },
  { email: 'integration@demo.miteinander.local', displayName: 'Jonas Becker', roles: ['coordinator', 'reviewer'], locale: 'de' },
  { email: 'gutachten@demo.miteinander.local', displayName: 'Sabine Krüger', roles: ['reviewer'], locale: 'de' },
];

const VOLUNTEERS: DemoUser[] = [
  { email: 'anna.schmidt@demo.miteinander.local', displayName: 'Anna Schmidt', roles: ['volunteer'], locale: 'de' },
  { email: 'lukas.weber@demo.miteinander.local', displayName: 'Lukas Weber', roles: ['volunteer'], locale: 'de' },
  { email: 'amal.haddad@demo.miteinander.local', displayName: 'Amal Haddad', roles: ['volunteer'], locale: 'ar' },
  { email: 'olena.kovalenko@demo.miteinander.local', displayName: 'Olena Kovalenko', roles: ['volunteer'], locale: 'en' },
  { email: 'mohammad.rahimi@demo.miteinander.local', displayName: 'Mohammad Rahimi', roles: ['volunteer'], locale: 'en' },
  { email: 'ursula.lehmann@demo.miteinander.local', displayName: 'Ursula Lehmann', roles: ['volunteer'], locale: 'de' },
];

const APPLICANTS: DemoUser[] = [
  { email: 'verein@demo.miteinander.local', displayName: 'Begegnungscafé Grimma e. V.', roles: ['applicant'], locale: 'de' },
];

/** Loads demo accounts (idempotent: existing addresses are left alone). All share DEMO_PASSWORD. */
export async function seedDemoData(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const hasher = app.get(PasswordHasher);
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  const repo = dataSource.getRepository(User);
  let created = 0;
  for (const person of [...STAFF, ...VOLUNTEERS, ...APPLICANTS]) {
    if (await repo.existsBy({ email: person.email })) continue;
    await repo.save(repo.create({ ...person, passwordHash, emailVerifiedAt: new Date() }));
    created++;
  }
  new Logger('Demo').log(`Demo data: ${created} account(s) added; every demo account signs in with ${DEMO_PASSWORD}`);
}
