import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { PasswordHasher, User } from '@miteinander/server-identity';
import { Municipality, Organisation, Volunteer } from '@miteinander/server-people';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_STAFF, DEMO_VOLUNTEERS } from './demo-people';


/**
 * Demo data for Landkreis Leipzig: coordinators and a reviewer, organisations, and volunteers with
 * German and non-German names, languages and availability. Idempotent: runs only once per database.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const logger = new Logger('Demo');
  if (await dataSource.getRepository(User).existsBy({ email: DEMO_STAFF[0]!.email })) {
    logger.log('Demo data is already loaded.');
    return;
  }
  const passwordHash = await app.get(PasswordHasher).hash(DEMO_PASSWORD);
  const municipalities = await dataSource.getRepository(Municipality).findBy({ name: In([...DEMO_ORGANISATIONS, ...DEMO_VOLUNTEERS].map((x) => x.municipality)) });
  const municipalityId = (name: string) => municipalities.find((m) => m.name === name)?.id ?? null;

  await dataSource.transaction(async (m) => {
    for (const person of DEMO_STAFF) {
      await m.save(m.create(User, { ...person, passwordHash, emailVerifiedAt: new Date() }));
    }
    for (const org of DEMO_ORGANISATIONS) {
      await m.save(m.create(Organisation, { name: org.name, kind: org.kind, contactEmail: org.contactEmail, municipalityId: municipalityId(org.municipality) }));
    }
    for (const v of DEMO_VOLUNTEERS) {
      const user = v.hasAccount
        ? await m.save(m.create(User, { email: v.email, displayName: `${v.firstName} ${v.lastName}`, roles: ['volunteer'], locale: v.locale, passwordHash, emailVerifiedAt: new Date() }))
        : null;
      await m.save(
        m.create(Volunteer, {
          userId: user?.id ?? null,
          firstName: v.firstName,
          lastName: v.lastName,
          email: v.email,
          municipalityId: municipalityId(v.municipality),
          languages: v.languages,
          availability: v.availability,
          status: v.status,
        }),
      );
    }
  });
  logger.log(
    `Demo data loaded: ${DEMO_STAFF.length} staff, ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_VOLUNTEERS.length} volunteers. ` +
      `Sign in as ${DEMO_STAFF[0]!.email} (or any demo address) with ${DEMO_PASSWORD}`,
  );
}
