import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CreateSponsorshipRequest, SponsorshipTransitionRequest } from '@miteinander/contracts';
import { addDays, addMonths } from '@miteinander/domain-volunteers';
import { User } from '@miteinander/server-identity';
import { LifecycleService, RequestsService } from '@miteinander/server-sponsorships';

type Step = SponsorshipTransitionRequest | { checkIn: string; mood: 'good' | 'okay' | 'difficult'; note: string; nextStep?: string };

interface DemoSponsorship {
  request: Omit<CreateSponsorshipRequest, 'municipalityId' | 'coordinatorId'> & { municipality: string };
  coordinator: string;
  /** Days since the request was recorded. */
  requestedDaysAgo: number;
  volunteer?: string;
  steps: (today: string) => Step[];
}

const intake = (): Step[] => [{ to: 'intake' }, { to: 'ready_to_match' }];
function paired(volunteerId: string, meeting: string, trialStart: string): Step[] {
  return [...intake(), { to: 'match_proposed', volunteerId }, { to: 'intro_meeting', introMeetingDate: meeting }, { to: 'trial', bothAgreed: true, trialStart }];
}

/** One sponsorship in every part of the lifecycle: the waiting list, a proposal, an overdue trial review, running, ending soon and closed. */
const DEMO_SPONSORSHIPS: DemoSponsorship[] = [
  {
    request: {
      kind: 'family', name: 'Familie Haddad', municipality: 'Grimma', languages: [{ code: 'ar', level: 'native' }], germanLevel: 'A1',
      needs: 'Begleitung zu Ämtern und Kita, Deutsch im Alltag üben', availability: ['tue-evening', 'sat-morning'], adults: 2, childrenAges: [7, 11],
      guardianConsent: { givenBy: 'Rania Haddad', date: '' }, contact: { phone: '0176 5550101', address: 'Lange Straße 3, 04668 Grimma' },
      preferences: { sponsorGender: 'female', sponsorAgeMin: 30, sponsorAgeMax: 65, interpreter: false, contactPerson: null },
    },
    coordinator: 'koordination', requestedDaysAgo: 45, steps: () => intake(),
  },
  {
    request: {
      kind: 'family', name: 'Familie Sultani', municipality: 'Wurzen', languages: [{ code: 'fa', level: 'native' }], germanLevel: 'none',
      needs: 'Wohnungssuche, Schulanmeldung', availability: ['mon-afternoon'], adults: 2, childrenAges: [3],
      preferences: { sponsorGender: null, interpreter: true, contactPerson: 'Herr Karimi (Dolmetscher), 0157 1112223' },
    },
    coordinator: 'integration', requestedDaysAgo: 20, steps: () => [{ to: 'intake' }],
  },
  {
    request: {
      kind: 'learning', name: 'Amina R.', municipality: 'Borna', languages: [{ code: 'ar', level: 'native' }], germanLevel: 'B1',
      needs: 'Mathe und Deutsch für die 6. Klasse', availability: ['wed-afternoon'],
      pupil: { age: 12, grade: 6, schoolType: 'oberschule', subjects: ['math', 'german'], schoolContact: 'Frau Lehmann, Oberschule Borna' },
      guardianConsent: { givenBy: 'Samira R.', date: '' },
    },
    coordinator: 'koordination', requestedDaysAgo: 5, steps: () => [],
  },
  {
    request: {
      kind: 'mother', name: 'Frau Petrenko', municipality: 'Markkleeberg', languages: [{ code: 'uk', level: 'native' }, { code: 'ru', level: 'C1' }],
      germanLevel: 'A2', needs: 'Austausch, Arzttermine, Spielplatzkontakte', availability: ['wed-evening'], adults: 1, childrenAges: [1, 4],
      guardianConsent: { givenBy: 'Iryna Petrenko', date: '' },
    },
    coordinator: 'koordination', requestedDaysAgo: 30, volunteer: 'fatma.yilmaz', steps: () => [],
  },
  {
    request: {
      kind: 'family', name: 'Familie Ahmadi', municipality: 'Grimma', languages: [{ code: 'fa', level: 'native' }, { code: 'en', level: 'B1' }],
      germanLevel: 'A2', needs: 'Deutsch üben, Vereine kennenlernen', availability: ['tue-evening', 'sat-morning'], adults: 2, childrenAges: [9],
      guardianConsent: { givenBy: 'Maryam Ahmadi', date: '' }, contact: { phone: '0152 7788990', email: 'ahmadi@example.org', address: 'Bahnhofstraße 8, 04668 Grimma' },
    },
    coordinator: 'koordination', requestedDaysAgo: 80, volunteer: 'anna.schmidt', steps: (today) => paired('', addDays(today, -52), addDays(today, -50)),
  },
  {
    request: {
      kind: 'learning', name: 'Yusuf K.', municipality: 'Borna', languages: [{ code: 'tr', level: 'native' }], germanLevel: 'B1',
      needs: 'Lesen und Hausaufgaben, 4. Klasse', availability: ['mon-morning', 'thu-morning'],
      pupil: { age: 10, grade: 4, schoolType: 'grundschule', subjects: ['german', 'homework'], schoolContact: null },
      guardianConsent: { givenBy: 'Elif K.', date: '' },
    },
    coordinator: 'integration', requestedDaysAgo: 200, volunteer: 'ursula.lehmann',
    steps: (today) => [
      ...paired('', addDays(today, -160), addDays(today, -155)),
      { checkIn: addDays(today, -112), mood: 'good', note: 'Yusuf liest deutlich flüssiger.', nextStep: 'Weiter wöchentlich' },
      { to: 'active' },
      { checkIn: addDays(today, -30), mood: 'okay', note: 'Ferienpause, danach wieder dienstags.' },
    ],
  },
  {
    request: {
      kind: 'family', name: 'Familie Tesfay', municipality: 'Naunhof', languages: [{ code: 'ti', level: 'native' }, { code: 'en', level: 'A2' }],
      germanLevel: 'A2', needs: 'Bewerbungen, Führerschein', availability: ['sun-afternoon'], adults: 2, childrenAges: [],
    },
    coordinator: 'koordination', requestedDaysAgo: 400, volunteer: 'mohammad.rahimi',
    steps: (today) => {
      const start = addDays(addMonths(today, -12), 20);
      return [
        ...paired('', addDays(start, -3), start),
        { checkIn: addDays(start, 43), mood: 'good', note: 'Passt gut, trifft sich alle zwei Wochen.' },
        { to: 'active' },
        { checkIn: addDays(today, -40), mood: 'good', note: 'Erste Bewerbung verschickt.', nextStep: 'Abschlussgespräch planen' },
      ];
    },
  },
  {
    request: {
      kind: 'family', name: 'Familie Nasser', municipality: 'Borna', languages: [{ code: 'ar', level: 'native' }], germanLevel: 'B1',
      needs: 'Ankommen in Borna', availability: ['sat-afternoon'], adults: 2, childrenAges: [5], guardianConsent: { givenBy: 'Hiba Nasser', date: '' },
    },
    coordinator: 'koordination', requestedDaysAgo: 500, volunteer: 'amal.haddad',
    steps: (today) => {
      const start = addMonths(today, -14);
      return [
        ...paired('', addDays(start, -5), start),
        { checkIn: addDays(start, 42), mood: 'good', note: 'Sehr herzlich.' },
        { to: 'active' },
        { to: 'closing' },
        { checkIn: addDays(today, -35), mood: 'good', note: 'Familie kommt allein zurecht.' },
        { to: 'closed', endDate: addDays(today, -30), endReason: 'goal_reached', closingNote: 'Ziel erreicht, Kontakt bleibt privat bestehen.' },
      ];
    },
  },
];

/**
 * Records the demo sponsorships through the same services (and guards) as coordinators, then spreads the
 * timeline over the weeks it describes so the history reads like a real one.
 */
export async function seedDemoSponsorships(app: INestApplicationContext, today: string): Promise<void> {
  const dataSource = app.get(DataSource);
  const requests = app.get(RequestsService);
  const lifecycle = app.get(LifecycleService);
  const staff = await dataSource.getRepository(User).find();
  const user = (local: string) => staff.find((u) => u.email === `${local}@demo.miteinander.local`)!;
  const municipalities: { id: number; name: string }[] = await dataSource.query(`SELECT id, name FROM municipalities`);
  for (const demo of DEMO_SPONSORSHIPS) {
    const coordinator = user(demo.coordinator);
    const { municipality, ...request } = demo.request;
    const consent = request.guardianConsent ? { ...request.guardianConsent, date: addDays(today, -demo.requestedDaysAgo) } : undefined;
    const dto = { ...request, guardianConsent: consent, municipalityId: municipalities.find((m) => m.name === municipality)!.id, coordinatorId: coordinator.id };
    const id = await requests.create(coordinator, dto);
    await dataSource.query(`UPDATE sponsorships SET requested_at = now() - make_interval(days => $2::int) WHERE id = $1`, [id, demo.requestedDaysAgo]);
    const [volunteer]: { id: string }[] = demo.volunteer ? await dataSource.query(`SELECT id FROM volunteers WHERE email = $1`, [`${demo.volunteer}@demo.miteinander.local`]) : [];
    const steps = demo.steps(today);
    if (volunteer && !steps.some((s) => 'to' in s && s.to === 'match_proposed')) steps.push(...intake(), { to: 'match_proposed', volunteerId: volunteer.id });
    for (const step of steps) {
      if ('checkIn' in step) await lifecycle.recordCheckIn(coordinator, id, { date: step.checkIn, mood: step.mood, note: step.note, nextStep: step.nextStep ?? null });
      else await lifecycle.transition(coordinator, id, step.to === 'match_proposed' ? { ...step, volunteerId: volunteer!.id } : step);
    }
  }
  await dataSource.query(`
    UPDATE sponsorship_transitions t SET changed_at = LEAST(now(), s.requested_at + (x.n - 1) * ((now() - s.requested_at) / x.total))
      FROM sponsorships s,
           (SELECT id, row_number() OVER (PARTITION BY sponsorship_id ORDER BY id) AS n, count(*) OVER (PARTITION BY sponsorship_id) AS total FROM sponsorship_transitions) x
     WHERE s.id = t.sponsorship_id AND x.id = t.id`);
}
