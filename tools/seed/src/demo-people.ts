import type { Locale, Role } from '@miteinander/contracts';
import type { AvailabilitySlot, LanguageSkill, OrganisationKind, VolunteerStatus } from '@miteinander/server-people';

/** Shared by every demo account; printed at start. Demo data is for trying the product, never for production. */
export const DEMO_PASSWORD = 'Miteinander-Demo-2026';

export const DEMO_STAFF: { email: string; displayName: string; roles: Role[]; locale: Locale }[] = [
  { email: 'koordination@demo.miteinander.local', displayName: 'Katrin Hoffmann', roles: ['coordinator'], locale: 'de' },
  { email: 'integration@demo.miteinander.local', displayName: 'Jonas Becker', roles: ['coordinator', 'reviewer'], locale: 'de' },
  { email: 'gutachten@demo.miteinander.local', displayName: 'Sabine Krüger', roles: ['reviewer'], locale: 'de' },
  { email: 'verein@demo.miteinander.local', displayName: 'Begegnungscafé Grimma e. V.', roles: ['applicant'], locale: 'de' },
];

export const DEMO_ORGANISATIONS: { name: string; kind: OrganisationKind; municipality: string; contactEmail: string }[] = [
  { name: 'Begegnungscafé Grimma e. V.', kind: 'association', municipality: 'Grimma', contactEmail: 'kontakt@begegnungscafe.demo' },
  { name: 'Ev.-Luth. Kirchgemeinde Borna', kind: 'church', municipality: 'Borna', contactEmail: 'gemeinde@kirche-borna.demo' },
  { name: 'Stadt Markkleeberg – Bürgerbüro', kind: 'municipality', municipality: 'Markkleeberg', contactEmail: 'ehrenamt@markkleeberg.demo' },
  { name: 'Diakonie Leipziger Land', kind: 'welfare', municipality: 'Borna', contactEmail: 'migration@diakonie.demo' },
  { name: 'Initiative Willkommen in Wurzen', kind: 'initiative', municipality: 'Wurzen', contactEmail: 'hallo@willkommen-wurzen.demo' },
];

interface DemoVolunteer {
  firstName: string;
  lastName: string;
  email: string;
  municipality: string;
  languages: LanguageSkill[];
  availability: AvailabilitySlot[];
  status: VolunteerStatus;
  locale: Locale;
  hasAccount: boolean;
}

export const DEMO_VOLUNTEERS: DemoVolunteer[] = [
  { firstName: 'Anna', lastName: 'Schmidt', email: 'anna.schmidt@demo.miteinander.local', municipality: 'Grimma', languages: [{ code: 'de', level: 'native' }, { code: 'en', level: 'B2' }], availability: ['tue-evening', 'thu-evening', 'sat-morning'], status: 'active', locale: 'de', hasAccount: true },
  { firstName: 'Lukas', lastName: 'Weber', email: 'lukas.weber@demo.miteinander.local', municipality: 'Borna', languages: [{ code: 'de', level: 'native' }, { code: 'ru', level: 'A2' }], availability: ['mon-afternoon', 'wed-afternoon'], status: 'active', locale: 'de', hasAccount: true },
  { firstName: 'Amal', lastName: 'Haddad', email: 'amal.haddad@demo.miteinander.local', municipality: 'Wurzen', languages: [{ code: 'ar', level: 'native' }, { code: 'de', level: 'B2' }, { code: 'en', level: 'B1' }], availability: ['wed-evening', 'sat-afternoon'], status: 'active', locale: 'ar', hasAccount: true },
  { firstName: 'Olena', lastName: 'Kovalenko', email: 'olena.kovalenko@demo.miteinander.local', municipality: 'Markkleeberg', languages: [{ code: 'uk', level: 'native' }, { code: 'ru', level: 'C1' }, { code: 'de', level: 'B1' }], availability: ['tue-morning', 'fri-morning'], status: 'intake_done', locale: 'en', hasAccount: true },
  { firstName: 'Mohammad', lastName: 'Rahimi', email: 'mohammad.rahimi@demo.miteinander.local', municipality: 'Naunhof', languages: [{ code: 'fa', level: 'native' }, { code: 'de', level: 'B2' }], availability: ['sun-afternoon', 'thu-evening'], status: 'active', locale: 'en', hasAccount: true },
  { firstName: 'Ursula', lastName: 'Lehmann', email: 'ursula.lehmann@demo.miteinander.local', municipality: 'Bad Lausick', languages: [{ code: 'de', level: 'native' }], availability: ['mon-morning', 'tue-morning', 'wed-morning', 'thu-morning'], status: 'active', locale: 'de', hasAccount: true },
  { firstName: 'Thomas', lastName: 'Richter', email: 'thomas.richter@demo.miteinander.local', municipality: 'Colditz', languages: [{ code: 'de', level: 'native' }, { code: 'en', level: 'C1' }], availability: ['sat-morning'], status: 'paused', locale: 'de', hasAccount: false },
  { firstName: 'Fatma', lastName: 'Yılmaz', email: 'fatma.yilmaz@demo.miteinander.local', municipality: 'Markranstädt', languages: [{ code: 'tr', level: 'native' }, { code: 'de', level: 'C2' }], availability: ['mon-evening', 'wed-evening'], status: 'active', locale: 'de', hasAccount: false },
  { firstName: 'Dawit', lastName: 'Tesfaye', email: 'dawit.tesfaye@demo.miteinander.local', municipality: 'Grimma', languages: [{ code: 'ti', level: 'native' }, { code: 'en', level: 'B2' }, { code: 'de', level: 'A2' }], availability: ['fri-afternoon', 'sat-afternoon'], status: 'interested', locale: 'en', hasAccount: false },
  { firstName: 'Petra', lastName: 'Neumann', email: 'petra.neumann@demo.miteinander.local', municipality: 'Geithain', languages: [{ code: 'de', level: 'native' }, { code: 'fr', level: 'B1' }], availability: ['tue-afternoon', 'thu-afternoon'], status: 'active', locale: 'de', hasAccount: false },
  { firstName: 'Nour', lastName: 'Al-Khatib', email: 'nour.alkhatib@demo.miteinander.local', municipality: 'Brandis', languages: [{ code: 'ar', level: 'native' }, { code: 'ku', level: 'B2' }, { code: 'de', level: 'B1' }], availability: ['sun-morning', 'wed-afternoon'], status: 'intake_done', locale: 'ar', hasAccount: false },
  { firstName: 'Jürgen', lastName: 'Förster', email: 'juergen.foerster@demo.miteinander.local', municipality: 'Frohburg', languages: [{ code: 'de', level: 'native' }], availability: ['mon-afternoon', 'fri-morning'], status: 'left', locale: 'de', hasAccount: false },
];
