import { registerMessages } from '@miteinander/server-platform';
import { registerEventTexts } from '../problems';

/**
 * Labels of the event form and the invitation criteria, texts of every rule in EVENT_PROBLEM_RULES, and the conflicts
 * (409) of events and invitation lists. A path like `criteria.hoursInYear.minHours` is read part by part, so each
 * part has its own short label. The RSVP, check-in and award parts register their own texts.
 */
registerEventTexts({
  fields: {
    // The event form
    event: { de: 'Veranstaltung', en: 'Event' },
    kind: { de: 'Art der Veranstaltung', en: 'Type of event' },
    title: { de: 'Titel', en: 'Title' },
    startsAt: { de: 'Beginn', en: 'Start' },
    endsAt: { de: 'Ende', en: 'End' },
    venueName: { de: 'Veranstaltungsort', en: 'Venue' },
    venueAddress: { de: 'Adresse', en: 'Address' },
    accessibility: { de: 'Barrierefreiheit', en: 'Accessibility' },
    capacity: { de: 'Plätze', en: 'Seats' },
    rsvpDeadline: { de: 'Antwort bis', en: 'Reply by' },
    plusOnesAllowed: { de: 'Begleitperson erlaubt', en: 'Guests may bring someone' },
    descriptionDe: { de: 'Beschreibung (Deutsch)', en: 'Description (German)' },
    descriptionEn: { de: 'Beschreibung (Englisch)', en: 'Description (English)' },
    status: { de: 'Status', en: 'Status' },
    reason: { de: 'Grund', en: 'Reason' },
    // The invitation criteria
    criteria: { de: 'Auswahl der Gäste', en: 'Guest selection' },
    hoursInYear: { de: 'Ehrenamtsstunden im Jahr', en: 'Volunteer hours in the year' },
    year: { de: 'Jahr', en: 'Year' },
    minHours: { de: 'Mindestens Stunden', en: 'Minimum hours' },
    activeYears: { de: 'Jahre aktiv', en: 'Years active' },
    cardHolders: { de: 'Inhaber der Ehrenamtskarte', en: 'Honorary card holders' },
    completedSponsorships: { de: 'Abgeschlossene Patenschaften', en: 'Completed sponsorships' },
    from: { de: 'Von', en: 'From' },
    to: { de: 'Bis', en: 'To' },
    volunteerMatch: { de: 'Verknüpfung der Kriterien', en: 'Combine criteria' },
    organisationContacts: { de: 'Ansprechpersonen der Organisationen', en: 'Organisation contacts' },
    nominated: { de: 'Nominierte', en: 'Nominees' },
    // One person by hand
    volunteerId: { de: 'Ehrenamtliche Person', en: 'Volunteer' },
    contactId: { de: 'Ansprechperson', en: 'Contact person' },
    name: { de: 'Name', en: 'Name' },
    email: { de: 'E-Mail-Adresse', en: 'Email address' },
    locale: { de: 'Sprache', en: 'Language' },
    invitation: { de: 'Einladung', en: 'Invitation' },
  },
  rules: {
    // Shape
    type: { de: 'Die Angabe hat die falsche Form.', en: 'This entry has the wrong form.' },
    required: { de: 'Bitte ausfüllen.', en: 'Please fill this in.' },
    maxLength: { de: 'Bitte höchstens {max} Zeichen.', en: 'Please use at most {max} characters.' },
    oneOf: { de: 'Bitte einen Wert aus der Liste wählen.', en: 'Please choose a value from the list.' },
    localDateTime: {
      de: 'Bitte ein gültiges Datum mit Uhrzeit angeben (z. B. 2026-12-11T18:00).',
      en: 'Please enter a valid date and time (e.g. 2026-12-11T18:00).',
    },
    date: { de: 'Bitte ein gültiges Datum angeben.', en: 'Please enter a valid date.' },
    range: { de: 'Bitte eine ganze Zahl von {min} bis {max} angeben.', en: 'Please enter a whole number from {min} to {max}.' },
    tooMany: { de: 'Höchstens {max} Einträge sind möglich.', en: 'At most {max} entries are possible.' },
    uuid: { de: 'Das ist keine gültige Kennung.', en: 'This is not a valid identifier.' },
    // Event rules
    inPast: { de: 'Der Beginn liegt in der Vergangenheit. Bitte einen späteren Zeitpunkt wählen.', en: 'The start is in the past. Please choose a later time.' },
    endBeforeStart: { de: 'Das Ende muss nach dem Beginn liegen.', en: 'The end must be after the start.' },
    deadlineAfterEvent: { de: 'Die Antwortfrist darf nicht nach dem Veranstaltungstag ({eventDate}) liegen.', en: 'The reply deadline must not be after the day of the event ({eventDate}).' },
    deadlinePassed: { de: 'Die Antwortfrist {deadline} ist schon vorbei.', en: 'The reply deadline {deadline} has already passed.' },
    // Criteria rules
    period: { de: 'Das Ende des Zeitraums liegt vor seinem Anfang.', en: 'The end of the period is before its start.' },

    // Conflicts (409) of events (the RSVP part has its own `eventPast` for answers)
    eventStarted: { de: 'Die Veranstaltung hat schon begonnen. Sie kann nicht mehr geändert werden.', en: 'The event has already started. It can no longer be changed.' },
    eventCancelled: { de: 'Die Veranstaltung ist abgesagt. Sie kann nicht mehr geändert werden.', en: 'The event has been cancelled. It can no longer be changed.' },
    capacityBelowSeats: {
      de: 'Es haben schon {taken} Personen zugesagt (mit Begleitung). Weniger Plätze sind nicht möglich.',
      en: '{taken} people have already accepted (including guests). Fewer seats are not possible.',
    },
    // Conflicts of the invitation list
    nobodySelected: {
      de: 'Diese Auswahl findet niemanden, der noch nicht auf der Gästeliste steht. Bitte ändern Sie die Kriterien.',
      en: 'This selection finds nobody who is not on the guest list yet. Please change the criteria.',
    },
    nobodyToInvite: {
      de: 'Auf der Gästeliste wartet niemand auf eine Einladung. Bitte fügen Sie zuerst Gäste hinzu.',
      en: 'Nobody on the guest list is waiting for an invitation. Please add guests first.',
    },
    notOnList: { de: 'Diese Person steht nicht (mehr) auf der Gästeliste.', en: 'This person is not (or no longer) on the guest list.' },
    notInvitedYet: {
      de: 'Diese Person hat noch keine Einladung bekommen. Bitte senden Sie die Einladungen über „Einladungen senden“.',
      en: 'This person has not been invited yet. Please use “Send invitations”.',
    },
    emailMissing: {
      de: 'Für diese Person ist keine E-Mail-Adresse hinterlegt. Eine Einladung per E-Mail ist nicht möglich.',
      en: 'There is no email address for this person. An invitation by email is not possible.',
    },
    alreadyListed: { de: 'Diese Person steht schon auf der Gästeliste.', en: 'This person is already on the guest list.' },
    unknownPerson: { de: 'Diese Person gibt es nicht.', en: 'This person does not exist.' },
    email: { de: 'Bitte eine gültige E-Mail-Adresse angeben.', en: 'Please enter a valid email address.' },
    onePerson: {
      de: 'Bitte genau eine Person angeben: eine ehrenamtliche Person, eine Ansprechperson oder einen Gast mit Name und E-Mail-Adresse.',
      en: 'Please give exactly one person: a volunteer, a contact person, or a guest with name and email address.',
    },
  },
});

/** Labels for the request fields the validation pipe checks itself (list filters and choices). */
registerMessages({
  fields: {
    q: { de: 'Suche', en: 'Search' },
    dir: { de: 'Reihenfolge', en: 'Direction' },
    when: { de: 'Zeitraum', en: 'Period' },
    status: { de: 'Status', en: 'Status' },
  },
});
