import type { INestApplicationContext } from '@nestjs/common';
import { Logger } from '@nestjs/common';
import { DataSource, In, type EntityManager } from 'typeorm';
import { addDays } from '@miteinander/domain-volunteers';
import { PasswordHasher, User } from '@miteinander/server-identity';
import {
  Municipality, Organisation, OrganisationContact, PeopleRules, PoliceCertificateCheck, RECORDED_REASON, Volunteer, VolunteerConsent, VolunteerOrganisation,
  VolunteerStatusChange, VolunteerTraining,
} from '@miteinander/server-people';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_STAFF, DEMO_VOLUNTEERS, type DemoVolunteer } from './demo-people';
import { DEMO_ACTIVITIES, DEMO_TRAININGS, demoPoliceCertificateDates, demoStatusPath } from './demo-records';
import { seedDemoEvents } from './demo-events';
import { seedDemoGrants } from './demo-grants';
import { seedDemoSponsorships } from './demo-sponsorships';

const DAY_MS = 86_400_000;

/**
 * Demo data for Landkreis Leipzig: coordinators and a reviewer, organisations with contact people, and volunteers
 * with German and non-German names, full profiles, police-certificate records in every state, consents, trainings,
 * organisation links and logged hours (approved and waiting). Idempotent: runs only once per database.
 */
export async function seedDemoData(app: INestApplicationContext): Promise<void> {
  const dataSource = app.get(DataSource);
  const logger = new Logger('Demo');
  if (await dataSource.getRepository(User).existsBy({ email: DEMO_STAFF[0]!.email })) {
    logger.log('Demo data is already loaded.');
    return;
  }
  const rules = app.get(PeopleRules);
  const today = rules.today();
  const passwordHash = await app.get(PasswordHasher).hash(DEMO_PASSWORD);
  const municipalities = await dataSource.getRepository(Municipality).findBy({ name: In([...DEMO_ORGANISATIONS, ...DEMO_VOLUNTEERS].map((x) => x.municipality)) });
  const municipalityId = (name: string) => municipalities.find((m) => m.name === name)?.id ?? null;

  await dataSource.transaction(async (m) => {
    const staff: User[] = [];
    for (const person of DEMO_STAFF) staff.push(await m.save(m.create(User, { ...person, passwordHash, emailVerifiedAt: new Date() })));
    const coordinator = staff[0]!;
    const organisationIds = new Map<string, string>();
    for (const org of DEMO_ORGANISATIONS) {
      const saved = await m.save(
        m.create(Organisation, { name: org.name, kind: org.kind, street: org.street, postalCode: org.postalCode, municipalityId: municipalityId(org.municipality) }),
      );
      organisationIds.set(org.name, saved.id);
      for (const c of org.contacts) await m.save(m.create(OrganisationContact, { organisationId: saved.id, name: c.name, email: c.email, phone: c.phone ?? null }));
    }
    for (const [i, v] of DEMO_VOLUNTEERS.entries()) {
      const user = v.hasAccount
        ? await m.save(m.create(User, { email: v.email, displayName: `${v.firstName} ${v.lastName}`, roles: ['volunteer'], locale: v.locale, passwordHash, emailVerifiedAt: new Date() }))
        : null;
      const volunteer = await m.save(m.create(Volunteer, profile(v, user?.id ?? null, municipalityId(v.municipality))));
      // Joined some months ago, a little earlier for each person, so histories and hours look lived-in.
      const joined = addDays(today, -(200 + i * 15));
      await seedStatusHistory(m, volunteer.id, v, joined, coordinator.id);
      const links = v.organisations.map((name) => ({ volunteerId: volunteer.id, organisationId: organisationIds.get(name)!, since: addDays(joined, 30) }));
      if (links.length) await m.insert(VolunteerOrganisation, links);
      if (v.policeCertificate) {
        const dates = demoPoliceCertificateDates(v.policeCertificate, today, rules.policeCertificate);
        await m.save(m.create(PoliceCertificateCheck, { volunteerId: volunteer.id, ...dates, relevantEntry: v.policeCertificate === 'relevant_entry', inspector: coordinator.displayName, recordedBy: coordinator.id }));
      }
      for (const purpose of v.consents) {
        await m.save(m.create(VolunteerConsent, { volunteerId: volunteer.id, purpose, textVersion: '2026-01', givenAt: new Date(Date.parse(joined) + DAY_MS) }));
      }
      if (v.status === 'active' || v.status === 'paused') {
        const training = DEMO_TRAININGS[i % DEMO_TRAININGS.length]!;
        await m.save(m.create(VolunteerTraining, { volunteerId: volunteer.id, title: training.title, date: addDays(joined, 45), minutes: training.minutes }));
      }
      if (links.length && (v.status === 'active' || v.status === 'paused' || v.hasAccount)) {
        await seedHours(m, volunteer.id, links.map((l) => l.organisationId), i, today, coordinator.id, user?.id ?? coordinator.id);
      }
    }
    const byRole = (role: string) => staff.filter((u) => u.roles.includes(role as never)).map((u) => u.id);
    await seedDemoGrants(m, today, { applicant: byRole('applicant')[0]!, coordinator: coordinator.id, reviewers: byRole('reviewer'), municipalityId: municipalityId('Grimma') });
    await seedDemoEvents(m, today, coordinator.id);
    // One withdrawn consent, so the difference shows in a profile.
    await m.query(`UPDATE volunteer_consents SET withdrawn_at = now() - interval '10 days' WHERE purpose = 'photos' AND volunteer_id = (SELECT id FROM volunteers WHERE email = $1)`, [
      'amal.haddad@demo.miteinander.local',
    ]);
  });
  await seedDemoSponsorships(app, today);
  logger.log(
    `Demo data loaded: ${DEMO_STAFF.length} staff, ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_VOLUNTEERS.length} volunteers with hours, sponsorships in every stage. ` +
      `Sign in as ${DEMO_STAFF[0]!.email} (or any demo address) with ${DEMO_PASSWORD}`,
  );
}

function profile(v: DemoVolunteer, userId: string | null, municipalityId: number | null): Partial<Volunteer> {
  return {
    userId,
    firstName: v.firstName,
    lastName: v.lastName,
    email: v.email,
    phone: v.phone ?? null,
    dateOfBirth: v.dateOfBirth ?? null,
    gender: v.gender ?? null,
    mailLocale: v.locale,
    municipalityId,
    languages: v.languages,
    skills: v.skills,
    interests: v.interests,
    competences: v.competences ?? [],
    availability: v.availability,
    capacity: v.capacity,
    employedOrInTraining: v.employedOrInTraining,
    preferences: v.preferences ?? null,
    status: v.status,
  };
}

async function seedStatusHistory(m: EntityManager, volunteerId: string, v: DemoVolunteer, joined: string, coordinatorId: string): Promise<void> {
  let at = Date.parse(`${joined}T10:00:00Z`);
  await m.save(m.create(VolunteerStatusChange, { volunteerId, fromStatus: null, toStatus: 'interested', reason: RECORDED_REASON, changedBy: coordinatorId, changedAt: new Date(at) }));
  let from = 'interested' as DemoVolunteer['status'];
  for (const step of demoStatusPath(v.status)) {
    at += 21 * DAY_MS;
    await m.save(m.create(VolunteerStatusChange, { volunteerId, fromStatus: from, toStatus: step.to, reason: step.reason, changedBy: coordinatorId, changedAt: new Date(at) }));
    from = step.to;
  }
}

/**
 * About a dozen entries over the last five months: older ones approved by the coordinator, the last two weeks'
 * still waiting, so the approval queue, the totals and the certificate all have something to show.
 */
async function seedHours(m: EntityManager, volunteerId: string, organisationIds: string[], seed: number, today: string, coordinatorId: string, createdBy: string): Promise<void> {
  const rows: unknown[][] = [];
  for (let k = 0; k < 12; k++) {
    const daysAgo = 3 + k * 12 + ((seed + k) % 5);
    const waiting = daysAgo <= 14;
    rows.push([
      volunteerId,
      organisationIds[k % organisationIds.length],
      addDays(today, -daysAgo),
      60 + 15 * ((seed * 3 + k * 5) % 9),
      DEMO_ACTIVITIES[(seed + k) % DEMO_ACTIVITIES.length],
      waiting ? 'submitted' : 'approved',
      waiting ? null : coordinatorId,
      createdBy,
    ]);
  }
  // A year of weekly volunteering last year for two in three, so the honorary-card report has eligible people
  // (4 h a week: 208 h) and some who fall short (3 h a week: 156 h).
  if (seed % 3 !== 2) {
    const lastYear = Number(today.slice(0, 4)) - 1;
    for (let week = 0; week < 52; week++) {
      rows.push([
        volunteerId,
        organisationIds[week % organisationIds.length],
        addDays(`${lastYear}-01-05`, week * 7),
        seed % 3 === 0 ? 240 : 180,
        DEMO_ACTIVITIES[(seed + week) % DEMO_ACTIVITIES.length],
        'approved',
        coordinatorId,
        createdBy,
      ]);
    }
  }
  for (const r of rows) {
    await m.query(
      `INSERT INTO hour_entries (volunteer_id, organisation_id, activity_date, minutes, activity, status, decided_by_user, decided_at, created_by, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, CASE WHEN $7::uuid IS NULL THEN NULL ELSE $3::date + interval '3 days 9 hours' END, $8, $3::date + interval '20 hours', $3::date + interval '20 hours')`,
      r,
    );
  }
}
