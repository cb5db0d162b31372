import type { Locale, SponsorshipState } from '@miteinander/contracts';
import { registerMessages } from '@miteinander/server-platform';

/** Labels of the sponsorship fields and the texts of their rules, in German and English. */
registerMessages({
  fields: {
    germanLevel: { de: 'Deutschkenntnisse', en: 'German level' },
    needs: { de: 'Bedarf und Ziele', en: 'Needs and goals' },
    sponsorGender: { de: 'Gewünschtes Geschlecht der Patin/des Paten', en: "Sponsor's gender" },
    sponsorAgeMin: { de: 'Gewünschtes Alter der Patin/des Paten ab', en: "Sponsor's age from" },
    sponsorAgeMax: { de: 'Gewünschtes Alter der Patin/des Paten bis', en: "Sponsor's age up to" },
    interpreter: { de: 'Dolmetscher/in oder Kontaktperson', en: 'Interpreter or contact person' },
    contactPerson: { de: 'Kontaktperson', en: 'Contact person' },
    contact: { de: 'Kontaktdaten', en: 'Contact details' },
    address: { de: 'Adresse', en: 'Address' },
    adults: { de: 'Erwachsene im Haushalt', en: 'Adults in the household' },
    childrenAges: { de: 'Alter der Kinder', en: "Children's ages" },
    pupil: { de: 'Schüler/in', en: 'Pupil' },
    age: { de: 'Alter', en: 'Age' },
    grade: { de: 'Klassenstufe', en: 'Grade' },
    schoolType: { de: 'Schulart', en: 'School type' },
    subjects: { de: 'Fächer', en: 'Subjects' },
    schoolContact: { de: 'Ansprechperson in der Schule', en: 'School contact' },
    guardianConsent: { de: 'Einwilligung der Sorgeberechtigten', en: "Guardian's consent" },
    givenBy: { de: 'Erteilt von', en: 'Given by' },
    plannedMonths: { de: 'Geplante Dauer (Monate)', en: 'Planned duration (months)' },
    coordinatorId: { de: 'Zuständige Koordination', en: 'Responsible coordinator' },
    'SponsorshipTransitionDto.to': { de: 'Nächster Schritt', en: 'Next step' },
    introMeetingDate: { de: 'Datum des Kennenlernens', en: 'Date of the intro meeting' },
    bothAgreed: { de: 'Einverständnis beider Seiten', en: 'Agreement of both sides' },
    trialStart: { de: 'Beginn der Probephase', en: 'Start of the trial' },
    trialWeeks: { de: 'Dauer der Probephase (Wochen)', en: 'Trial length (weeks)' },
    trialReview: { de: 'Auswertungsgespräch nach der Probephase', en: 'Trial review' },
    endDate: { de: 'Enddatum', en: 'End date' },
    endReason: { de: 'Grund für das Ende', en: 'End reason' },
    closingNote: { de: 'Abschlussnotiz', en: 'Closing note' },
    mood: { de: 'Stimmung', en: 'Mood' },
    note: { de: 'Notiz', en: 'Note' },
    nextStep: { de: 'Nächster Schritt', en: 'Next step' },
    view: { de: 'Liste', en: 'List' },
    state: { de: 'Phase', en: 'Stage' },
    overdue: { de: 'Überfällig', en: 'Overdue' },
    format: { de: 'Format', en: 'Format' },
  },
  constraints: {
    required: { de: 'Bitte ausfüllen.', en: 'Please fill this in.' },
    requiredForLearning: { de: 'Für eine Lernpatenschaft bitte die Angaben zur Schülerin/zum Schüler ausfüllen.', en: 'A learning sponsorship needs the pupil’s details.' },
    onlyForLearning: { de: 'Angaben zur Schule gibt es nur bei Lernpatenschaften.', en: 'School details belong to learning sponsorships only.' },
    requiredForFamilies: { de: 'Bitte die Zahl der Erwachsenen im Haushalt angeben.', en: 'Please give the number of adults in the household.' },
    onlyForFamilies: { de: 'Angaben zum Haushalt gibt es nur bei Familien- und Mütterpatenschaften.', en: 'Household details belong to family and mother sponsorships only.' },
    guardianConsentRequired: {
      de: 'Für Minderjährige wird die Einwilligung der Sorgeberechtigten benötigt (Name und Datum).',
      en: 'Minors need the consent of a parent or guardian (name and date).',
    },
    volunteerRequired: { de: 'Bitte eine freiwillige Person auswählen.', en: 'Please choose a volunteer.' },
    volunteerNotActive: { de: 'Nur aktive Freiwillige können vorgeschlagen werden.', en: 'Only active volunteers can be proposed.' },
    placementConsentWithdrawn: {
      de: 'Die Einwilligung zur Vermittlung wurde widerrufen; die Person wird für diese Patenschaft nicht weiter vermittelt.',
      en: 'Placement consent was withdrawn; the volunteer is not placed any further in this sponsorship.',
    },
    capacityFull: {
      de: 'Diese Person hat schon so viele Patenschaften, wie sie übernehmen möchte ({n}).',
      en: 'This volunteer already has as many sponsorships as they want to take on ({n}).',
    },
    policeCertificateMissing: {
      de: 'Bei Minderjährigen ist ein eingesehenes erweitertes Führungszeugnis nötig; für diese Person ist keines erfasst.',
      en: 'Minors are involved: an inspected extended police certificate is needed, and none is recorded for this volunteer.',
    },
    policeCertificateExpired: {
      de: 'Bei Minderjährigen ist ein gültiges erweitertes Führungszeugnis nötig; das erfasste ist abgelaufen.',
      en: 'Minors are involved: a valid extended police certificate is needed; the recorded one has expired.',
    },
    policeCertificateRelevantEntry: {
      de: 'Diese Person kann wegen eines einschlägigen Eintrags nicht mit Minderjährigen vermittelt werden.',
      en: 'This volunteer cannot be placed with minors because of a relevant entry.',
    },
    ageRangeOrder: { de: 'Das Höchstalter liegt unter dem Mindestalter.', en: 'The upper age is below the lower one.' },
    beforeRequest: { de: 'Das Datum liegt vor der Anfrage.', en: 'The date is before the request was recorded.' },
    agreementRequired: {
      de: 'Die Probephase beginnt erst, wenn beide Seiten beim Kennenlernen zugestimmt haben.',
      en: 'The trial starts only when both sides agreed at the intro meeting.',
    },
    beforeIntroMeeting: { de: 'Die Probephase kann nicht vor dem Kennenlernen beginnen.', en: 'The trial cannot start before the intro meeting.' },
    trialReviewRequired: {
      de: 'Bitte zuerst das Auswertungsgespräch nach der Probephase erfassen.',
      en: 'Please record the trial review first.',
    },
    beforeStart: { de: 'Das Enddatum liegt vor dem Beginn.', en: 'The end date is before the start.' },
    checkInBeforeStart: { de: 'Das Gespräch kann nicht vor dem Beginn der Probephase liegen.', en: 'The check-in cannot be before the trial started.' },
    unknownCoordinator: { de: 'Diese Person ist nicht als Koordinator/in eingetragen.', en: 'This person is not a coordinator.' },
  },
});

const STATE_LABELS: Record<SponsorshipState, { de: string; en: string }> = {
  inquiry: { de: 'Anfrage', en: 'Inquiry' },
  intake: { de: 'Erstgespräch', en: 'Intake' },
  ready_to_match: { de: 'Bereit zur Vermittlung', en: 'Ready to match' },
  match_proposed: { de: 'Vorschlag', en: 'Match proposed' },
  intro_meeting: { de: 'Kennenlernen', en: 'Intro meeting' },
  trial: { de: 'Probephase', en: 'Trial' },
  active: { de: 'Aktiv', en: 'Active' },
  closing: { de: 'Abschluss', en: 'Closing' },
  closed: { de: 'Beendet', en: 'Closed' },
};

export function stateLabel(state: SponsorshipState, locale: Locale | undefined): string {
  return STATE_LABELS[state][locale === 'en' || locale === 'ar' ? 'en' : 'de'];
}

/** "Erstgespräch, Beendet" — or "kein weiterer Schritt" for a closed sponsorship. */
export function stateList(states: readonly SponsorshipState[], locale: Locale | undefined): string {
  const en = locale === 'en' || locale === 'ar';
  if (!states.length) return en ? 'no further step' : 'kein weiterer Schritt';
  return states.map((s) => stateLabel(s, locale)).join(', ');
}
