/** The events report's words, German for the county council and English. */
export const EVENTS_TEXTS = {
  de: {
    title: 'Veranstaltungen',
    attendance: {
      title: 'Teilnahme an Veranstaltungen',
      description:
        'Veranstaltungen mit Beginn im Zeitraum, ohne abgesagte. Eingeladen: verschickte Einladungen ohne entfernte. ' +
        'Zugesagt, abgesagt und Warteliste: der heutige Stand der Antworten. Teilgenommen: beim Einlass erfasst. Begleitpersonen: Zusagen mit Begleitung.',
    },
    columns: {
      invited: 'Eingeladen',
      accepted: 'Zugesagt',
      declined: 'Abgesagt',
      waitlisted: 'Warteliste',
      attended: 'Teilgenommen',
      plusOnes: 'Begleitpersonen',
    },
    total: 'Gesamt',
    municipalityNote: 'Veranstaltungen haben keine Gemeinde; der Gemeindefilter gilt hier nicht.',
  },
  en: {
    title: 'Events',
    attendance: {
      title: 'Event attendance',
      description:
        'Events starting in the period, except cancelled ones. Invited: invitations sent, except removed ones. ' +
        'Accepted, declined and waiting list: the answers as they stand today. Attended: checked in at the door. Plus-ones: acceptances bringing a guest.',
    },
    columns: {
      invited: 'Invited',
      accepted: 'Accepted',
      declined: 'Declined',
      waitlisted: 'Waiting list',
      attended: 'Attended',
      plusOnes: 'Plus-ones',
    },
    total: 'Total',
    municipalityNote: 'Events have no municipality; the municipality filter does not apply here.',
  },
} as const;
