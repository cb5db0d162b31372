/** Words every event page uses: kinds, event and invitation states, answer fields. */
export const eventsSharedDe = {
  kind: { award_ceremony: 'Preisverleihung', reception: 'Ehrenamtsempfang', thank_you_festival: 'Dankeschön-Fest' },
  status: { draft: 'In Vorbereitung', invited: 'Eingeladen', cancelled: 'Abgesagt' },
  invitationStatus: { listed: 'Auf der Liste', invited: 'Eingeladen, keine Antwort', accepted: 'Zugesagt', declined: 'Abgesagt', waitlisted: 'Warteliste', removed: 'Entfernt' },
  source: {
    hours: 'Stunden im Jahr',
    activeYears: 'Jahre aktiv',
    cardHolder: 'Ehrenamtskarte',
    completedSponsorship: 'Patenschaft abgeschlossen',
    organisationContact: 'Ansprechperson einer Organisation',
    nominated: 'Nominiert',
    manual: 'Von Hand',
  },
  fields: {
    plusOne: 'Begleitperson',
    plusOneName: 'Name der Begleitperson',
    accessibilityNeeds: 'Barrierefreiheit: was brauchen Sie?',
    dietaryNeeds: 'Essen: Allergien, vegetarisch, halal …',
    photoConsent: 'Fotos von mir dürfen veröffentlicht werden',
  },
  waitlistPosition: 'Platz {{position}} auf der Warteliste',
  seats: '{{taken}} von {{capacity}} Plätzen belegt',
};
