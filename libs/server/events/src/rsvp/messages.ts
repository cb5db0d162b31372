import { registerMessages } from '@miteinander/server-platform';
import { registerEventTexts } from '../problems';

/**
 * Texts of answering (RSVP), the waiting list and the check-in at the door. Invitees read them on their phone without
 * an account, so they say what happened and what to do next; door staff read theirs while a queue is waiting.
 */
registerEventTexts({
  fields: {
    answer: { de: 'Antwort', en: 'Answer' },
    token: { de: 'Link', en: 'Link' },
    plusOne: { de: 'Begleitung', en: 'Plus-one' },
    plusOneName: { de: 'Name der Begleitung', en: 'Name of your plus-one' },
    accessibilityNeeds: { de: 'Barrierefreiheit', en: 'Accessibility' },
    dietaryNeeds: { de: 'Essen und Trinken', en: 'Food and drink' },
    photoConsent: { de: 'Fotos', en: 'Photos' },
    code: { de: 'Einlass-Code', en: 'Admission code' },
    invitationId: { de: 'Person', en: 'Person' },
    items: { de: 'Einträge', en: 'Items' },
  },
  rules: {
    // Answering
    rsvpClosed: {
      de: 'Die Anmeldefrist ist am {deadline} abgelaufen. Bitte wenden Sie sich an die Freiwilligenzentrale.',
      en: 'The deadline for answers was {deadline}. Please contact the volunteer centre.',
    },
    rsvpEventCancelled: { de: 'Diese Veranstaltung wurde abgesagt. Antworten sind nicht mehr nötig.', en: 'This event has been cancelled. No answer is needed any more.' },
    eventPast: { de: 'Die Veranstaltung hat schon begonnen. Antworten sind nicht mehr möglich.', en: 'The event has already started. Answers are no longer possible.' },
    plusOneNotAllowed: { de: 'Zu dieser Veranstaltung kann leider keine Begleitung mitkommen.', en: 'Unfortunately no plus-one can come to this event.' },
    noSeatForPlusOne: {
      de: 'Für eine Begleitung ist gerade kein Platz mehr frei. Ihre bisherige Antwort bleibt bestehen.',
      en: 'There is no seat left for a plus-one right now. Your previous answer stays as it was.',
    },
    linkReplaced: {
      de: 'Dieser Link gilt nicht mehr. Bitte nutzen Sie den Link aus unserer neuesten E-Mail.',
      en: 'This link is no longer valid. Please use the link in our most recent email.',
    },
    linkUnknown: { de: 'Diesen Link kennen wir nicht. Bitte prüfen Sie, ob er vollständig ist.', en: 'We do not know this link. Please check that it is complete.' },
    // At the door
    codeUnknown: { de: 'Diesen Einlass-Code kennen wir nicht. Bitte suchen Sie die Person über den Namen.', en: 'We do not know this admission code. Please look the person up by name.' },
    codeReplaced: {
      de: 'Dieser Einlass-Code gilt nicht mehr (ersetzt oder die Einladung wurde zurückgezogen).',
      en: 'This admission code is no longer valid (replaced, or the invitation was withdrawn).',
    },
    codeOtherEvent: { de: 'Dieser Einlass-Code gehört zu einer anderen Veranstaltung.', en: 'This admission code belongs to another event.' },
    notInvited: { de: 'Diese Person steht nicht auf der Einladungsliste dieser Veranstaltung.', en: 'This person is not on the invitation list of this event.' },
    codeOrPerson: { de: 'Bitte scannen Sie einen Einlass-Code oder wählen Sie eine Person aus.', en: 'Please scan an admission code or choose a person.' },
    notRegistered: { de: 'Achtung: nicht angemeldet (keine Zusage).', en: 'Note: not registered (no acceptance).' },
    declinedBefore: { de: 'Achtung: nicht angemeldet (hat abgesagt).', en: 'Note: not registered (declined).' },
    onWaitlist: { de: 'Achtung: steht auf der Warteliste (Platz {position}).', en: 'Note: on the waiting list (place {position}).' },
    checkInCancelled: { de: 'Die Veranstaltung wurde abgesagt. Ein Einlass ist nicht möglich.', en: 'The event has been cancelled. Check-in is not possible.' },
  },
});

/** Labels for the request fields the validation pipe checks (shape, lengths); scoped where a name means more elsewhere. */
registerMessages({
  fields: {
    'RsvpAnswerDto.answer': { de: 'Antwort', en: 'Answer' },
    plusOne: { de: 'Begleitung', en: 'Plus-one' },
    plusOneName: { de: 'Name der Begleitung', en: 'Name of your plus-one' },
    accessibilityNeeds: { de: 'Barrierefreiheit', en: 'Accessibility' },
    dietaryNeeds: { de: 'Essen und Trinken', en: 'Food and drink' },
    photoConsent: { de: 'Fotos', en: 'Photos' },
    'CheckInRequestDto.code': { de: 'Einlass-Code', en: 'Admission code' },
    'CheckInRequestDto.invitationId': { de: 'Person', en: 'Person' },
    scannedAt: { de: 'Zeitpunkt des Scans', en: 'Time of the scan' },
    clientRef: { de: 'Kennung des Eintrags', en: 'Entry reference' },
    'CheckInBatchDto.items': { de: 'Einträge', en: 'Items' },
  },
});
