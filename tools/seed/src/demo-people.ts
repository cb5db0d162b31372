import type {
  AvailabilitySlot, Competence, ConsentPurpose, Gender, Interest, LanguageSkill, Locale, OrganisationKind, PoliceCertificateState, Role, Skill, VolunteerStatus,
} from '@miteinander/contracts';

/** Shared by every demo account; printed at start. Demo data is for trying the product, never for production. */
export const DEMO_PASSWORD = 'Miteinander-Demo-2026';

export const DEMO_STAFF: { email: string; displayName: string; roles: Role[]; locale: Locale }[] = [
  { email: 'koordination@demo.miteinander.local', displayName: 'Katrin Hoffmann', roles: ['coordinator'], locale: 'de' },
  { email: 'integration@demo.miteinander.local', displayName: 'Jonas Becker', roles: ['coordinator', 'reviewer'], locale: 'de' },
  { email: 'gutachten@demo.miteinander.local', displayName: 'Sabine Krüger', roles: ['reviewer'], locale: 'de' },
  { email: 'verein@demo.miteinander.local', displayName: 'Begegnungscafé Grimma e. V.', roles: ['applicant'], locale: 'de' },
];

interface DemoOrganisation {
  name: string;
  kind: OrganisationKind;
  street: string;
  postalCode: string;
  municipality: string;
  /** They approve hours through emailed links (no account). */
  contacts: { name: string; email: string; phone?: string }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    name: 'Begegnungscafé Grimma e. V.', kind: 'association', street: 'Markt 12', postalCode: '04668', municipality: 'Grimma',
    contacts: [{ name: 'Heike Vogel', email: 'kontakt@begegnungscafe.demo', phone: '03437 123456' }, { name: 'Samir Aziz', email: 'samir.aziz@begegnungscafe.demo' }],
  },
  {
    name: 'Ev.-Luth. Kirchgemeinde Borna', kind: 'church', street: 'Kirchplatz 3', postalCode: '04552', municipality: 'Borna',
    contacts: [{ name: 'Pfarrerin Ruth Sommer', email: 'gemeinde@kirche-borna.demo', phone: '03433 98765' }],
  },
  {
    name: 'Stadt Markkleeberg – Bürgerbüro', kind: 'municipality', street: 'Rathausplatz 1', postalCode: '04416', municipality: 'Markkleeberg',
    contacts: [{ name: 'Frank Lorenz', email: 'ehrenamt@markkleeberg.demo' }],
  },
  {
    name: 'Diakonie Leipziger Land', kind: 'welfare', street: 'Bahnhofstraße 20', postalCode: '04552', municipality: 'Borna',
    contacts: [{ name: 'Miriam Weiß', email: 'migration@diakonie.demo', phone: '03433 55501' }, { name: 'Tobias Franke', email: 'lernpaten@diakonie.demo' }],
  },
  {
    name: 'Initiative Willkommen in Wurzen', kind: 'initiative', street: 'Domplatz 5', postalCode: '04808', municipality: 'Wurzen',
    contacts: [{ name: 'Lea Günther', email: 'hallo@willkommen-wurzen.demo' }],
  },
];

/** Which state the demo police-certificate record is in today (dates are computed relative to the seeding day). */
export type DemoPoliceCertificate = Exclude<PoliceCertificateState, 'missing'>;

export interface DemoVolunteer {
  firstName: string;
  lastName: string;
  email: string;
  phone?: string;
  dateOfBirth?: string;
  gender?: Gender;
  municipality: string;
  languages: LanguageSkill[];
  skills: Skill[];
  interests: Interest[];
  competences?: Competence[];
  availability: AvailabilitySlot[];
  capacity: number;
  employedOrInTraining: boolean;
  preferences?: string;
  status: VolunteerStatus;
  locale: Locale;
  hasAccount: boolean;
  /** Names from DEMO_ORGANISATIONS. */
  organisations: string[];
  policeCertificate?: DemoPoliceCertificate;
  consents: ConsentPurpose[];
}

const CAFE = 'Begegnungscafé Grimma e. V.';
const CHURCH = 'Ev.-Luth. Kirchgemeinde Borna';
const TOWN = 'Stadt Markkleeberg – Bürgerbüro';
const DIAKONIE = 'Diakonie Leipziger Land';
const WURZEN = 'Initiative Willkommen in Wurzen';

export const DEMO_VOLUNTEERS: DemoVolunteer[] = [
  {
    firstName: 'Anna', lastName: 'Schmidt', email: 'anna.schmidt@demo.miteinander.local', phone: '0151 2345678', dateOfBirth: '1988-04-12', gender: 'female',
    municipality: 'Grimma', languages: [{ code: 'de', level: 'native' }, { code: 'en', level: 'B2' }], skills: ['tutoring', 'german_teaching'],
    interests: ['learning_sponsorship', 'language_cafe'], competences: ['teaching', 'reliability'], availability: ['tue-evening', 'thu-evening', 'sat-morning'],
    capacity: 2, employedOrInTraining: true, status: 'active', locale: 'de', hasAccount: true, organisations: [CAFE, DIAKONIE], policeCertificate: 'valid',
    consents: ['placement', 'contact_sharing', 'newsletter'],
  },
  {
    firstName: 'Lukas', lastName: 'Weber', email: 'lukas.weber@demo.miteinander.local', phone: '0160 9876543', dateOfBirth: '1996-09-30', gender: 'male',
    municipality: 'Borna', languages: [{ code: 'de', level: 'native' }, { code: 'ru', level: 'A2' }], skills: ['sports', 'it', 'job_search'],
    interests: ['leisure', 'events'], availability: ['mon-afternoon', 'wed-afternoon'], capacity: 1, employedOrInTraining: true, status: 'active', locale: 'de',
    hasAccount: true, organisations: [CHURCH], policeCertificate: 'reinspection_due', consents: ['placement', 'contact_sharing'],
  },
  {
    firstName: 'Amal', lastName: 'Haddad', email: 'amal.haddad@demo.miteinander.local', phone: '+49 176 5554433', dateOfBirth: '1990-01-22', gender: 'female',
    municipality: 'Wurzen', languages: [{ code: 'ar', level: 'native' }, { code: 'de', level: 'B2' }, { code: 'en', level: 'B1' }],
    skills: ['translation', 'accompaniment', 'cooking'], interests: ['mother_sponsorship', 'family_sponsorship'], competences: ['intercultural', 'empathy'],
    availability: ['wed-evening', 'sat-afternoon'], capacity: 2, employedOrInTraining: false, preferences: 'Begleitet am liebsten Frauen und Familien.',
    status: 'active', locale: 'ar', hasAccount: true, organisations: [WURZEN], policeCertificate: 'valid', consents: ['placement', 'contact_sharing', 'photos'],
  },
  {
    firstName: 'Olena', lastName: 'Kovalenko', email: 'olena.kovalenko@demo.miteinander.local', dateOfBirth: '1979-06-03', gender: 'female',
    municipality: 'Markkleeberg', languages: [{ code: 'uk', level: 'native' }, { code: 'ru', level: 'C1' }, { code: 'de', level: 'B1' }],
    skills: ['translation', 'childcare'], interests: ['family_sponsorship'], availability: ['tue-morning', 'fri-morning'], capacity: 1, employedOrInTraining: false,
    status: 'intake_done', locale: 'en', hasAccount: true, organisations: [TOWN], consents: ['placement'],
  },
  {
    firstName: 'Mohammad', lastName: 'Rahimi', email: 'mohammad.rahimi@demo.miteinander.local', phone: '0157 3216549', gender: 'male', municipality: 'Naunhof',
    languages: [{ code: 'fa', level: 'native' }, { code: 'de', level: 'B2' }], skills: ['translation', 'driving', 'crafts'], interests: ['counselling', 'events'],
    availability: ['sun-afternoon', 'thu-evening'], capacity: 1, employedOrInTraining: true, status: 'active', locale: 'en', hasAccount: true,
    organisations: [DIAKONIE, CAFE], policeCertificate: 'expired', consents: ['placement', 'contact_sharing'],
  },
  {
    firstName: 'Ursula', lastName: 'Lehmann', email: 'ursula.lehmann@demo.miteinander.local', phone: '03433 445566', dateOfBirth: '1954-11-08', gender: 'female',
    municipality: 'Bad Lausick', languages: [{ code: 'de', level: 'native' }], skills: ['tutoring', 'administration', 'housing_search'],
    interests: ['learning_sponsorship', 'counselling'], competences: ['organisation', 'responsibility'],
    availability: ['mon-morning', 'tue-morning', 'wed-morning', 'thu-morning'], capacity: 3, employedOrInTraining: false, status: 'active', locale: 'de',
    hasAccount: true, organisations: [CHURCH, DIAKONIE], policeCertificate: 'valid', consents: ['placement', 'contact_sharing', 'newsletter', 'photos'],
  },
  {
    firstName: 'Thomas', lastName: 'Richter', email: 'thomas.richter@demo.miteinander.local', municipality: 'Colditz',
    languages: [{ code: 'de', level: 'native' }, { code: 'en', level: 'C1' }], skills: ['it', 'job_search'], interests: ['counselling'], availability: ['sat-morning'],
    capacity: 1, employedOrInTraining: true, preferences: 'Zurzeit beruflich stark eingebunden.', status: 'paused', locale: 'de', hasAccount: false,
    organisations: [CAFE], policeCertificate: 'valid', consents: ['placement'],
  },
  {
    firstName: 'Fatma', lastName: 'Yılmaz', email: 'fatma.yilmaz@demo.miteinander.local', phone: '0341 7654321', gender: 'female', municipality: 'Markranstädt',
    languages: [{ code: 'tr', level: 'native' }, { code: 'de', level: 'C2' }], skills: ['translation', 'german_teaching'], interests: ['language_cafe', 'mother_sponsorship'],
    availability: ['mon-evening', 'wed-evening'], capacity: 2, employedOrInTraining: true, status: 'active', locale: 'de', hasAccount: false,
    organisations: [TOWN], policeCertificate: 'reinspection_due', consents: ['placement', 'contact_sharing'],
  },
  {
    firstName: 'Dawit', lastName: 'Tesfaye', email: 'dawit.tesfaye@demo.miteinander.local', municipality: 'Grimma',
    languages: [{ code: 'ti', level: 'native' }, { code: 'en', level: 'B2' }, { code: 'de', level: 'A2' }], skills: ['sports', 'music'], interests: ['leisure'],
    availability: ['fri-afternoon', 'sat-afternoon'], capacity: 1, employedOrInTraining: true, status: 'interested', locale: 'en', hasAccount: false,
    organisations: [], consents: [],
  },
  {
    firstName: 'Petra', lastName: 'Neumann', email: 'petra.neumann@demo.miteinander.local', dateOfBirth: '1965-02-17', municipality: 'Geithain',
    languages: [{ code: 'de', level: 'native' }, { code: 'fr', level: 'B1' }], skills: ['tutoring', 'crafts'], interests: ['learning_sponsorship'],
    availability: ['tue-afternoon', 'thu-afternoon'], capacity: 2, employedOrInTraining: false, status: 'active', locale: 'de', hasAccount: false,
    organisations: [DIAKONIE], policeCertificate: 'relevant_entry', consents: ['placement'],
  },
  {
    firstName: 'Nour', lastName: 'Al-Khatib', email: 'nour.alkhatib@demo.miteinander.local', municipality: 'Brandis',
    languages: [{ code: 'ar', level: 'native' }, { code: 'ku', level: 'B2' }, { code: 'de', level: 'B1' }], skills: ['translation', 'childcare'],
    interests: ['family_sponsorship'], availability: ['sun-morning', 'wed-afternoon'], capacity: 1, employedOrInTraining: true, status: 'intake_done', locale: 'ar',
    hasAccount: false, organisations: [], consents: ['placement'],
  },
  {
    firstName: 'Jürgen', lastName: 'Förster', email: 'juergen.foerster@demo.miteinander.local', municipality: 'Frohburg', languages: [{ code: 'de', level: 'native' }],
    skills: ['driving', 'crafts'], interests: ['events'], availability: ['mon-afternoon', 'fri-morning'], capacity: 1, employedOrInTraining: false, status: 'left',
    locale: 'de', hasAccount: false, organisations: [CHURCH], policeCertificate: 'expired', consents: [],
  },
];
