import { registerMessages } from '@miteinander/server-platform';

/** Labels of the hour fields and texts of the hour rules, in German and English; registered once at import. */
registerMessages({
  fields: {
    // Same label as the people area's (training duration): the registry is shared.
    minutes: { de: 'Dauer in Minuten', en: 'Duration in minutes' },
    activityDate: { de: 'Datum', en: 'Date' },
    activity: { de: 'Tätigkeit', en: 'Activity' },
    note: { de: 'Notiz', en: 'Note' },
    organisationId: { de: 'Einsatzstelle', en: 'Organisation' },
    volunteerId: { de: 'Ehrenamtliche Person', en: 'Volunteer' },
    sponsorshipId: { de: 'Patenschaft', en: 'Sponsorship' },
    ids: { de: 'Einträge', en: 'Entries' },
    decision: { de: 'Entscheidung', en: 'Decision' },
    reason: { de: 'Begründung', en: 'Reason' },
    lockedThrough: { de: 'Abgeschlossen bis', en: 'Closed up to' },
    contactId: { de: 'Ansprechperson', en: 'Contact person' },
    idempotencyKey: { de: 'Idempotency-Key', en: 'Idempotency key' },
    from: { de: 'Von', en: 'From' },
    to: { de: 'Bis', en: 'To' },
    municipalityId: { de: 'Gemeinde', en: 'Municipality' },
    lang: { de: 'Sprache', en: 'Language' },
    year: { de: 'Jahr', en: 'Year' },
    direction: { de: 'Sortierrichtung', en: 'Sort direction' },
  },
  constraints: {
    calendarDate: { de: 'Bitte ein gültiges Datum angeben (JJJJ-MM-TT).', en: 'Please enter a valid date (yyyy-mm-dd).' },
    minutesPositive: { de: 'Bitte eine Dauer größer als null angeben.', en: 'Please enter a duration greater than zero.' },
    quarterHour: { de: 'Bitte in Viertelstunden angeben (15, 30, 45 Minuten …).', en: 'Please use quarter hours (15, 30, 45 minutes …).' },
    dailyLimit: {
      de: 'An einem Tag können insgesamt höchstens 24 Stunden eingetragen werden (bereits eingetragen: {n} Stunden).',
      en: 'At most 24 hours can be logged for one day in total (already logged: {n} hours).',
    },
    dateInFuture: { de: 'Das Datum darf nicht in der Zukunft liegen.', en: 'The date must not be in the future.' },
    periodLocked: {
      de: 'Der Zeitraum bis einschließlich {n} ist abgeschlossen. Bitte wenden Sie sich an die Koordination.',
      en: 'The period up to and including {n} is closed. Please contact the coordination office.',
    },
    unknownOrganisation: { de: 'Diese Einsatzstelle gibt es nicht.', en: 'This organisation does not exist.' },
    notYourOrganisation: { de: 'Sie sind dieser Einsatzstelle nicht zugeordnet.', en: 'You are not linked to this organisation.' },
    notYourSponsorship: { de: 'Diese Patenschaft gehört nicht zu dieser Person.', en: 'This sponsorship does not belong to this volunteer.' },
    sponsorshipNotForHours: {
      de: 'Für diese Patenschaft können erst ab dem Kennenlernen Stunden eingetragen werden.',
      en: 'Hours can be logged for this sponsorship from the intro meeting on.',
    },
    unknownVolunteer: { de: 'Diese ehrenamtliche Person gibt es nicht.', en: 'This volunteer does not exist.' },
    noVolunteerProfile: {
      de: 'Zu Ihrem Konto gibt es noch kein Ehrenamtsprofil. Bitte legen Sie es zuerst unter „Mein Ehrenamt“ an.',
      en: 'Your account has no volunteer profile yet. Please create it first under “My volunteering”.',
    },
    unknownContact: { de: 'Diese Ansprechperson gehört nicht zu dieser Einsatzstelle.', en: 'This contact does not belong to this organisation.' },
    noContactEmail: { de: 'Für diese Ansprechperson ist keine E-Mail-Adresse hinterlegt.', en: 'This contact person has no email address.' },
  },
});
