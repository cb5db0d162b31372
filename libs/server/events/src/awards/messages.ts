import { registerMessages } from '@miteinander/server-platform';
import { registerEventTexts } from '../problems';

/**
 * Awards, nominations and the afterwards part (attendance, certificates, thanks): field labels and the texts of the
 * rules and conflicts these services report. The labels are registered twice: for the area's own problems and for
 * the validation pipe (a malformed id or a wrong choice is named the same way).
 */
const fields = {
  categoryId: { de: 'Preiskategorie', en: 'Award category' },
  volunteerId: { de: 'Ehrenamtliche Person', en: 'Volunteer' },
  organisationId: { de: 'Initiative oder Verein', en: 'Initiative or association' },
  // The same label as the events area's cancel reason: both tables share one key.
  reason: { de: 'Grund', en: 'Reason' },
  name: { de: 'Name', en: 'Name' },
  description: { de: 'Beschreibung', en: 'Description' },
  winner: { de: 'Preisträger', en: 'Winner' },
  organisationIds: { de: 'Organisationen', en: 'Organisations' },
  who: { de: 'Urkunden für', en: 'Certificates for' },
  all: { de: 'Alle Zusagen', en: 'All acceptances' },
};

registerEventTexts({
  fields,
  rules: {
    oneNominee: {
      de: 'Bitte genau eine ehrenamtliche Person oder genau eine Initiative bzw. einen Verein vorschlagen.',
      en: 'Please nominate exactly one volunteer or exactly one initiative or association.',
    },
    reasonLength: { de: 'Bitte {min} bis {max} Zeichen schreiben.', en: 'Please write {min} to {max} characters.' },
    nameLength: { de: 'Bitte 1 bis {max} Zeichen angeben.', en: 'Please enter 1 to {max} characters.' },
    maxLength: { de: 'Bitte höchstens {max} Zeichen.', en: 'Please use at most {max} characters.' },
    unknownCategory: { de: 'Diese Preiskategorie gibt es bei dieser Veranstaltung nicht.', en: 'This event has no such award category.' },
    unknownVolunteer: { de: 'Diese ehrenamtliche Person gibt es nicht.', en: 'There is no such volunteer.' },
    unknownOrganisation: { de: 'Diese Initiative bzw. diesen Verein gibt es nicht.', en: 'There is no such initiative or association.' },
    certificateKind: { de: 'Bitte „winners“ (Preisträger) oder „attendees“ (Teilnehmende) wählen.', en: 'Please choose “winners” or “attendees”.' },
    // Conflicts (409)
    alreadyNominated: {
      de: 'Diese Person bzw. Initiative ist in dieser Kategorie schon vorgeschlagen.',
      en: 'This person or initiative has already been nominated in this category.',
    },
    nominationsClosed: {
      de: 'Vorschläge sind nicht mehr möglich: Die Veranstaltung hat schon begonnen oder ist abgesagt.',
      en: 'Nominations are no longer possible: the event has already started or was cancelled.',
    },
    noCategories: { de: 'Bitte legen Sie zuerst mindestens eine Preiskategorie an.', en: 'Please add at least one award category first.' },
    noContacts: {
      de: 'Für diese Auswahl ist keine Ansprechperson mit E-Mail-Adresse hinterlegt.',
      en: 'No contact person with an email address is recorded for this selection.',
    },
    nominationLinkExpired: {
      de: 'Dieser Link ist am {expiredOn} abgelaufen. Bitte fragen Sie im Koordinationsteam nach einem neuen.',
      en: 'This link expired on {expiredOn}. Please ask the coordination team for a new one.',
    },
    noWinners: { de: 'Es gibt noch keine Preisträger. Bitte wählen Sie zuerst Gewinner aus.', en: 'There are no winners yet. Please choose winners first.' },
    nobodyCheckedIn: { de: 'Bisher ist niemand als anwesend erfasst.', en: 'Nobody has been checked in yet.' },
    eventNotOver: {
      de: 'Die Veranstaltung hat noch nicht begonnen. Danke sagen können Sie ab dem Beginn.',
      en: 'The event has not started yet. You can say thank you from its start.',
    },
    nobodyToThank: {
      de: 'Alle Anwesenden haben schon eine Dankes-E-Mail bekommen (oder niemand ist als anwesend erfasst).',
      en: 'Everyone who attended has already been thanked (or nobody has been checked in).',
    },
  },
});

/**
 * The validation pipe's table is shared by every area (other areas say "Begründung", "Einsatzstelle"), so the labels
 * go in scoped by the request class that carries them.
 */
const SCOPED: Record<string, (keyof typeof fields)[]> = {
  NominationDto: ['categoryId', 'volunteerId', 'organisationId', 'reason'],
  PublicNominationDto: ['categoryId', 'volunteerId', 'organisationId', 'reason'],
  AwardCategoryDto: ['name', 'description'],
  NominationWinnerDto: ['winner'],
  NominationRequestsDto: ['organisationIds'],
  AttendanceQueryDto: ['all'],
  CertificatesQueryDto: ['who'],
};

registerMessages({
  fields: Object.fromEntries(Object.entries(SCOPED).flatMap(([dto, keys]) => keys.map((key) => [`${dto}.${key}`, fields[key]]))),
});
